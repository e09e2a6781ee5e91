package org.gongwen.layout;

import org.gongwen.model.RenderCancelled;
import org.gongwen.layout.Layout.GlyphRun;
import org.gongwen.layout.Layout.Image;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.OutlineEntry;
import org.gongwen.layout.Layout.Page;
import org.gongwen.layout.Layout.Rule;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts lines on pages: a cursor moving down the type area, snapping to the page grid, starting a
 * new page when a line does not fit. Knows nothing about what the lines say.
 */
final class PageFlow {
    /**
     * Where LibreOffice seats the baseline in an exact-height line of gongwen's DOCX: 0.334 body em
     * above the line's bottom, for body text and title alike (measured, templates/README.md).
     */
    static final double BASELINE_ABOVE_BOTTOM_EM = LineBox.DESCENT_EM;
    private static final double EPS = 0.01;

    final PageSetup page;
    final double typeLeft, typeTop, typeRight, typeBottom, pitch;
    /** How far every line's baseline sits above the bottom of its line box, in points. */
    final double descent;
    private final List<PageBuilder> pages = new ArrayList<>();
    private final List<OutlineEntry> outline = new ArrayList<>();
    private PageBuilder current;
    /** y of the top of the next line. */
    private double cursor;

    PageFlow(HouseStyle style, double descent) {
        this.descent = descent;
        this.page = style.page();
        typeLeft = page.leftPt();
        typeTop = page.topPt();
        typeRight = page.widthPt() - page.rightPt();
        typeBottom = page.heightPt() - page.bottomPt();
        pitch = page.linePitchPt();
        newPage();
    }

    double typeWidth() { return typeRight - typeLeft; }

    double cursor() { return cursor; }

    int pageCount() { return pages.size(); }

    boolean atPageTop() {
        return cursor <= typeTop + EPS && current.lines.isEmpty() && current.rules.isEmpty() && current.images.isEmpty();
    }

    void newPage() {
        current = new PageBuilder();
        pages.add(current);
        cursor = typeTop;
    }

    /** Moves the cursor down to {@code y} (e.g. below a red header). */
    void moveTo(double y) { cursor = y; }

    /** Moves the cursor down to the next grid line, unless it is on one. */
    void snapToGrid() {
        double k = (cursor - typeTop) / pitch;
        cursor = typeTop + Math.ceil(k - 1e-6) * pitch;
    }

    double remaining() { return typeBottom - cursor; }

    /** Starts a new page unless {@code height} more fits below the cursor. */
    void ensureRoom(double height) {
        if (!atPageTop() && cursor + height > typeBottom + EPS) newPage();
    }

    /** Places a paragraph; lines that do not fit go to the next page. */
    void place(ParagraphDraft p) {
        RenderCancelled.checkInterrupted();
        if (p.pageBreakBefore() && !atPageTop()) newPage();
        if (!atPageTop()) cursor += p.spaceBefore();
        for (int i = 0; i < p.lines().size(); i++) {
            if (p.onGrid()) snapToGrid();
            if (cursor + p.lineAdvance() > typeBottom + EPS && !atPageTop()) {
                newPage();
            }
            if (i == 0 && p.bookmarkLevel() > 0) {
                outline.add(new OutlineEntry(p.bookmarkLevel(), p.bookmarkTitle(), pages.size() - 1, cursor));
            }
            LineDraft d = p.lines().get(i);
            addLine(p.role(), d, p.x(i), baseline(cursor, p.lineAdvance()), gridLineAt(cursor));
            cursor += p.lineAdvance();
        }
        cursor += p.spaceAfter();
    }

    /**
     * Places a figure's picture on the grid: its line starts on a grid line, on the next page when it
     * does not fit below the cursor; the picture sits at the line's bottom, centred across the type
     * area, as the composition put it.
     */
    void place(FigureDraft f) {
        RenderCancelled.checkInterrupted();
        snapToGrid();
        if (cursor + f.height() > typeBottom + EPS && !atPageTop()) newPage();
        var box = f.box();
        current.images.add(new Image(typeLeft + box.leftPt(), cursor + box.topPt(), box.widthPt(), box.heightPt(),
                f.figure().mediaType(), f.data(), f.node()));
        cursor += f.height();
    }

    /** Takes the room of a one-line paragraph without printing it: an empty 发文字号 keeps its place. */
    void reserve(ParagraphDraft p) {
        if (!atPageTop()) cursor += p.spaceBefore();
        if (p.onGrid()) snapToGrid();
        cursor += p.lineAdvance() + p.spaceAfter();
    }

    /** Adds a line at an explicit baseline (header lines, table cells). */
    void addLine(Role role, LineDraft d, double x, double baseline, int gridLine) {
        addLine(role, d, x, baseline, gridLine, false);
    }

    /** {@code artifact}: the line repeats what the document already said (a table's header on a later page). */
    void addLine(Role role, LineDraft d, double x, double baseline, int gridLine, boolean artifact) {
        current.lines.add(toLine(role, d, x, baseline, gridLine, artifact));
    }

    void addRule(Rule r) { current.rules.add(r); }

    void addBookmark(int level, String title) {
        outline.add(new OutlineEntry(level, title, pages.size() - 1, cursor));
    }

    /** The grid line whose top is {@code y}, or -1 when y is between grid lines. */
    int gridLineAt(double y) {
        double k = (y - typeTop) / pitch;
        long r = Math.round(k);
        return Math.abs(k - r) < 1e-3 && r >= 0 && r < page.linesPerPage() ? (int) r : -1;
    }

    /**
     * The baseline of a line box: with exact line spacing the leading sits above the glyphs, and the
     * baseline is the body descent above the box's bottom. This is where LibreOffice puts it for
     * gongwen's DOCX (templates/README.md), so both outputs agree line for line.
     */
    double baseline(double lineTop, double advance) {
        return lineTop + advance - descent;
    }

    List<Page> pages(PageLabeler labeler) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageBuilder b = pages.get(i);
            List<Line> lines = new ArrayList<>(b.lines);
            lines.addAll(labeler.pageNumberLines(i));
            out.add(new Page(i, String.valueOf(i + 1), page.widthPt(), page.heightPt(),
                    typeLeft, typeTop, typeRight, typeBottom, lines, b.rules, b.images));
        }
        return out;
    }

    List<OutlineEntry> outline() { return outline; }

    /** Makes the page-number lines of a page (index 0-based). */
    interface PageLabeler {
        List<Line> pageNumberLines(int pageIndex);
    }

    /**
     * Groups a line draft's glyphs into runs of one face, size, colour and structure node; an
     * {@code artifact} line's runs belong to no node ({@link Layout.Structure#ARTIFACT}).
     */
    static Line toLine(Role role, LineDraft d, double x0, double baseline, int gridLine, boolean artifact) {
        List<GlyphRun> runs = new ArrayList<>();
        List<Glyph> gs = d.glyphs();
        int i = 0;
        while (i < gs.size()) {
            Glyph first = gs.get(i);
            int j = i + 1;
            while (j < gs.size() && gs.get(j).face() == first.face()
                    && gs.get(j).style().sizePt() == first.style().sizePt()
                    && gs.get(j).style().color().equals(first.style().color())
                    && (artifact || gs.get(j).node() == first.node())) j++;
            StringBuilder text = new StringBuilder();
            double[] xs = new double[j - i];
            for (int k = i; k < j; k++) {
                text.appendCodePoint(gs.get(k).codePoint());
                xs[k - i] = x0 + gs.get(k).x();
            }
            runs.add(new GlyphRun(first.face(), first.style().sizePt(), first.style().color(), text.toString(),
                    xs, gs.get(j - 1).advance(), artifact ? Layout.Structure.ARTIFACT : first.node()));
            i = j;
        }
        return new Line(role, baseline, gridLine, x0, x0 + d.measure(), runs, d.last(), d.wordBreak());
    }

    private static final class PageBuilder {
        final List<Line> lines = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        final List<Image> images = new ArrayList<>();
    }
}
