package org.gongwen.layout;

/** Something the page flow places: a paragraph or a table. */
sealed interface FlowItem permits ParagraphDraft, TableDraft {
    double spaceBefore();
    double spaceAfter();
    /** Height of everything but the spacing. */
    double height();
    /** Height of the first line (or table row line), what keep-with-next must bring along. */
    double firstLineHeight();
    boolean keepWithNext();
    boolean pageBreakBefore();
}
