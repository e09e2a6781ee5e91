package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
import org.gongwen.model.ImageHeader;
import org.gongwen.model.OfficialDocument;

import java.util.List;

/**
 * How much input gongwen accepts. Larger input is refused as {@link org.gongwen.model.Fault#TOO_LARGE} (INVALID for a title no
 * title can be), before any parsing or writing work is spent on it.
 *
 * @param maxBytes      the size of an uploaded file
 * @param maxChars      the characters of text a document may carry (after decoding / extraction)
 * @param maxBlocks     the blocks of a document (paragraphs, headings, notes…, appendices' included;
 *                      a table counts one per cell): every writer holds a few KB per block
 * @param maxTitleChars the characters of a title (the document's or an appendix's)
 * @param maxUnpackedBytes what a .docx package (a draft, a file to check, a template) may unpack to,
 *                      all its parts together; its XML parts to a sixth of that ({@link DocxPackage#read})
 * @param maxImageBytes  the bytes of one picture (as stored: PNG or JPEG, or the GIF/BMP read from)
 * @param maxImagesBytes the bytes of all a document's pictures together
 * @param maxImagePixels the pixels of one picture (width x height, read from its header without
 *                      decoding it): what decoding it would cost — a PNG of a few hundred KB may
 *                      unpack to gigabytes, and the PDF writer decodes PNGs
 */
public record ImportLimits(long maxBytes, int maxChars, int maxBlocks, int maxTitleChars, long maxUnpackedBytes,
                           long maxImageBytes, long maxImagesBytes, long maxImagePixels) {
    /** The picture limits' defaults (see {@link #DEFAULT}). */
    public static final long DEFAULT_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_IMAGES_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_IMAGE_PIXELS = 40_000_000L;

    /**
     * 20 MB files, 2,000,000 characters, 10,000 blocks (the zijin report lengthened to 300 pages has
     * 1,056; 300 pages of one-line paragraphs would have 6,600), 200-character titles (GB/T 9704
     * §7.3.3 asks for a title that sums the document up; the longest in the samples has 48), a
     * package of 24 MB: far above any real 公文, far below trouble. Pictures: 10 MB each (a phone's
     * photo is 3–8 MB), 20 MB together (a draft is at most 20 MB), 40 million pixels each (a
     * 7,700 x 5,200 photo; decoded, 160 MB at most).
     */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 2_000_000, 10_000, 200,
            DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);

    /** The default picture limits with these. */
    public ImportLimits(long maxBytes, int maxChars, int maxBlocks, int maxTitleChars, long maxUnpackedBytes) {
        this(maxBytes, maxChars, maxBlocks, maxTitleChars, maxUnpackedBytes, DEFAULT_IMAGE_BYTES, DEFAULT_IMAGES_BYTES,
                DEFAULT_IMAGE_PIXELS);
    }

    public ImportLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxBlocks <= 0 || maxTitleChars <= 0 || maxUnpackedBytes <= 0
                || maxImageBytes <= 0 || maxImagesBytes <= 0 || maxImagePixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with other picture limits. */
    public ImportLimits withImages(long maxImageBytes, long maxImagesBytes, long maxImagePixels) {
        return new ImportLimits(maxBytes, maxChars, maxBlocks, maxTitleChars, maxUnpackedBytes, maxImageBytes, maxImagesBytes,
                maxImagePixels);
    }

    /** Refuses (TOO_LARGE) a file larger than {@link #maxBytes}. */
    public void checkBytes(long bytes) {
        if (bytes > maxBytes) {
            throw new BadInputException(Fault.TOO_LARGE, "input-too-large",
                    "文件过大（" + bytes + " 字节），上限为 " + maxBytes + " 字节，请拆分后再上传",
                    "the file is too large (" + bytes + " bytes, limit " + maxBytes + ")");
        }
    }

    /** Refuses (TOO_LARGE) text longer than {@link #maxChars}. */
    public void checkChars(long chars) {
        if (chars > maxChars) {
            throw new BadInputException(Fault.TOO_LARGE, "input-too-long",
                    "内容过长（" + chars + " 字符），上限为 " + maxChars + " 字符，请拆分后再处理",
                    "the text is too long (" + chars + " characters, limit " + maxChars + ")");
        }
    }

    /**
     * Refuses a document that no writer should be asked to write: a title over {@link #maxTitleChars}
     * (INVALID) or more than {@link #maxBlocks} blocks (TOO_LARGE). Every document passes here on its way in
     * (read, JSON, metadata overrides) and on its way out (render), whoever built it.
     */
    public void checkDocument(OfficialDocument doc) {
        checkTitle(doc.title(), "标题", "the title");
        checkFigures(doc);
        long blocks = blocks(doc.blocks());
        for (int i = 0; i < doc.appendices().size(); i++) {
            Appendix a = doc.appendices().get(i);
            checkTitle(a.title(), "附件 " + (i + 1) + " 的标题", "appendix " + (i + 1) + "'s title");
            blocks += 1 + blocks(a.blocks());
        }
        if (blocks > maxBlocks) {
            throw new BadInputException(Fault.TOO_LARGE, "too-many-blocks",
                    "公文内容分块过多（共 " + blocks + " 个段落、标题、附注或表格单元格），上限为 " + maxBlocks
                            + " 个。请拆分为几份公文。",
                    "the document has " + blocks + " blocks (table cells counted one each); the limit is " + maxBlocks);
        }
    }

    /**
     * Refuses (TOO_LARGE, {@code image-too-large}) a picture of more than {@link #maxImageBytes};
     * {@code which} names it for the clerk ("第3段的图片").
     */
    public void checkImageBytes(long bytes, String which) {
        if (bytes > maxImageBytes) {
            throw new BadInputException(Fault.TOO_LARGE, "image-too-large",
                    which + "过大（" + bytes + " 字节），单张图片上限为 " + maxImageBytes + " 字节：请压缩或缩小图片后重新插入",
                    "a picture is too large (" + bytes + " bytes, limit " + maxImageBytes + ")");
        }
    }

    /**
     * Refuses (TOO_LARGE, {@code image-too-many-pixels}) a picture whose header says it has more than
     * {@link #maxImagePixels}, before anything decodes it.
     */
    public void checkImagePixels(ImageHeader header, String which) {
        if (header.pixels() > maxImagePixels) {
            throw new BadInputException(Fault.TOO_LARGE, "image-too-many-pixels",
                    which + "像素过多（" + header.widthPx() + " x " + header.heightPx() + "），单张图片上限为 "
                            + maxImagePixels / 10_000 + " 万像素：请缩小图片尺寸后重新插入",
                    "a picture has too many pixels (" + header.widthPx() + " x " + header.heightPx() + ", limit " + maxImagePixels + ")");
        }
    }

    /**
     * Every picture of a document (body and appendices): within the size and pixel limits, all
     * together within {@link #maxImagesBytes}, and what its media type says (a PNG or a JPEG whose
     * header reads, not a CMYK JPEG, which PDF/A's colour rules keep out).
     */
    private void checkFigures(OfficialDocument doc) {
        long total = 0;
        int n = 0;
        List<List<Block>> all = new java.util.ArrayList<>();
        all.add(doc.blocks());
        for (Appendix a : doc.appendices()) all.add(a.blocks());
        for (List<Block> blocks : all) {
            for (Block b : blocks) {
                if (!(b instanceof Block.Figure f)) continue;
                n++;
                String which = f.caption().isBlank() ? "第 " + n + " 张图片" : "图片“" + DraftText.clip(f.caption(), 16) + "”";
                checkImageBytes(f.size(), which);
                total += f.size();
                if (total > maxImagesBytes) throw imagesTooLarge(which);
                ImageHeader h = f.header();
                if (!h.readable() || !f.mediaType().equals(h.mediaType())) {
                    throw new BadInputException(Fault.INVALID, "image-unreadable",
                            which + "不是可读的 " + (f.mediaType().equals(Block.Figure.PNG) ? "PNG" : "JPEG")
                                    + " 图片（其内容为 " + h.label() + " 格式）：请提供 PNG 或 JPEG 图片",
                            "a picture is not a readable " + f.mediaType() + " image (" + h.format() + ")");
                }
                checkImagePixels(h, which);
                if (h.components() == 4) {
                    throw new BadInputException(Fault.UNSUPPORTED, "image-cmyk",
                            which + "是 CMYK 色彩的 JPEG，无法写入 PDF：请在图片软件中转为 RGB 后重新插入",
                            "a picture is a CMYK JPEG: convert it to RGB");
                }
            }
        }
    }

    /** TOO_LARGE, {@code images-too-large}: the pictures up to {@code which} pass {@link #maxImagesBytes} together. */
    BadInputException imagesTooLarge(String which) {
        return new BadInputException(Fault.TOO_LARGE, "images-too-large",
                "图片合计过大（至" + which + "已超过 " + maxImagesBytes + " 字节）：请压缩图片或拆分公文后再处理",
                "the pictures together are too large (limit " + maxImagesBytes + " bytes)");
    }


    private void checkTitle(String title, String what, String whatEn) {
        if (title != null && title.length() > maxTitleChars) {
            throw new BadInputException(Fault.INVALID, "title-too-long",
                    what + "过长（共 " + title.length() + " 字），上限为 " + maxTitleChars
                            + " 字。标题应简要概括公文内容，请精简后再试；正文请放在标题之后。",
                    whatEn + " has " + title.length() + " characters; the limit is " + maxTitleChars);
        }
    }

    private static long blocks(List<Block> blocks) {
        long n = 0;
        for (Block b : blocks) {
            n += b instanceof Block.Table t ? Math.max(1, t.rows().stream().mapToLong(List::size).sum()) : 1;
        }
        return n;
    }
}
