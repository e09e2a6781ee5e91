package org.gongwen.model;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * What a picture's first bytes say: its format, its size in pixels, the resolution it was saved at
 * and (JPEG) its colour components — read from the header, never by decoding the pixels. A PNG of a
 * few hundred KB may say it is 50,000 x 50,000 pixels (a decompression bomb): that is known here in
 * a few dozen bytes, before anything decodes it ({@code ingest.ImportLimits} refuses it).
 * The pixel size comes from ImageIO's reader for the format (which reads the header only); the
 * resolution and the JPEG's components from the few header fields that hold them.
 *
 * @param format     "png", "jpeg", "gif", "bmp", "tiff", "emf", "wmf", "svg", "webp", or "unknown"
 * @param widthPx    pixels across, 0 when the header cannot be read
 * @param heightPx   pixels down, 0 when the header cannot be read
 * @param dpiX       the resolution it was saved at (dots per inch), 0 for none given
 * @param dpiY       the same, down
 * @param components a JPEG's colour components (1 grey, 3 colour, 4 CMYK), 0 for other formats
 */
public record ImageHeader(String format, int widthPx, int heightPx, double dpiX, double dpiY, int components) {
    /** The resolution a picture without one is shown at (Word's and the browsers' 96 dpi). */
    public static final double DEFAULT_DPI = 96;
    private static final double MIN_DPI = 30, MAX_DPI = 2400;

    /** Reads the header of {@code bytes}; never null: "unknown" with no size for what it cannot read. */
    public static ImageHeader read(byte[] bytes) {
        String format = format(bytes);
        int w = 0, h = 0;
        if (format.equals("png") || format.equals("jpeg") || format.equals("gif") || format.equals("bmp") || format.equals("tiff")) {
            // a PNG whose header chunk is not the first or comes twice has no one size: a decoder may read either
            int[] size = format.equals("png") && !onePngHeader(bytes) ? new int[]{0, 0} : pixelSize(bytes, format);
            w = size[0];
            h = size[1];
        }
        double[] dpi = switch (format) {
            case "png" -> pngDpi(bytes);
            case "jpeg" -> jpegDpi(bytes);
            case "bmp" -> bmpDpi(bytes);
            default -> new double[]{0, 0};
        };
        return new ImageHeader(format, w, h, dpi[0], dpi[1], format.equals("jpeg") ? jpegComponents(bytes) : 0);
    }

    /** The header gave a size. */
    public boolean readable() {
        return widthPx > 0 && heightPx > 0;
    }

    public long pixels() {
        return (long) widthPx * heightPx;
    }

    /** "image/png" or "image/jpeg" for the two formats carried as they are, else null. */
    public String mediaType() {
        return switch (format) {
            case "png" -> "image/png";
            case "jpeg" -> "image/jpeg";
            default -> null;
        };
    }

    /** The format as a clerk knows it: PNG, JPEG, EMF …; "未知" for unknown. */
    public String label() {
        return format.equals("unknown") ? "未知" : format.toUpperCase(Locale.ROOT);
    }

    /** Its width in points at its resolution (96 dpi when it gives none or an absurd one). */
    public double widthPt() {
        return widthPx * 72 / dpi(dpiX);
    }

    /** Its height in points at its resolution. */
    public double heightPt() {
        return heightPx * 72 / dpi(dpiY);
    }

    private static double dpi(double given) {
        return given >= MIN_DPI && given <= MAX_DPI ? given : DEFAULT_DPI;
    }

    /** The format by its magic bytes. */
    static String format(byte[] b) {
        if (b == null || b.length < 4) return "unknown";
        if (starts(b, 0, 0x89, 'P', 'N', 'G')) return "png";
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "jpeg";
        if (starts(b, 0, 'G', 'I', 'F', '8')) return "gif";
        if (starts(b, 0, 'B', 'M') && b.length > 26) return "bmp";
        if (starts(b, 0, 'I', 'I', 42, 0) || starts(b, 0, 'M', 'M', 0, 42)) return "tiff";
        if (b.length > 44 && starts(b, 0, 1, 0, 0, 0) && starts(b, 40, ' ', 'E', 'M', 'F')) return "emf";
        if (starts(b, 0, 0xD7, 0xCD, 0xC6, 0x9A) || starts(b, 0, 1, 0, 9, 0) || starts(b, 0, 2, 0, 9, 0)) return "wmf";
        if (b.length > 12 && starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) return "webp";
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) return "svg";
        return "unknown";
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[at + i] & 0xFF) != magic[i]) return false;
        return true;
    }

    /** Width and height from ImageIO's reader for the format: it reads the header, not the pixels. */
    private static int[] pixelSize(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            // in memory: ImageIO's default stream would cache to a temporary file
            try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w > 0 && h > 0) return new int[]{w, h};
            } catch (IOException | RuntimeException e) {
                // a damaged header: try the next reader, else no size
            } finally {
                reader.dispose();
            }
        }
        return new int[]{0, 0};
    }

    /** The PNG's first chunk is IHDR and no other chunk is (all chunks walked by their lengths). */
    private static boolean onePngHeader(byte[] b) {
        int at = 8, headers = 0;
        while (at + 8 <= b.length) {
            long length = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IHDR") && (at != 8 || ++headers > 1)) return false;
            if (at == 8 && !type.equals("IHDR")) return false;
            if (type.equals("IEND") || length > b.length - at - 12L) break;
            at += 12 + (int) length;
        }
        return headers == 1;
    }

    /** PNG's pHYs chunk (pixels per metre), walked to before the first IDAT; nothing is inflated. */
    private static double[] pngDpi(byte[] b) {
        int at = 8;
        while (at + 8 <= b.length) {
            long length = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT") || type.equals("IEND") || length > b.length) break;
            if (type.equals("pHYs") && length >= 9 && at + 17 <= b.length && b[at + 16] == 1) {
                return new double[]{dpiOf(u32(b, at + 8)), dpiOf(u32(b, at + 12))};
            }
            at += 12 + (int) length;
        }
        return new double[]{0, 0};
    }

    /** JPEG's JFIF density (APP0), when given in dots per inch or per centimetre. */
    private static double[] jpegDpi(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length && (b[at] & 0xFF) == 0xFF) {
            int marker = b[at + 1] & 0xFF;
            int length = u16(b, at + 2);
            if (marker == 0xDA || marker == 0xD9) break;
            if (marker == 0xE0 && at + 16 <= b.length && starts(b, at + 4, 'J', 'F', 'I', 'F', 0)) {
                int units = b[at + 11] & 0xFF;
                double x = u16(b, at + 12), y = u16(b, at + 14);
                if (units == 1) return new double[]{x, y};
                if (units == 2) return new double[]{x * 2.54, y * 2.54};
                return new double[]{0, 0};
            }
            at += 2 + length;
        }
        return new double[]{0, 0};
    }

    /** The colour components of a JPEG's frame (its SOF segment), 0 when none is found. */
    private static int jpegComponents(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length && (b[at] & 0xFF) == 0xFF) {
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { at += 2; continue; }
            int length = u16(b, at + 2);
            if (marker == 0xDA || marker == 0xD9) break;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && at + 9 < b.length) return b[at + 9] & 0xFF;
            at += 2 + length;
        }
        return 0;
    }

    /** BMP's pixels per metre (BITMAPINFOHEADER and later). */
    private static double[] bmpDpi(byte[] b) {
        if (b.length < 46 || u32le(b, 14) < 40) return new double[]{0, 0};
        return new double[]{dpiOf(u32le(b, 38)), dpiOf(u32le(b, 42))};
    }

    /** Pixels per metre as the dots per inch they were saved from (96 dpi is stored as 3780 per metre). */
    private static double dpiOf(long pixelsPerMetre) {
        return Math.round(pixelsPerMetre * 0.0254);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int at) {
        return ((long) (b[at + 3] & 0xFF) << 24) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }

    private static int u16(byte[] b, int at) {
        return at + 1 < b.length ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : 0;
    }
}
