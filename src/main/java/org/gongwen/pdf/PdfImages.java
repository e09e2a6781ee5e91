package org.gongwen.pdf;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.ImgRaw;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A figure's picture as OpenPDF writes it. A JPEG goes in as it is (OpenPDF reads its header). So does
 * the common PNG — 8-bit or less, grey, colour or palette, not interlaced, without transparency: its
 * compressed pixel data (the IDAT chunks) is already a PDF Flate stream with PNG predictors, so it is
 * copied into the file undecoded, in the time and memory of its own size. Any other PNG (an alpha
 * channel, transparency, 16 bits, interlacing) OpenPDF decodes through ImageIO — within the pixel limit
 * the document was admitted under (ingest.ImportLimits), never a bomb.
 */
final class PdfImages {
    private PdfImages() {}

    static Image of(byte[] data) throws IOException, BadElementException {
        Image png = pngAsItIs(data);
        return png != null ? png : Image.getInstance(data);
    }

    /** The PNG's IDAT as a Flate stream with predictors, or null when the PNG needs decoding. */
    static Image pngAsItIs(byte[] b) throws BadElementException {
        if (b.length < 33 || (b[0] & 0xFF) != 0x89 || b[1] != 'P' || b[2] != 'N' || b[3] != 'G') return null;
        int width = 0, height = 0, depth = 0, colour = -1, interlace = 0;
        byte[] palette = null;
        boolean srgb = false, ownColours = false;
        ByteArrayOutputStream idat = new ByteArrayOutputStream(b.length);
        int at = 8;
        while (at + 8 <= b.length) {
            long length = u32(b, at);
            if (length < 0 || length > b.length - at - 12L) return null;
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            int data = at + 8, n = (int) length;
            switch (type) {
                case "IHDR" -> {
                    // the header admitted (ImageHeader) is the first chunk's: a second one is not this PNG's size
                    if (n < 13 || at != 8) return null;
                    width = (int) u32(b, data);
                    height = (int) u32(b, data + 4);
                    depth = b[data + 8] & 0xFF;
                    colour = b[data + 9] & 0xFF;
                    interlace = b[data + 12] & 0xFF;
                }
                case "PLTE" -> {
                    palette = new byte[n];
                    System.arraycopy(b, data, palette, 0, n);
                }
                case "tRNS" -> { return null; }   // transparency: decoded, with a mask
                case "sRGB" -> srgb = true;
                case "iCCP", "cHRM" -> ownColours = true;
                case "gAMA" -> ownColours |= n >= 4 && Math.abs(u32(b, data) - 45455) > 1000;   // 1/2.2 is sRGB's
                case "IDAT" -> idat.write(b, data, n);
                default -> { }
            }
            if (type.equals("IEND")) break;
            at = data + n + 4;
        }
        boolean simple = width > 0 && height > 0 && interlace == 0 && depth <= 8 && idat.size() > 0
                && (colour == 0 || colour == 2 && depth == 8 || colour == 3 && palette != null && palette.length >= 3);
        // a colour profile or gamma other than sRGB's: decoded, so the PDF shows the colours Word and browsers do
        if (!simple || ownColours && !srgb) return null;
        int colours = colour == 2 ? 3 : 1;
        Image image = new ImgRaw(width, height, colours, depth, idat.toByteArray());
        image.setDeflated(true);
        PdfDictionary additional = new PdfDictionary();
        PdfDictionary parms = new PdfDictionary();
        parms.put(PdfName.PREDICTOR, new PdfNumber(15));
        parms.put(PdfName.COLORS, new PdfNumber(colours));
        parms.put(PdfName.BITSPERCOMPONENT, new PdfNumber(depth));
        parms.put(PdfName.COLUMNS, new PdfNumber(width));
        additional.put(PdfName.DECODEPARMS, parms);
        if (colour == 3) {
            PdfArray indexed = new PdfArray();
            indexed.add(PdfName.INDEXED);
            indexed.add(PdfName.DEVICERGB);
            indexed.add(new PdfNumber(palette.length / 3 - 1));
            byte[] table = new byte[palette.length / 3 * 3];
            System.arraycopy(palette, 0, table, 0, table.length);
            indexed.add(new PdfString(table));
            additional.put(PdfName.COLORSPACE, indexed);
        }
        image.setAdditional(additional);
        return image;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
