package org.gongwen.ingest;

import org.gongwen.model.Block;
import org.gongwen.model.ImageHeader;
import org.gongwen.model.Warning;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What every importer does with a picture it finds: PNG and JPEG are kept as they are; GIF and BMP
 * become PNG (ImageIO, the first frame of an animation; the same picture gives the same bytes);
 * anything else (EMF, WMF, TIFF, SVG, WebP, a CMYK JPEG, damaged data) is left out with a warning that
 * names the picture and where it was, so nothing goes silently. Over the limits ({@link ImportLimits}:
 * bytes, pixels read from the header) the whole input is refused: a document without a picture its
 * author put in would be the wrong document, and the clerk is told how to make the picture smaller.
 */
final class PictureReader {
    private PictureReader() {}

    /**
     * The picture as a figure, or empty (with a warning) when its format cannot be carried.
     *
     * @param bytes    the picture's file
     * @param name     its name in the draft, for a format its bytes do not tell (may be null)
     * @param widthPt  the size the draft gives it, in points (0: its header's)
     * @param heightPt the same, down
     * @param caption  the caption the format marked, "" for none
     * @param where    where it was, for the clerk: "第3段的图片（“组织架构”之后）"
     */
    static Optional<Piece.Picture> read(byte[] bytes, String name, double widthPt, double heightPt, String caption, String where,
                                        Budget budget, List<Warning> warnings) {
        ImportLimits limits = budget.limits;
        limits.checkImageBytes(bytes.length, where);
        budget.spend(bytes.length, where);
        ImageHeader header = ImageHeader.read(bytes);
        String format = header.format().equals("unknown") && name != null ? byName(name) : header.format();
        switch (format) {
            case "png", "jpeg", "gif", "bmp" -> {
                if (!header.readable()) {
                    warnings.add(new Warning("picture-unreadable", where + "已损坏，无法读取，未能排入公文：请重新插入该图片（PNG 或 JPEG）"));
                    return Optional.empty();
                }
                limits.checkImagePixels(header, where);
                if (header.components() == 4) {
                    warnings.add(new Warning("picture-unsupported", where + "是 CMYK 色彩的 JPEG，未能排入公文：请在图片软件中转为 RGB 后重新插入"));
                    return Optional.empty();
                }
            }
            default -> {
                warnings.add(new Warning("picture-unsupported", where + "是 " + label(format)
                        + " 格式，未能排入公文：请在 Word 或图片软件中把它另存为 PNG 或 JPEG 图片后重新插入"));
                return Optional.empty();
            }
        }
        String mediaType = header.mediaType();
        byte[] data = bytes;
        if (mediaType == null) {
            data = toPng(bytes, format);
            if (data == null) {
                warnings.add(new Warning("picture-unreadable", where + "（" + label(format) + " 格式）无法读取，未能排入公文：请另存为 PNG 或 JPEG 后重新插入"));
                return Optional.empty();
            }
            mediaType = Block.Figure.PNG;
        }
        double w = widthPt > 0 ? widthPt : header.widthPt(), h = heightPt > 0 ? heightPt : header.heightPt();
        return Optional.of(new Piece.Picture(new Block.Figure(caption, mediaType, w, h, data)));
    }

    /**
     * What one input's pictures may take together ({@link ImportLimits#maxImagesBytes}), counted as
     * they are read: a draft that shows one large picture a thousand times is refused at the limit,
     * not after a thousand copies.
     */
    static final class Budget {
        final ImportLimits limits;
        private long spent;

        Budget(ImportLimits limits) {
            this.limits = limits;
        }

        /** What would be spent with {@code bytes} more. */
        long spentWith(long bytes) {
            return spent + bytes;
        }

        void spend(long bytes, String where) {
            spent += bytes;
            if (spent > limits.maxImagesBytes()) throw limits.imagesTooLarge(where);
        }
    }

    /** A GIF's first frame or a BMP as PNG; null when ImageIO cannot decode it. The pixels are within the limit. */
    private static byte[] toPng(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (ImageIO.write(image, "png", out)) return out.toByteArray();
            } catch (IOException | RuntimeException e) {
                // try the next reader
            } finally {
                reader.dispose();
            }
        }
        return null;
    }

    private static String byName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "emf", "emz" -> "emf";
            case "wmf", "wmz" -> "wmf";
            case "tif", "tiff" -> "tiff";
            case "svg" -> "svg";
            case "wdp", "jxr" -> "jxr";
            case "webp" -> "webp";
            default -> "unknown";
        };
    }

    private static String label(String format) {
        return switch (format) {
            case "unknown" -> "无法识别的";
            case "jxr" -> "JPEG XR";
            default -> format.toUpperCase(java.util.Locale.ROOT);
        };
    }
}
