package org.gongwen.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Pictures for the figure tests (issue 15), drawn here so that no binary file is needed: an
 * organisation chart (boxes joined by lines, a red frame at its edge so a clipped picture shows),
 * the same as JPEG, GIF and BMP, a PNG with transparency, a PNG saying it was saved at a resolution,
 * a decompression bomb (a small PNG whose header says 50,000 x 50,000 pixels) and the first bytes of
 * an EMF. Each call gives the same bytes.
 */
public final class TestImages {
    private TestImages() {}

    /** An organisation chart, {@code w} x {@code h} pixels, as PNG. */
    public static byte[] orgChart(int w, int h) {
        return encode(chart(w, h, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] orgChartJpeg(int w, int h) {
        return encode(chart(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] orgChartGif(int w, int h) {
        return encode(chart(w, h, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static byte[] orgChartBmp(int w, int h) {
        return encode(chart(w, h, BufferedImage.TYPE_INT_RGB), "bmp");
    }

    /** The chart on a transparent ground (a PNG with an alpha channel: OpenPDF writes it with a soft mask). */
    public static byte[] orgChartTransparent(int w, int h) {
        return encode(chart(w, h, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** The chart as a PNG whose pHYs chunk says {@code dpi}. */
    public static byte[] orgChartAtDpi(int w, int h, int dpi) {
        try {
            BufferedImage image = chart(w, h, BufferedImage.TYPE_INT_RGB);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, meta), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A decompression bomb: a valid PNG of {@code w} x {@code h} one-bit grey pixels, all black; its
     * zero rows deflate about a thousand to one (50,000 x 50,000: 312 MB of pixels in about 300 KB).
     * Decoding it would take w x h bytes or more.
     */
    public static byte[] bomb(int w, int h) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9), 1 << 16)) {
                byte[] row = new byte[1 + (w + 7) / 8];
                for (int y = 0; y < h; y++) z.write(row);
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(png);
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream i = new DataOutputStream(ihdr);
            i.writeInt(w);
            i.writeInt(h);
            i.write(new byte[]{1, 0, 0, 0, 0});   // 1 bit, grey, deflate, adaptive filters, not interlaced
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small picture whose PNG carries a second IHDR chunk claiming {@code w} x {@code h}: the first header
     * is what an admission check reads, the second what a careless decoder would.
     */
    public static byte[] secondHeader(int w, int h) {
        byte[] png = orgChart(100, 100);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(png, 0, 33);   // signature and the first IHDR
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream i = new DataOutputStream(ihdr);
            i.writeInt(w);
            i.writeInt(h);
            i.write(new byte[]{8, 2, 0, 0, 0});
            chunk(new DataOutputStream(out), "IHDR", ihdr.toByteArray());
            out.write(png, 33, png.length - 33);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of an EMF (Windows metafile) as Word stores a pasted Visio drawing. */
    public static byte[] emf() {
        byte[] b = new byte[120];
        b[0] = 1;             // EMR_HEADER
        b[4] = 108;           // its size
        System.arraycopy(" EMF".getBytes(StandardCharsets.US_ASCII), 0, b, 40, 4);
        b[44] = 0; b[45] = 0; b[46] = 1; b[47] = 0;
        return b;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static BufferedImage chart(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        if (type != BufferedImage.TYPE_INT_ARGB) {
            g.setColor(new Color(0xF2F6FC));
            g.fillRect(0, 0, w, h);
        }
        int frame = Math.max(2, Math.min(w, h) / 50);
        g.setColor(new Color(0xC00000));
        g.setStroke(new BasicStroke(frame));
        g.drawRect(frame / 2, frame / 2, w - frame, h - frame);
        // 局长 on top, three 科室 below, lines between
        int bw = w / 5, bh = h / 6;
        g.setColor(new Color(0x1F4E79));
        g.setStroke(new BasicStroke(Math.max(1, frame / 2)));
        int topX = (w - bw) / 2, topY = h / 6;
        g.fillRect(topX, topY, bw, bh);
        int rowY = h * 3 / 5;
        for (int k = 0; k < 3; k++) {
            int x = w * (2 * k + 1) / 6 - bw / 2;
            g.fillRect(x, rowY, bw, bh);
            g.drawLine(w / 2, topY + bh, x + bw / 2, rowY);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no ImageIO writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
