package org.gongwen.check;

import org.gongwen.check.DocxDocument.Footer;
import org.gongwen.check.DocxDocument.Para;
import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.Role;

import java.util.regex.Pattern;

/**
 * Page numbers "— N —" from a PAGE field in the footer, odd pages right and even pages left,
 * each one 字 in: in Word that takes 奇偶页不同 (evenAndOddHeaders) and two footers.
 */
final class PageNumberChecks implements DocxChecker.Check {
    static final Pattern FORM = Pattern.compile("^\\s*—\\s*\\S+\\s*—\\s*$");
    private static final double TOLERANCE_PT = 3;

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        PageNumberStyle want = house.pageNumber();
        if (want == null || doc.sections.isEmpty()) return;
        Section s = doc.sections.get(doc.sections.size() - 1);
        Footer odd = doc.footers.get(s.footerIds().get("default"));
        Footer even = doc.footers.get(s.footerIds().get("even"));
        if (odd == null || !odd.hasPageField()) {
            out.error("page-number-missing", "缺少页码：应在页脚插入页码域，格式为“— 1 —”", "页脚");
            return;
        }
        if (want.oddEvenDiffer()) {
            if (!doc.evenAndOddHeaders || even == null || !even.hasPageField()) {
                out.error("page-number-odd-even", "页码应单页居右、双页居左：请在页面设置中勾选“奇偶页不同”，并在偶数页页脚也插入页码", "页脚");
                footer(odd, "单页", Align.RIGHT, want, out);
                return;
            }
            footer(odd, "单页", Align.RIGHT, want, out);
            footer(even, "双页", Align.LEFT, want, out);
        } else {
            footer(odd, "", Align.CENTER, want, out);
        }
        if (s.titlePage()) {
            Footer first = doc.footers.get(s.footerIds().get("first"));
            if (first == null || !first.hasPageField()) {
                out.error("page-number-first-page", "首页也应有页码：请取消“首页不同”或在首页页脚插入页码", "页脚");
            }
        }
    }

    private static void footer(Footer f, String which, Align side, PageNumberStyle want, FindingList out) {
        Para p = f.paragraphs().stream().filter(x -> !x.isEmpty()).findFirst().orElse(null);
        String where = which + "页脚";
        if (p == null) return;
        if (!FORM.matcher(p.text()).matches()) {
            out.error("page-number-form", "页码应为“— 1 —”（数字两侧各一条一字线），此处为“" + p.text().strip() + "”", where);
        }
        if (p.align() != side) {
            out.error("page-number-position", which + "页码应" + ParagraphLayoutChecks.align(side) + "，此处为"
                    + ParagraphLayoutChecks.align(p.align()), where);
        } else if (side != Align.CENTER) {
            double in = side == Align.RIGHT ? p.rightPt() + Text.trailingSpaceZi(p.text()) * want.sizePt()
                    : p.leftPt() + p.firstLinePt() + Text.leadingSpaceZi(p.text()) * want.sizePt();
            if (Math.abs(in - want.sideIndentPt()) > TOLERANCE_PT) {
                out.error("page-number-position", which + "页码应" + (side == Align.RIGHT ? "右" : "左") + "空一字（"
                        + Sizes.points(want.sideIndentPt()) + "磅），此处为" + Sizes.points(Math.round(in * 10) / 10.0) + "磅", where);
            }
        }
        for (DocxDocument.Run r : p.runs()) {
            if (r.text().isBlank()) continue;
            if (Math.abs(r.sizePt() - want.sizePt()) > 0.26) {
                out.error("page-number-font", "页码应为" + Sizes.name(want.sizePt()) + "字，此处为" + Sizes.name(r.sizePt()), where);
                break;
            }
        }
    }
}
