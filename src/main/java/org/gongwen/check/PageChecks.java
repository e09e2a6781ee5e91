package org.gongwen.check;

import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Paper, margins and the grid (lines per page, characters per line) of every section. */
final class PageChecks implements DocxChecker.Check {
    /** GB/T 9704 allows ±1 mm on the margins; paper sizes are compared to the same. */
    static final double TOLERANCE_PT = Sizes.mmToPt(1);

    @Override
    public void run(DocxDocument doc, org.gongwen.style.Role[] roles, HouseStyle house, FindingList out) {
        // sections alike but for their header and footer distances, which no rule here reads, are checked once
        Map<List<Object>, Section> byPage = new LinkedHashMap<>();
        for (Section s : doc.sections) {
            byPage.putIfAbsent(List.of(s.widthPt(), s.heightPt(), s.topPt(), s.bottomPt(), s.leftPt(), s.rightPt(), s.gridType(),
                    s.linePitchPt(), s.charSpace(), s.footerIds(), s.titlePage()), s);
        }
        Collection<Section> distinct = byPage.values();
        int n = 0;
        for (Section s : distinct) {
            String where = distinct.size() == 1 ? "页面设置" : "第" + (++n) + "节页面设置";
            check(s, doc, roles, house, where, out);
        }
    }

    private void check(Section s, DocxDocument doc, Role[] roles, HouseStyle house, String where, FindingList out) {
        PageSetup want = house.page();
        if (off(s.widthPt(), want.widthPt()) || off(s.heightPt(), want.heightPt())) {
            out.error("paper-size", "纸张应为" + paper(want.widthPt(), want.heightPt()) + "，此处为"
                    + paper(s.widthPt(), s.heightPt()), where);
        }
        margin(out, where, "上边距（天头）", s.topPt(), want.topPt());
        margin(out, where, "下边距", s.bottomPt(), want.bottomPt());
        margin(out, where, "左边距（订口）", s.leftPt(), want.leftPt());
        margin(out, where, "右边距", s.rightPt(), want.rightPt());

        double height = s.heightPt() - s.topPt() - s.bottomPt();
        double width = s.widthPt() - s.leftPt() - s.rightPt();
        double pitch = Grid.bodyPitch(doc, roles, s);
        int lines = (int) Math.floor((height + 0.5) / pitch);
        if (lines != want.linesPerPage()) {
            out.error("grid-lines", "每页应排" + want.linesPerPage() + "行，按此处的页边距和行距（每行" + Sizes.points(pitch)
                    + "磅）每页排" + lines + "行；请在页面设置的文档网格中设为每页" + want.linesPerPage() + "行", where);
        }
        double charPitch = Grid.charPitch(doc, roles, s);
        int chars = (int) Math.floor((width + 0.5) / charPitch);
        if (chars != want.charsPerLine()) {
            out.error("grid-chars", "每行应排" + want.charsPerLine() + "字，此处每行排" + chars
                    + "字；请在页面设置的文档网格中设为每行" + want.charsPerLine() + "字", where);
        }
    }

    private static void margin(FindingList out, String where, String what, double found, double want) {
        if (off(found, want)) {
            out.error("page-margins", what + "应为" + Sizes.mm(want) + "毫米，此处为" + Sizes.mm(found) + "毫米", where);
        }
    }

    private static boolean off(double found, double want) {
        return Math.abs(found - want) > TOLERANCE_PT;
    }

    private static String paper(double w, double h) {
        if (Math.abs(w - 595.3) < 3 && Math.abs(h - 841.9) < 3) return "A4（210×297毫米）";
        if (Math.abs(w - 612) < 3 && Math.abs(h - 792) < 3) return "Letter（216×279毫米）";
        return Sizes.mm(w) + "×" + Sizes.mm(h) + "毫米";
    }
}
