package org.gongwen.layout;

import java.util.List;

/**
 * A table broken into cell lines: {@code columnX} holds the x of each column boundary (columns + 1
 * values), each row its cells' lines; a row is as tall as its tallest cell.
 */
record TableDraft(double[] columnX, List<List<List<LineDraft>>> rows, int headerRows, double lineAdvance,
                  double padding, double spaceBefore, double spaceAfter, boolean keepWithNext) implements FlowItem {

    int rowLines(int row) {
        int n = 1;
        for (List<LineDraft> cell : rows.get(row)) n = Math.max(n, cell.size());
        return n;
    }

    @Override
    public double height() {
        double h = 0;
        for (int r = 0; r < rows.size(); r++) h += rowLines(r) * lineAdvance;
        return h;
    }

    @Override
    public double firstLineHeight() { return lineAdvance; }

    @Override
    public boolean pageBreakBefore() { return false; }
}
