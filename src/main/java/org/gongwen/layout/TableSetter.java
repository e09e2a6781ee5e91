package org.gongwen.layout;

import org.gongwen.model.RenderCancelled;
import org.gongwen.layout.Layout.Rule;
import org.gongwen.model.Block;
import org.gongwen.model.Warning;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ruled tables: columns as wide as their text needs within the type area, cell text broken on the
 * grid, rows that split across pages (header rows repeat only when the table marks them).
 */
final class TableSetter {
    /** Word's default cell margin, 0.19 cm, left and right. */
    private static final double CELL_PADDING = 0.19 * 72 / 2.54;
    /** A single table border (Word's 1/2 pt). */
    private static final double BORDER = 0.5;

    private final LineBreaker breaker;

    TableSetter(LineBreaker breaker) {
        this.breaker = breaker;
    }

    /**
     * The table's drafts, its structure added under {@code parent}: Table, a TR a row, a TH for each cell
     * of a header row and a TD for the others (every cell, empty or not, so that each row has as many
     * cells as the table has columns).
     */
    TableDraft draft(Block.Table t, RoleStyle style, double lineAdvance, Consumer<Warning> warnings,
                     double left, double width, StructureBuilder structure, int parent) {
        int cols = Math.max(1, t.columns());
        TextStyle ts = TextStyle.of(style);
        double minCol = 2 * breaker.gridAdvance(style.sizePt()) + 2 * CELL_PADDING;
        double[] want = new double[cols];
        for (List<String> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                double w = breaker.width(List.of(Segment.measured(row.get(c), ts))) + 2 * CELL_PADDING;
                want[c] = Math.max(want[c], Math.max(w, minCol));
            }
        }
        double[] w = columnWidths(want, minCol, width);
        double[] x = new double[cols + 1];
        x[0] = left;
        for (int c = 0; c < cols; c++) x[c + 1] = x[c] + w[c];
        x[cols] = left + width;
        List<List<List<LineDraft>>> rows = new ArrayList<>();
        int table = structure.add(parent, Layout.Tag.TABLE);
        for (int r = 0; r < t.rows().size(); r++) {
            RenderCancelled.checkInterrupted();
            List<String> row = t.rows().get(r);
            List<List<LineDraft>> cells = new ArrayList<>();
            int tr = structure.add(table, Layout.Tag.TR);
            boolean header = r < t.headerRows();
            for (int c = 0; c < cols; c++) {
                String text = c < row.size() ? row.get(c) : "";
                double measure = x[c + 1] - x[c] - 2 * CELL_PADDING;
                Align align = header ? Align.CENTER : style.align();
                int cell = structure.add(tr, header ? Layout.Tag.TH : Layout.Tag.TD);
                cells.add(breaker.breakLines(List.of(new Segment(text, ts, cell)), measure, measure, align, warnings));
            }
            rows.add(cells);
        }
        return new TableDraft(x, rows, t.headerRows(), lineAdvance, CELL_PADDING,
                style.spaceBeforePt(), style.spaceAfterPt(), style.keepWithNext());
    }

    /**
     * Columns whose text fits in a fair share of the width get what they need; the others share
     * the rest in proportion to their text; any width left over is spread in proportion.
     */
    static double[] columnWidths(double[] want, double min, double width) {
        int n = want.length;
        double[] w = new double[n];
        boolean[] fixed = new boolean[n];
        double remaining = width;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            double fair = remaining / open;
            for (int c = 0; c < n; c++) {
                double need = Math.max(want[c], min);
                if (!fixed[c] && need <= fair) {
                    w[c] = need;
                    fixed[c] = true;
                    remaining -= need;
                    open--;
                    changed = true;
                }
            }
        }
        double openWant = 0, all = 0;
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) openWant += Math.max(want[c], min);
            all += w[c];
        }
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) w[c] = remaining * Math.max(want[c], min) / openWant;
        }
        if (open == 0 && all > 0) {
            for (int c = 0; c < n; c++) w[c] += remaining * w[c] / all;
        }
        return w;
    }

    /** Places the rows; a row that does not fit is split between lines, header rows repeat. */
    void place(TableDraft t, PageFlow flow) {
        if (!flow.atPageTop()) flow.moveTo(flow.cursor() + t.spaceBefore());
        flow.snapToGrid();
        double adv = t.lineAdvance();
        if (flow.remaining() < adv - 0.01) flow.newPage();
        double segmentTop = flow.cursor();
        int[] done = new int[t.columnX().length - 1];   // lines of the current row already placed, per cell
        for (int r = 0; r < t.rows().size(); r++) {
            java.util.Arrays.fill(done, 0);
            int total = t.rowLines(r);
            int placed = 0;
            while (placed < total) {
                int fit = (int) Math.floor((flow.remaining() + 0.01) / adv);
                if (fit <= 0) {
                    closeSegment(t, flow, segmentTop);
                    flow.newPage();
                    segmentTop = flow.cursor();
                    if (r >= t.headerRows()) {
                        for (int h = 0; h < t.headerRows(); h++) {
                            placeRowLines(t, flow, h, 0, t.rowLines(h), true);
                            rule(t, flow, flow.cursor());
                        }
                    }
                    continue;
                }
                int n = Math.min(fit, total - placed);
                placeRowLines(t, flow, r, placed, n, false);
                placed += n;
                if (placed == total && r < t.rows().size() - 1) rule(t, flow, flow.cursor());
            }
        }
        closeSegment(t, flow, segmentTop);
        flow.moveTo(flow.cursor() + t.spaceAfter());
    }

    /** Lines {@code from}..{@code from + count} of a row; {@code repeated}: a header row again, an artifact. */
    private void placeRowLines(TableDraft t, PageFlow flow, int row, int from, int count, boolean repeated) {
        double top = flow.cursor();
        List<List<LineDraft>> cells = t.rows().get(row);
        for (int c = 0; c < cells.size(); c++) {
            List<LineDraft> lines = cells.get(c);
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                double lineTop = top + (i - from) * t.lineAdvance();
                flow.addLine(Role.TABLE, lines.get(i), t.columnX()[c] + t.padding(),
                        flow.baseline(lineTop, t.lineAdvance()), flow.gridLineAt(lineTop), repeated);
            }
        }
        flow.moveTo(top + count * t.lineAdvance());
    }

    private static void rule(TableDraft t, PageFlow flow, double y) {
        double[] x = t.columnX();
        flow.addRule(new Rule(x[0], y, x[x.length - 1], y, BORDER, "000000"));
    }

    /** The outer border and the column rules of the part of the table on this page. */
    private static void closeSegment(TableDraft t, PageFlow flow, double top) {
        double bottom = flow.cursor();
        if (bottom <= top + 0.01) return;
        rule(t, flow, top);
        rule(t, flow, bottom);
        for (double x : t.columnX()) flow.addRule(new Rule(x, top, x, bottom, BORDER, "000000"));
    }
}
