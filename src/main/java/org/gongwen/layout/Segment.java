package org.gongwen.layout;

import org.gongwen.layout.Layout.Structure;

/**
 * Text in one style that belongs to one structure node ({@link Structure}): a paragraph is a list of
 * segments (e.g. a run-in lead, then body text).
 */
record Segment(String text, TextStyle style, int node) {
    /** Text that is only measured, never placed (its node is never read). */
    static Segment measured(String text, TextStyle style) {
        return new Segment(text, style, Structure.ARTIFACT);
    }
}
