package org.gongwen.pdf.font;

import org.gongwen.style.FontFace;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.GongwenCidFont;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A face as OpenPDF shows it and gongwen embeds it. OpenPDF asks it which glyph prints a character
 * and how wide it is; it answers from the {@link FontFace} the layout measured with, so the PDF holds
 * the glyphs and widths the layout placed. Its CID-keyed CFF outlines are embedded by gongwen
 * ({@link CidCffProgram}: indexed once per face, subset without copying the whole table, deflated
 * with a Huffman code made once per face); a face without them is embedded by OpenPDF.
 */
public final class PdfFace extends GongwenCidFont {
    private final FontFace face;
    private final CidCffProgram program;
    /**
     * OpenPDF's form of the metrics, {glyph id, width}, per character of the Basic Multilingual
     * Plane: painting asks for them once or twice per glyph.
     */
    private final int[][] bmp = new int[0x10000][];

    public PdfFace(FontFace face) throws IOException {
        super(face.fileName(), face.fileBytes());
        this.face = face;
        this.program = CidCffProgram.of(face.fileBytes());
        for (int c = 0; c < bmp.length; c++) bmp[c] = metrics(c);
    }

    /**
     * Whether gongwen writes this face's subset (CID-keyed CFF outlines) and so names it itself
     * ({@link #subsetTag}); a face OpenPDF embeds gets OpenPDF's random subset name.
     */
    public boolean writtenByGongwen() {
        return program != null;
    }

    /**
     * The subset's tag and its "+": six capitals drawn from a hash of the face and the glyphs kept, so the same
     * subset has the same name in every file (ISO 32000-1 §9.6.4: the tag only needs to differ between
     * different subsets in one file), wherever its dictionaries end up (in an object stream, out of
     * PdfFixups' reach).
     */
    private String subsetTag(int[] ids) {
        int h = fontName.hashCode();
        for (int id : ids) h = 31 * h + id;
        long u = h & 0xFFFFFFFFL;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + u % 26);
            u /= 26;
        }
        return new String(tag) + "+";
    }

    private int[] metrics(int c) {
        return face.covers(c) ? new int[]{face.glyphId(c), face.width(c)} : null;
    }

    @Override
    public int[] getMetricsTT(int c) {
        return c >= 0 && c < bmp.length ? bmp[c] : metrics(c);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void write(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        if (program == null) {
            super.write(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> used = (HashMap<Integer, int[]>) params[0];
        addRangeUni(used, true, subset);
        int[][] glyphs = used.values().toArray(new int[0][]);
        Arrays.sort(glyphs, this);   // by glyph id: {glyph id, width, code point}
        int[] ids = Arrays.stream(glyphs).mapToInt(g -> g[0]).toArray();

        PdfIndirectReference fontFile = writer.addToBody(FontStreams.cffProgram(program.deflatedSubset(ids))).getIndirectReference();
        String prefix = subsetTag(ids);   // the program is always a subset
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFile, prefix, null)).getIndirectReference();
        // as the descriptor's /FontName, which OpenPDF writes with the encoding for CFF fonts
        String baseFont = prefix + fontName + "-" + encoding;
        PdfIndirectReference cidFont = writer.addToBody(FontStreams.cidFont(baseFont, descriptor, glyphs)).getIndirectReference();
        int[][] withFiller = mergeMetricsAndFillerCmap(glyphs, (Map<Integer, int[]>) params[2]);
        PdfIndirectReference toUnicode = writer.addToBody(FontStreams.toUnicode(withFiller)).getIndirectReference();
        writer.addToBody(FontStreams.type0(baseFont, encoding, cidFont, toUnicode), ref);
    }
}
