package org.openpdf.text.pdf;

import org.gongwen.pdf.font.CidCffProgram;
import org.gongwen.pdf.font.FontStreams;
import org.openpdf.text.DocumentException;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An OpenType font that OpenPDF measures and places as usual, but whose CID-keyed CFF outlines
 * gongwen embeds itself ({@link CidCffProgram}: indexed once per face, subset without copying the
 * whole table, deflated with a Huffman code made once per face). OpenPDF decides when a font is
 * written through a method its package keeps to itself, hence this one class in OpenPDF's package;
 * fonts without CID-keyed CFF outlines are written by OpenPDF as before.
 */
public final class GongwenCidFont extends TrueTypeFontUnicode {
    private final CidCffProgram program;
    /**
     * OpenPDF's glyph id and width per character of the Basic Multilingual Plane, in an array:
     * layout and painting ask for them once or twice per glyph, and OpenPDF answers from a hash
     * map keyed by boxed integers.
     */
    private final int[][] bmpMetrics = new int[0x10000][];

    private GongwenCidFont(String fileName, byte[] bytes) throws DocumentException, IOException {
        super(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, bytes, false);
        this.program = CidCffProgram.of(bytes);
        for (int c = 0; c < bmpMetrics.length; c++) bmpMetrics[c] = super.getMetricsTT(c);
    }

    /** The font in a file's bytes, Identity-H, embedded (as {@code BaseFont.createFont} would make it). */
    public static BaseFont open(String fileName, byte[] bytes) throws IOException {
        try {
            return new GongwenCidFont(fileName, bytes);
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public int[] getMetricsTT(int c) {
        return c >= 0 && c < bmpMetrics.length ? bmpMetrics[c] : super.getMetricsTT(c);
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        if (program == null) {
            super.writeFont(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> used = (HashMap<Integer, int[]>) params[0];
        addRangeUni(used, true, subset);
        int[][] glyphs = used.values().toArray(new int[0][]);
        Arrays.sort(glyphs, this);   // by glyph id: {glyph id, width, code point}
        int[] ids = Arrays.stream(glyphs).mapToInt(g -> g[0]).toArray();

        PdfStream fontFile = FontStreams.flateEncoded(program.deflatedSubset(ids));
        fontFile.put(PdfName.SUBTYPE, new PdfName("CIDFontType0C"));
        PdfIndirectReference fontFileRef = writer.addToBody(fontFile).getIndirectReference();
        String prefix = createSubsetPrefix();   // the program is always a subset
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFileRef, prefix, null)).getIndirectReference();
        PdfIndirectReference cidFont = writer.addToBody(cidFont(descriptor, prefix, glyphs)).getIndirectReference();
        int[][] withFiller = mergeMetricsAndFillerCmap(glyphs, (Map<Integer, int[]>) params[2]);
        PdfIndirectReference toUnicode = writer.addToBody(FontStreams.toUnicode(withFiller)).getIndirectReference();

        PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
        type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
        type0.put(PdfName.BASEFONT, new PdfName(prefix + fontName + "-" + encoding));
        type0.put(PdfName.ENCODING, new PdfName(encoding));
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(cidFont));
        type0.put(PdfName.TOUNICODE, toUnicode);
        writer.addToBody(type0, ref);
    }

    /** The descendant font: CIDs are glyph ids (Adobe-Identity-0, as in the program), widths per CID. */
    private PdfDictionary cidFont(PdfIndirectReference descriptor, String prefix, int[][] glyphs) {
        PdfDictionary d = new PdfDictionary(PdfName.FONT);
        d.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE0);
        // as the descriptor's /FontName, which OpenPDF writes with the encoding for CFF fonts
        d.put(PdfName.BASEFONT, new PdfName(prefix + fontName + "-" + encoding));
        d.put(PdfName.FONTDESCRIPTOR, descriptor);
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        d.put(PdfName.CIDSYSTEMINFO, system);
        d.put(PdfName.DW, new PdfNumber(1000));
        String widths = FontStreams.widths(glyphs, 1000);
        if (!widths.isEmpty()) d.put(PdfName.W, new PdfLiteral(widths));
        return d;
    }
}
