package org.gongwen.layout;

import java.util.List;

/**
 * A broken and justified line before it is put on a page: glyphs with x from the measure start;
 * {@code wordBreak}: the line was broken at spaces, which are not drawn (a reader still needs one).
 */
record LineDraft(List<Glyph> glyphs, double measure, boolean last, boolean wordBreak) {
    LineDraft(List<Glyph> glyphs, double measure, boolean last) {
        this(glyphs, measure, last, false);
    }

    /** The same line as a paragraph's last (not justified). */
    LineDraft asLast() {
        return new LineDraft(glyphs, measure, true, wordBreak);
    }
}
