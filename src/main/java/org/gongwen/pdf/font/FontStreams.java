package org.gongwen.pdf.font;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfLiteral;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;

import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** The objects of an embedded CID font: its program, the type 0 and CID fonts, ToUnicode map and widths. */
final class FontStreams {
    private FontStreams() {}

    /** The font file stream of a CID-keyed CFF program that is already a zlib stream. */
    static PdfStream cffProgram(byte[] zlib) {
        PdfStream stream = new PdfStream(zlib);
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        stream.put(PdfName.SUBTYPE, new PdfName("CIDFontType0C"));
        return stream;
    }

    /** The type 0 font: the one descendant CID font, its encoding (Identity-H) and ToUnicode map. */
    static PdfDictionary type0(String baseFont, String encoding, PdfIndirectReference cidFont, PdfIndirectReference toUnicode) {
        PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
        type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
        type0.put(PdfName.BASEFONT, new PdfName(baseFont));
        type0.put(PdfName.ENCODING, new PdfName(encoding));
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(cidFont));
        type0.put(PdfName.TOUNICODE, toUnicode);
        return type0;
    }

    /**
     * The descendant font: CIDs are glyph ids (Adobe-Identity-0, as in the program), widths per CID.
     * Entries of {@code glyphs} are {glyph id, width, …}, sorted by glyph id.
     */
    static PdfDictionary cidFont(String baseFont, PdfIndirectReference descriptor, int[][] glyphs) {
        PdfDictionary d = new PdfDictionary(PdfName.FONT);
        d.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE0);
        d.put(PdfName.BASEFONT, new PdfName(baseFont));
        d.put(PdfName.FONTDESCRIPTOR, descriptor);
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        d.put(PdfName.CIDSYSTEMINFO, system);
        d.put(PdfName.DW, new PdfNumber(1000));
        String widths = widths(glyphs, 1000);
        if (!widths.isEmpty()) d.put(PdfName.W, new PdfLiteral(widths));
        return d;
    }

    /**
     * The ToUnicode CMap from glyph ids (the Identity-H codes) to the text they show, so the text
     * copies and searches as written. Entries are {glyph id, width, code point[, variation selector]}.
     */
    static PdfStream toUnicode(int[][] glyphs) {
        StringBuilder map = new StringBuilder(64 + glyphs.length * 16);
        map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int count = 0;
        for (int[] g : glyphs) if (g.length > 2 && g[2] > 0) count++;
        int written = 0;
        for (int[] g : glyphs) {
            if (g.length <= 2 || g[2] <= 0) continue;
            if (written % 100 == 0) map.append(Math.min(100, count - written)).append(" beginbfchar\n");
            map.append('<').append(hex4(g[0])).append("> <");
            for (int k = 2; k < g.length && g[k] > 0; k++) {   // a variation selector follows its base character
                for (char c : Character.toChars(g[k])) map.append(hex4(c));
            }
            map.append(">\n");
            written++;
            if (written % 100 == 0 || written == count) map.append("endbfchar\n");
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend end\n");
        PdfStream stream = new PdfStream(map.toString().getBytes(StandardCharsets.US_ASCII));
        stream.flateCompress(Deflater.DEFAULT_COMPRESSION);
        return stream;
    }

    /**
     * The CIDFont's W array, without the glyphs whose width is the default: runs of consecutive
     * glyph ids share one entry. Entries are {glyph id, width, …}, sorted by glyph id; empty when
     * every glyph has the default width.
     */
    static String widths(int[][] glyphs, int defaultWidth) {
        StringBuilder w = new StringBuilder();
        int last = -2;
        for (int[] g : glyphs) {
            if (g[1] == defaultWidth) continue;
            if (g[0] == last + 1) w.append(' ');
            else {
                if (last >= 0) w.append(']');
                w.append(w.isEmpty() ? "" : " ").append(g[0]).append(" [");
            }
            w.append(g[1]);
            last = g[0];
        }
        return w.isEmpty() ? "" : "[" + w + "]]";
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase();
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
