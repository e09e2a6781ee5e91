package org.gongwen.pdf;

import org.gongwen.pdf.font.PdfFace;
import org.gongwen.style.FontFace;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * OpenPDF fonts for the library's faces: one per face, made when a PDF first needs it, set up once
 * for embedding and shared (embedding subsets it per file).
 */
final class PdfFonts {
    private static final PdfFonts SHARED = new PdfFonts();
    /**
     * Draws the subset prefixes of the fonts OpenPDF embeds itself. Without it OpenPDF seeds a new
     * SecureRandom for every such font of every document (5 % of a render); PdfFixups replaces the
     * prefixes anyway.
     */
    private static final SecureRandom PREFIXES = new SecureRandom();
    private final Map<FontFace, BaseFont> fonts = new ConcurrentHashMap<>();

    static PdfFonts shared() { return SHARED; }

    BaseFont font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            BaseFont bf;
            try {
                bf = new PdfFace(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed font " + f.fileName(), e);
            }
            bf.setSubset(true);
            bf.setSecureRandom(PREFIXES);
            // For the fonts OpenPDF still embeds itself (no CID-keyed CFF outlines, see PdfFace):
            // glyph outlines barely compress, and the default level costs half as much time again
            // as the fastest for 2 % fewer bytes.
            bf.setCompressionLevel(Deflater.BEST_SPEED);
            return bf;
        });
    }
}
