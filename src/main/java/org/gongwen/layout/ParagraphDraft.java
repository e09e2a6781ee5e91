package org.gongwen.layout;

import org.gongwen.style.Role;

import java.util.List;

/**
 * A paragraph broken into lines, waiting for its place on a page.
 *
 * @param role           the role, recorded on each line
 * @param lines          the broken lines
 * @param firstX         x of the first line's measure start
 * @param restX          x of the other lines' measure start
 * @param spaceBefore    space above (dropped at the top of a page)
 * @param spaceAfter     space below
 * @param lineAdvance    distance between baselines
 * @param onGrid         whether each line snaps to the page grid
 * @param keepWithNext   never the last thing on a page
 * @param pageBreakBefore starts a new page
 * @param bookmarkLevel  1 or 2 for a bookmark, 0 for none
 * @param bookmarkTitle  the bookmark's text
 */
record ParagraphDraft(Role role, List<LineDraft> lines, double firstX, double restX,
                      double spaceBefore, double spaceAfter, double lineAdvance, boolean onGrid,
                      boolean keepWithNext, boolean pageBreakBefore, int bookmarkLevel, String bookmarkTitle)
        implements FlowItem {

    double x(int line) { return line == 0 ? firstX : restX; }

    /** Height of the paragraph from its first line's top to its last line's bottom (no spacing). */
    @Override
    public double height() { return lines.size() * lineAdvance; }

    @Override
    public double firstLineHeight() { return lineAdvance; }
}
