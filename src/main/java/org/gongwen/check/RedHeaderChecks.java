package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.ooxml.ParaProps.Border;
import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import static org.gongwen.style.Gbt9704Numbers.THICK_RULE_MM;
import static org.gongwen.style.Gbt9704Numbers.THIN_RULE_MM;

/**
 * For a red-header template: the 发文机关标志 centred and red, the 发文字号 centred, the red
 * separator under it; and the 版记 ruled top and bottom with a thick rule.
 */
final class RedHeaderChecks implements DocxChecker.Check {
    /** GB/T 9704: the first and last 版记 rules are 0.35 mm, the middle ones 0.25 mm; from halfway (0.3 mm) a rule counts as thick. */
    private static final double THICK_PT = Sizes.mmToPt((THICK_RULE_MM + THIN_RULE_MM) / 2);

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        if (house.redHeader() != null) head(doc, roles, house, out);
        tail(doc, roles, out);
    }

    private void head(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        int mark = indexOf(roles, Role.ISSUER_MARK), number = indexOf(roles, Role.DOC_NUMBER);
        if (mark < 0) mark = markInTable(doc, roles, house);
        if (mark < 0) {
            out.error("issuer-mark-missing", "红头文件应有发文机关标志（红色、居中，位于版心上方）", "版头");
            return;
        }
        Para m = doc.paragraphs.get(mark);
        // a house that spreads joint issuers' names over one width (w:jc="distribute") reads as justified
        boolean spread = house.redHeader().markDistributed() && m.align() == Align.BOTH;
        if (m.align() != Align.CENTER && !spread) out.error("issuer-mark-align", "发文机关标志应居中", m.where());
        double top = topOf(doc, mark), want = house.redHeader().markTopBelowTypeAreaPt();
        if (Math.abs(top - want) > Sizes.mmToPt(1)) {
            // the space before places the mark's box; its top edge sits a little higher in an exact box
            double edge = want - LineBox.emTopAboveExactBoxPt(house.role(Role.ISSUER_MARK).sizePt());
            out.error("issuer-mark-position", "发文机关标志上边缘应在版心上边缘之下" + Sizes.mm(edge) + "毫米（段前距"
                    + Sizes.mm(want) + "毫米），此处段前距约为" + Sizes.mm(top) + "毫米", m.where());
        }
        if (number < 0) number = emptyDocNumber(doc, house);
        if (number < 0) {
            out.error("doc-number-missing", "红头文件应在发文机关标志下空二行居中排发文字号", "版头");
            return;
        }
        Para n = doc.paragraphs.get(number);
        if (n.isEmpty()) out.warning("doc-number-missing", "发文字号为空：请填写发文字号，如“钟卫健发〔2025〕12号”", "版头");
        if (n.align() != Align.CENTER && !n.text().contains("签发人")) {
            out.error("doc-number-align", "发文字号应居中（上行文左空一字，与签发人同行）", n.where());
        }
        String red = house.redHeader().color();
        boolean separator = false;
        int title = indexOf(roles, Role.TITLE);
        for (int i = number; i < (title < 0 ? Math.min(roles.length, number + 4) : title); i++) {
            Para p = doc.paragraphs.get(i);
            if (isRed(p.bottomBorder(), red) || i > number && isRed(p.topBorder(), red) || p.hasGraphic()) separator = true;
        }
        if (!separator) {
            out.error("red-separator-missing", "发文字号下4毫米处应有一条与版心等宽的红色分隔线", n.where());
        } else if (isRed(n.bottomBorder(), red)
                && Math.abs(n.bottomBorder().spacePt() - house.redHeader().separatorBelowDocNumberPt()) > Sizes.mmToPt(1)) {
            out.error("red-separator-position", "红色分隔线应在发文字号之下" + Sizes.mm(house.redHeader().separatorBelowDocNumberPt())
                    + "毫米，此处为" + Sizes.mm(n.bottomBorder().spacePt()) + "毫米（段落下框线的距正文间距）", n.where());
        }
    }

    private void tail(DocxDocument doc, Role[] roles, FindingList out) {
        int first = -1, last = -1;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.COPY_TO || roles[i] == Role.PRINTED_BY) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return;
        Para f = doc.paragraphs.get(first), l = doc.paragraphs.get(last);
        rule(f.topBorder(), "首条分隔线（“" + roles[first].chineseName() + "”上方的段落上框线）", f, out);
        rule(l.bottomBorder(), "末条分隔线（“" + roles[last].chineseName() + "”下方的段落下框线）", l, out);
    }

    /** GB/T 9704: the first and last 版记 rules are thick (0.35 mm), as wide as the type area. */
    private static void rule(Border b, String which, Para p, FindingList out) {
        if (b == null) {
            out.error("banji-rules", "版记缺少" + which + "：应为" + Sizes.points(THICK_RULE_MM) + "毫米粗线，与版心等宽", p.where());
        } else if (b.widthPt() < THICK_PT) {
            out.error("banji-rules", "版记" + which + "应为" + Sizes.points(THICK_RULE_MM) + "毫米粗线，此处为" + Sizes.points(b.widthPt() * 25.4 / 72) + "毫米细线",
                    p.where());
        }
    }

    /**
     * Where a paragraph's first line starts below the top of the type area: the lines and spacing
     * of the paragraphs above it (on the first page) plus its own space before.
     */
    private static double topOf(DocxDocument doc, int index) {
        Section s = doc.sections.isEmpty() ? null : doc.sections.get(doc.sections.size() - 1);
        double y = 0;
        for (int i = 0; i < index; i++) {
            Para p = doc.paragraphs.get(i);
            if (p.inTable()) continue;
            double pitch = s == null ? p.sizePt() * Grid.NATURAL_LINE : Grid.pitch(p, s);
            y += p.spaceBeforePt() + pitch * Math.max(1, p.lines().size()) + p.spaceAfterPt();
        }
        return y + doc.paragraphs.get(index).spaceBeforePt();
    }

    /**
     * A joint mark set as a table (issuers' names in the first column, "文件" beside them): its first
     * paragraph in the mark style, in a table at the head of the document (before any paragraph with a role).
     */
    private static int markInTable(DocxDocument doc, Role[] roles, HouseStyle house) {
        String id = house.role(Role.ISSUER_MARK).styleId();
        for (Para p : doc.paragraphs) {
            if (roles[p.index()] != null) return -1;
            if (p.inTable() && !p.isEmpty() && id.equals(p.styleId())) return p.index();
        }
        return -1;
    }

    /** The template's 发文字号 paragraph left empty (it still carries the red separator). */
    private static int emptyDocNumber(DocxDocument doc, HouseStyle house) {
        String id = house.role(Role.DOC_NUMBER).styleId();
        for (Para p : doc.paragraphs) if (p.isEmpty() && p.styleId() != null && p.styleId().equals(id)) return p.index();
        return -1;
    }

    private static boolean isRed(Border b, String red) {
        return b != null && b.color().equalsIgnoreCase(red);
    }

    private static int indexOf(Role[] roles, Role r) {
        for (int i = 0; i < roles.length; i++) if (roles[i] == r) return i;
        return -1;
    }
}
