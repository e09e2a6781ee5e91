package org.gongwen.check;

import org.gongwen.check.DocxDocument.Footer;
import org.gongwen.check.DocxDocument.Para;
import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

/**
 * Page numbers from a PAGE field in the footer, in the house's form and place (GB/T 9704: "— N —",
 * odd pages right and even pages left, each one 字 in: in Word that takes 奇偶页不同, evenAndOddHeaders,
 * and two footers). A house without page numbers asks for none.
 */
final class PageNumberChecks implements DocxChecker.Check {
    private static final double TOLERANCE_PT = 3;

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        PageNumberStyle want = house.pageNumber();
        if (want == null || doc.sections.isEmpty()) return;
        Section s = doc.sections.get(doc.sections.size() - 1);
        Footer odd = doc.footers.get(s.footerIds().get("default"));
        Footer even = doc.footers.get(s.footerIds().get("even"));
        if (odd == null || !odd.hasPageField()) {
            out.error("page-number-missing", "缺少页码：应在页脚插入页码域，格式为“" + want.text(1) + "”", "页脚");
            return;
        }
        if (want.oddEvenDiffer()) {
            if (!doc.evenAndOddHeaders || even == null || !even.hasPageField()) {
                out.error("page-number-odd-even", "页码应单页" + place(want.oddAlign()) + "、双页" + place(want.evenAlign())
                        + "：请在页面设置中勾选“奇偶页不同”，并在偶数页页脚也插入页码", "页脚");
                footer(odd, "单页", want.oddAlign(), want, out);
                return;
            }
            footer(odd, "单页", want.oddAlign(), want, out);
            footer(even, "双页", want.evenAlign(), want, out);
        } else {
            footer(odd, "", want.oddAlign(), want, out);
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
        if (!hasForm(p.text(), want)) {
            out.error("page-number-form", "页码应为“" + want.text(1) + "”" + explained(want) + "，此处为“" + p.text().strip() + "”", where);
        }
        if (p.align() != side) {
            out.error("page-number-position", which + "页码应" + ParagraphLayoutChecks.align(side) + "，此处为"
                    + ParagraphLayoutChecks.align(p.align()), where);
        } else if (side != Align.CENTER) {
            double in = side == Align.RIGHT ? p.rightPt() + Text.trailingSpaceZi(p.text()) * want.sizePt()
                    : p.leftPt() + p.firstLinePt() + Text.leadingSpaceZi(p.text()) * want.sizePt();
            if (Math.abs(in - want.sideIndentPt()) > TOLERANCE_PT) {
                out.error("page-number-position", which + "页码应" + (side == Align.RIGHT ? "右" : "左") + "空" + indent(want) + "（"
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

    /** Spaces aside, the house's text before and after a number (a DOCX shows the field's last result, whatever it is). */
    private static boolean hasForm(String text, PageNumberStyle want) {
        String t = noSpaces(text), before = noSpaces(want.before()), after = noSpaces(want.after());
        return t.length() > before.length() + after.length() && t.startsWith(before) && t.endsWith(after);
    }

    static String noSpaces(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]", "");
    }

    /** What GB/T 9704's form is, for a clerk who typed a hyphen; nothing for a house's own form. */
    static String explained(PageNumberStyle want) {
        return want.before().strip().equals("—") && want.after().strip().equals("—") ? "（数字两侧各一条一字线）" : "";
    }

    /** The side indent in 字 of the page number's size: "一字" for GB/T's. */
    static String indent(PageNumberStyle want) {
        double zi = Math.round(want.sideIndentPt() / want.sizePt() * 10) / 10.0;
        return (zi == 1 ? "一" : Sizes.points(zi)) + "字";
    }

    static String place(Align a) {
        return switch (a) {
            case RIGHT -> "居右";
            case CENTER -> "居中";
            default -> "居左";
        };
    }
}
