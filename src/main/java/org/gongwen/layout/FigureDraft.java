package org.gongwen.layout;

import org.gongwen.compose.ComposedDocument;
import org.gongwen.model.Block;

/**
 * A figure's picture waiting for its place: one line of {@code box.lines()} grid lines that never
 * splits, kept with the first line of its caption when it has one (as the DOCX's keepNext keeps it);
 * {@code node} is its Figure in the structure.
 */
record FigureDraft(Block.Figure figure, ComposedDocument.FigureBox box, byte[] data, int node) implements FlowItem {
    @Override
    public double spaceBefore() { return 0; }

    @Override
    public double spaceAfter() { return 0; }

    @Override
    public double height() { return box.lineHeightPt(); }

    /** It moves whole. */
    @Override
    public double firstLineHeight() { return box.lineHeightPt(); }

    @Override
    public boolean keepWithNext() { return !figure.caption().isEmpty(); }

    @Override
    public boolean pageBreakBefore() { return false; }
}
