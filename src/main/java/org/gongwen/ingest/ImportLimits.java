package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
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
 */
public record ImportLimits(long maxBytes, int maxChars, int maxBlocks, int maxTitleChars, long maxUnpackedBytes) {
    /**
     * 20 MB files, 2,000,000 characters, 10,000 blocks (the zijin report lengthened to 300 pages has
     * 1,056; 300 pages of one-line paragraphs would have 6,600), 200-character titles (GB/T 9704
     * §7.3.3 asks for a title that sums the document up; the longest in the samples has 48), a
     * package of 24 MB: far above any real 公文, far below trouble.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 2_000_000, 10_000, 200,
            DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);

    public ImportLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxBlocks <= 0 || maxTitleChars <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
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
