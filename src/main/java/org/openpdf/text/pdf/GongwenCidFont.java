package org.openpdf.text.pdf;

import org.openpdf.text.DocumentException;

import java.io.IOException;

/**
 * The one class gongwen keeps in OpenPDF's package, and why: OpenPDF shows Unicode text only with a
 * {@link TrueTypeFontUnicode}, whose constructor its package keeps to itself, and writes a font into
 * the PDF through {@code writeFont}, which its package keeps to itself too. This class opens those
 * two doors and does nothing else: {@code org.gongwen.pdf.font.PdfFace} extends it, answers OpenPDF's
 * glyph look-ups from gongwen's own metrics and embeds the font program gongwen subsets.
 */
public abstract class GongwenCidFont extends TrueTypeFontUnicode {

    /** The font in a file's bytes, Identity-H, embedded (as {@code BaseFont.createFont} would make it). */
    protected GongwenCidFont(String fileName, byte[] file) throws IOException {
        super(fileName, IDENTITY_H, EMBEDDED, file, false);
    }

    @Override
    final void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        write(writer, ref, params);
    }

    /** Writes the font's objects, the type 0 font under {@code ref}; OpenPDF's own way unless overridden. */
    protected void write(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        super.writeFont(writer, ref, params);
    }
}
