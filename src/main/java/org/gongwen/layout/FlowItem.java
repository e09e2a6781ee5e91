package org.gongwen.layout;

/** Something the page flow places: a paragraph, a table or a figure's picture. */
sealed interface FlowItem permits ParagraphDraft, TableDraft, FigureDraft {
    double spaceBefore();
    double spaceAfter();
    /** Height of everything but the spacing. */
    double height();
    /** Height of the first line (or table row line), what keep-with-next must bring along. */
    double firstLineHeight();
    boolean keepWithNext();
    boolean pageBreakBefore();
}
