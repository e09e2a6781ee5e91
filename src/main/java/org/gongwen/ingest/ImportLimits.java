package org.gongwen.ingest;

/**
 * How much input an importer accepts. Larger input is refused with HTTP status 413, before any
 * parsing work is spent on it.
 *
 * @param maxBytes the size of an uploaded file
 * @param maxChars the characters of text a document may carry (after decoding / extraction)
 */
public record ImportLimits(long maxBytes, int maxChars) {
    /** 20 MB files, 2,000,000 characters: far above any real 公文, far below trouble. */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 2_000_000);

    public ImportLimits {
        if (maxBytes <= 0 || maxChars <= 0) throw new IllegalArgumentException("limits must be positive");
    }

    /** Refuses (413) a file larger than {@link #maxBytes}. */
    public void checkBytes(long bytes) {
        if (bytes > maxBytes) {
            throw new org.gongwen.model.BadInputException("input-too-large",
                    "文件过大（" + bytes + " 字节），上限为 " + maxBytes + " 字节，请拆分后再上传",
                    "the file is too large (" + bytes + " bytes, limit " + maxBytes + ")", 413, null);
        }
    }

    /** Refuses (413) text longer than {@link #maxChars}. */
    public void checkChars(long chars) {
        if (chars > maxChars) {
            throw new org.gongwen.model.BadInputException("input-too-long",
                    "内容过长（" + chars + " 字符），上限为 " + maxChars + " 字符，请拆分后再处理",
                    "the text is too long (" + chars + " characters, limit " + maxChars + ")", 413, null);
        }
    }
}
