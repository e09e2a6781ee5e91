package org.gongwen.check;

/**
 * How much of a PDF one check reads. A few kilobytes of PDF can ask for unbounded work (forms
 * drawing forms, millions of repeated glyphs), so each check counts as it reads and refuses at the
 * first excess; see {@link PdfBudget}.
 *
 * @param maxPages     pages of a checked PDF, from its page tree before any page is read (TOO_LARGE)
 * @param maxFormDepth form XObjects drawn inside one another; below 50, where PDFBox itself stops
 *                     descending and logs an error for every form it skips (TOO_COMPLEX)
 * @param maxGlyphs    glyphs shown, over the whole document and every form drawing (TOO_LARGE)
 * @param maxOperators content-stream operators run, over the whole document and every form drawing; a form
 *                     drawn counts as {@value PdfBudget#FORM_DRAW_OPERATORS} (TOO_LARGE)
 * @param maxContentBytes content-stream bytes after decompression, over the whole document and every form
 *                     drawing; also the most PDFBox holds decoded at once (TOO_LARGE)
 */
public record PdfLimits(int maxPages, int maxFormDepth, long maxGlyphs, long maxOperators, long maxContentBytes) {
    /**
     * 300 pages, as the render limit ({@code gongwen.limits.max-pages}). gongwen's 300-page
     * benchmark 公文 shows 178,000 glyphs with 72,000 operators in 2.2 MB of content. 400,000
     * glyphs (1,300 a page) leave room for dense tables and hold about 20 MB of glyphs at most,
     * within the 32 MB a render is given (docs/operations.md); 3 million operators and 32 MB of
     * content leave room for producers that write far more per glyph (marked content, rules,
     * vector charts). Each cap is reached in one or two seconds. Producers nest forms a few deep.
     */
    public static final PdfLimits DEFAULT = new PdfLimits(300, 16, 400_000, 3_000_000, 32L << 20);

    public PdfLimits {
        if (maxPages <= 0 || maxGlyphs <= 0 || maxOperators <= 0 || maxContentBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxFormDepth <= 0 || maxFormDepth >= 50) throw new IllegalArgumentException("maxFormDepth must be 1 to 49");
    }
}
