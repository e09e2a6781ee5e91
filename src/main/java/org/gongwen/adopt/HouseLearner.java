package org.gongwen.adopt;

import org.gongwen.adopt.BureauDocument.Block;
import org.gongwen.adopt.BureauDocument.Para;
import org.gongwen.adopt.RoleFinder.Found;
import org.gongwen.check.Faces;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.style.Gbt9704Numbers;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.gongwen.style.Gbt9704Numbers.*;

/**
 * Learns each role's style from the paragraphs {@link RoleFinder} found: faces, size, bold, colour,
 * alignment, indents and spacing as Word shows them; blank lines typed before a paragraph become its
 * space before. A role the document lacks takes GB/T 9704's face, size and place, on the house's own
 * line spacing and 字 (so a heading 3 that never occurred still sits on the house's lines).
 */
final class HouseLearner {

    /**
     * The house learned.
     *
     * @param specs        every role's style
     * @param markBeforePt the space before the mark's paragraph in the letterhead as kept (blank lines folded in)
     * @param pageNumbers  the page-number footer's paragraph as learned (its face and size; the template keeps
     *                     the footers themselves, form and place), or null when the document has none
     * @param imprintRules the 版记's rules in eighths of a point (outer, inner), learned or GB/T 9704's
     */
    record House(Map<Role, Spec> specs, double markBeforePt, Spec pageNumbers, int[] imprintRules,
                 boolean imprintLearned, String ruleFrom) {}

    private final BureauDocument doc;
    private final Found found;
    private final Map<Para, Integer> numbers = new IdentityHashMap<>();
    /** One 字 of body text: the character grid's pitch, else the body size. */
    private double zi;

    HouseLearner(BureauDocument doc, Found found) {
        this.doc = doc;
        this.found = found;
        int n = 0;
        for (Block b : doc.blocks) {
            for (Para p : b.isTable() ? b.cells() : List.of(b.para())) if (!p.isEmpty()) numbers.put(p, ++n);
        }
    }

    House learn() {
        Map<Role, Spec> specs = new EnumMap<>(Role.class);
        Spec body = bodySpec();
        zi = doc.charPitchPt > 0 ? doc.charPitchPt : body.sizePt();
        specs.put(Role.BODY, body);
        double line = lineHeight(body);
        // ---- the head ----
        Spec title = learned(Role.TITLE);
        specs.put(Role.TITLE, title);
        double markBefore = 0;
        if (found.redHeader()) {
            Spec mark = learned(Role.ISSUER_MARK);
            markBefore = blanksBefore(0, doc.blocks.indexOf(found.mark())) + mark.beforePt();
            specs.put(Role.ISSUER_MARK, mark.withSpacing(markBefore, 0).withParagraph(mark.jc(), 0, 0, 0));
            specs.put(Role.DOC_NUMBER, docNumber(body, line));
            specs.put(Role.TITLE, title.withSpacing(titleAfterRule(specs.get(Role.DOC_NUMBER)), title.afterPt()));
        } else {
            specs.put(Role.ISSUER_MARK, standardMark());
            specs.put(Role.DOC_NUMBER, found.docNumber() != null ? learned(Role.DOC_NUMBER)
                    : body.withParagraph("center", 0, 0, 0).withSpacing(0, 0).fromStandard());
            int from = found.docNumber() != null ? doc.blockOf(found.docNumber()) + 1 : 0;
            specs.put(Role.TITLE, title.withSpacing(blanksBefore(from, found.titleFrom()) + title.beforePt(), title.afterPt()));
        }
        List<Para> titles = found.examples().get(Role.TITLE);
        specs.put(Role.TITLE, specs.get(Role.TITLE).withSpacing(specs.get(Role.TITLE).beforePt(), titles.get(titles.size() - 1).afterPt()));
        specs.put(Role.RECIPIENTS, withBlanks(Role.RECIPIENTS,
                body.withParagraph("left", 0, 0, 0).withSpacing(line, 0).fromStandard()));
        // ---- headings: their own look; a run-in heading's label run gives the face ----
        String[] faces = {HEADING1_FACE, HEADING2_FACE, BODY_FACE, BODY_FACE};
        for (int level = 1; level <= 4; level++) {
            Role h = Role.heading(level);
            Spec s;
            if (found.first(h) == null) {
                s = inFace(body, faces[level - 1]).withFlow(true, false, level - 1).fromStandard();
            } else {
                Para p = found.first(h);
                s = learned(h);
                if (Boolean.TRUE.equals(found.lead().get(h))) {
                    s = s.withLook(p.lead().eastAsia(), p.lead().sizePt(), p.lead().bold(), p.lead().color())
                            .withFaces(p.lead().eastAsia(), p.lead().latin());
                }
                s = s.withFlow(s.keepNext(), s.pageBreakBefore(), level - 1);
            }
            specs.put(h, s);
        }
        // ---- the tail ----
        specs.put(Role.ATTACHMENTS, withBlanks(Role.ATTACHMENTS,
                body.withParagraph("left", -4 * zi, 6 * zi, 0).withSpacing(line, 0).fromStandard()));
        // the signature's and date's right spaces are §7.3.5.2's, set per document from their lengths
        // (compose.Signature): the document's own are that rule's answer for its names and date, not the house's
        specs.put(Role.SIGNATURE, withBlanks(Role.SIGNATURE,
                body.withParagraph("right", 0, 0, 2 * zi).withSpacing(line, 0).withFlow(true, false, null).fromStandard())
                .withParagraph("right", 0, 0, 2 * zi));
        specs.put(Role.DATE, withBlanks(Role.DATE, body.withParagraph("right", 0, 0, 2 * zi).withSpacing(0, 0).fromStandard())
                .withParagraph("right", 0, 0, 2 * zi));
        specs.put(Role.NOTE, withBlanks(Role.NOTE, body.withSpacing(0, 0).fromStandard()));
        specs.put(Role.APPENDIX_LABEL, orStandard(Role.APPENDIX_LABEL, inFace(body, HEADING1_FACE).withParagraph("left", 0, 0, 0).withSpacing(0, 0)
                .withFlow(true, true, null).fromStandard()));
        specs.put(Role.APPENDIX_TITLE, orStandard(Role.APPENDIX_TITLE, specs.get(Role.TITLE).withSpacing(line, line)
                .withFlow(true, false, null).fromStandard()));
        specs.put(Role.CHAPTER, orStandard(Role.CHAPTER, inFace(body, HEADING1_FACE).withParagraph("center", 0, 0, 0)
                .withSpacing(0, 0).fromStandard()));
        specs.put(Role.ARTICLE, orStandard(Role.ARTICLE, body.fromStandard()));
        specs.put(Role.TABLE, orStandard(Role.TABLE, body.withLook(body.eastAsia(), SMALL_PT, false, "000000")
                .withParagraph("center", 0, 0, 0).withSpacing(0, 0).withLine(LineRule.AUTO, 1).fromStandard()));
        Spec small = body.withLook(body.eastAsia(), SMALL_PT, false, "000000").withParagraph("both", 0, SMALL_PT, SMALL_PT)
                .withSpacing(0, 0).fromStandard();
        specs.put(Role.COPY_TO, orStandard(Role.COPY_TO, small));
        specs.put(Role.PRINTED_BY, orStandard(Role.PRINTED_BY, small));
        Spec pn = pageNumbers();
        specs.put(Role.PAGE_NUMBER, pn != null ? pn : new Spec(PAGE_NUMBER_FACE, PAGE_NUMBER_FACE, SMALL_PT, false, "000000",
                "right", 0, 0, SMALL_PT, 0, 0, LineRule.EXACT, SMALL_PT, false, false, null, null, false, null));
        int[] rules = imprintRules();
        return new House(specs, markBefore, pn, rules, rules != null, ruleFrom());
    }

    /**
     * The body's paragraph in another face, not bold, black. A house that names its Chinese face in the
     * Latin slots too (as WPS writes 仿宋 for digits) gets the new face there as well.
     */
    private Spec inFace(Spec body, String standardFace) {
        String face = houseSpelling(standardFace);
        boolean chineseLatin = Faces.of(body.latin()) != Faces.OTHER;
        return body.withLook(face, body.sizePt(), false, "000000").withFaces(face, chineseLatin ? face : body.latin());
    }

    /**
     * GB/T 9704's face as the house spells it, when the document uses that family anywhere (a WPS
     * house's 仿宋 or 楷体 for 仿宋_GB2312 or 楷体_GB2312), so a role it lacks matches the rest.
     */
    private String houseSpelling(String standardFace) {
        for (List<Para> paras : found.examples().values()) {
            for (Para p : paras) {
                for (String f : new String[]{p.look().eastAsia(), p.lead().eastAsia()}) {
                    if (f != null && Faces.of(f) != Faces.OTHER && Faces.of(f) == Faces.of(standardFace)) return f;
                }
            }
        }
        return standardFace;
    }

    // ---- the body ----

    /** The most common look and paragraph of body text (a clerk's stray paragraph does not make the house). */
    private Spec bodySpec() {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        Map<List<Object>, Para> firsts = new LinkedHashMap<>();
        for (Para p : found.examples().get(Role.BODY)) {
            List<Object> key = List.of(Objects.toString(p.look().eastAsia()), p.look().sizePt(), p.look().bold(), Objects.toString(p.props().jc()),
                    Math.round(p.firstLinePt()), p.lineRule(), Math.round(p.lineSpacing() * 100));
            counts.merge(key, p.text().length(), Integer::sum);
            firsts.putIfAbsent(key, p);
        }
        List<Object> best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return spec(firsts.get(best)).withSpacing(firsts.get(best).beforePt(), firsts.get(best).afterPt());
    }

    /** The role's first example as it is, with its own spacing. */
    private Spec learned(Role r) {
        return spec(found.first(r));
    }

    private Spec orStandard(Role r, Spec standard) {
        return found.first(r) == null ? standard : learned(r);
    }

    /** The role's first example with the blank lines typed before it as space before; the standard's spec when there is none. */
    private Spec withBlanks(Role r, Spec standard) {
        if (found.first(r) == null) return standard;
        Spec s = learned(r);
        int block = found.firstBlock().get(r);
        return s.withSpacing(blanksBefore(0, block) + s.beforePt(), s.afterPt());
    }

    private Spec spec(Para p) {
        String from = p.inTable() ? "表格中“" + p.quote() + "”" : "第" + numbers.getOrDefault(p, 0) + "段“" + p.quote() + "”";
        return new Spec(p.look().eastAsia(), p.look().latin(), p.look().sizePt(), p.look().bold(), p.look().color(),
                p.props().jc() == null ? "left" : p.props().jc(), p.firstLinePt(), p.leftPt(), p.rightPt(),
                p.beforePt(), p.afterPt(), p.lineRule(), p.lineSpacing(), p.props().keepNext(), p.props().pageBreakBefore(),
                null, null, true, from);
    }

    double lineHeight(Spec s) {
        return doc.lineHeight(s.sizePt(), s.lineRule(), s.lineSpacing());
    }

    /**
     * The height of the empty blocks right before block {@code to} (back to {@code from} at most): blank
     * lines a clerk typed for space.
     */
    private double blanksBefore(int from, int to) {
        double h = 0;
        for (int k = to - 1; k >= from && k >= 0; k--) {
            Block b = doc.blocks.get(k);
            if (!b.isEmpty() || b.isTable()) break;
            h += doc.blankHeight(b.para());
        }
        return h;
    }

    // ---- the red header ----

    /**
     * The 发文字号 with the red rule as its bottom border, wherever the document has the rule: its own
     * border, a line drawn in it, or a blank paragraph under it carrying a border or a drawn line. The
     * border's distance from the text is where the rule lies below the 发文字号 (at most Word's 31 pt).
     */
    private Spec docNumber(Spec body, double line) {
        Para dn = found.docNumber();
        if (dn == null) {
            return inFace(body, BODY_FACE).withParagraph("center", 0, 0, 0).withSpacing(2 * line, 0).fromStandard()
                    .withBorder(ruleOf(null, 0));
        }
        int dnIndex = doc.blockOf(dn);
        double gapAbove = blanksBefore(doc.blocks.indexOf(found.mark()) + 1, dnIndex) + dn.beforePt();
        List<Para> marks = found.examples().get(Role.ISSUER_MARK);
        if (!found.mark().isTable()) gapAbove += marks.get(marks.size() - 1).afterPt();
        Spec s = spec(dn).withSpacing(gapAbove, dn.afterPt());
        return s.withBorder(ruleOf(dn, doc.lineHeight(dn)));
    }

    /** The red rule as a bottom border of the 发文字号: from its own border, a drawn line, or a ruled blank paragraph under it. */
    private ParaProps.Border ruleOf(Para dn, double dnLine) {
        Para rule = found.rule();
        double standardSpace = Gbt9704Numbers.pt(SEPARATOR_BELOW_DOC_NUMBER_MM);
        if (rule == null) return new ParaProps.Border(RED, SEPARATOR_PT, Math.round(standardSpace));
        if (dn == null) {
            // a rule under the mark with no 发文字号 above it: its look, GB/T 9704's place under the (empty) 发文字号
            ParaProps.Border b = rule.props().border("bottom") != null ? rule.props().border("bottom") : rule.props().border("top");
            return b != null ? new ParaProps.Border(b.color(), b.widthPt(), Math.round(standardSpace))
                    : new ParaProps.Border(rule.drawn().color(), rule.drawn().widthPt(), Math.round(standardSpace));
        }
        if (rule == dn && dn.props().border("bottom") != null) return dn.props().border("bottom");
        double below; // from the 发文字号's line bottom to the rule's centre
        double width;
        String color;
        if (rule == dn) {
            BureauDocument.DrawnLine d = dn.drawn();
            below = d.offsetPt() - dnLine;
            width = d.widthPt();
            color = d.color();
        } else {
            double gap = dn.afterPt() + blanksBefore(doc.blockOf(dn) + 1, doc.blockOf(rule)) + rule.beforePt();
            ParaProps.Border b = rule.props().border("bottom"), top = rule.props().border("top");
            if (rule.drawn() != null) {
                below = gap + rule.drawn().offsetPt();
                width = rule.drawn().widthPt();
                color = rule.drawn().color();
            } else if (top != null) {
                below = gap + top.spacePt();
                width = top.widthPt();
                color = top.color();
            } else {
                below = gap + doc.lineHeight(rule) + b.spacePt();
                width = b.widthPt();
                color = b.color();
            }
        }
        double space = Math.max(0, Math.min(31, Math.round(below - width / 2)));
        return new ParaProps.Border(color, width, space);
    }

    /** Where the red rule was learned from, for the report; null without a red header. */
    private String ruleFrom() {
        if (!found.redHeader()) return null;
        Para rule = found.rule();
        if (rule == null) return "文档中没有，按 GB/T 9704";
        String where = rule.isEmpty() ? "发文字号下的空段" : "“" + rule.quote() + "”";
        return rule.drawn() != null ? "学自" + where + "中的画线（模板中改为发文字号的段落下边框，位置不变）"
                : "学自" + where + "的段落边框";
    }

    /**
     * The title's space before under a red header: from the rule (the 发文字号's border) to the title's
     * line, what the document has there (blank lines, spacing) less what the border itself takes.
     */
    private double titleAfterRule(Spec docNumber) {
        Para dn = found.docNumber();
        Para title = found.first(Role.TITLE);
        double borderTakes = docNumber.border().spacePt() + docNumber.border().widthPt();
        if (dn == null) return Math.max(0, blanksBefore(found.headEnd(), found.titleFrom()) + title.beforePt());
        double below = dn.afterPt() + blanksBefore(doc.blockOf(dn) + 1, found.titleFrom()) + title.beforePt();
        // a ruled blank paragraph is among those blanks; a border of the 发文字号's own is not
        boolean ownBorder = found.rule() == dn && dn.props().border("bottom") != null;
        if (found.rule() != null && found.rule() != dn && found.rule().isEmpty()) {
            Para r = found.rule();
            ParaProps.Border b = r.props().border("bottom"), t = r.props().border("top");
            if (b != null) below += b.spacePt() + b.widthPt();
            if (t != null) below += t.spacePt() + t.widthPt();
        }
        return Math.max(0, ownBorder ? below : below - borderTakes);
    }

    private static Spec standardMark() {
        double markTop = Gbt9704Numbers.pt(ISSUER_MARK_TOP_MM) + LineBox.emTopAboveExactBoxPt(ISSUER_MARK_PT);
        return new Spec(TITLE_FACE, LATIN_FACE, ISSUER_MARK_PT, false, RED, "center", 0, 0, 0, markTop, 0,
                LineRule.EXACT, ISSUER_MARK_PT, false, false, null, null, false, null);
    }

    // ---- page numbers and the 版记 ----

    /**
     * The default footer's page-number paragraph and run, for the page-number role's style. Its form
     * and place (the text around PAGE, odd and even sides) stay in the footers the template keeps,
     * and HouseStyleReader reads them back from there.
     */
    private Spec pageNumbers() {
        if (doc.section == null) return null;
        Element odd = pageParagraph(doc.section.footerIds().get("default"));
        if (odd == null) return null;
        Para p = doc.paragraph(odd, false);
        Spec s = spec(p);
        return new Spec(s.eastAsia(), s.latin(), s.sizePt(), s.bold(), s.color(), s.jc(), 0, s.leftPt(), s.rightPt(),
                0, 0, s.lineRule(), s.lineSpacing(), false, false, null, null, true, "页脚“" + p.text().strip() + "”");
    }

    private Element pageParagraph(String rId) {
        if (rId == null) return null;
        Document footer = doc.word.related(rId);
        if (footer == null) return null;
        for (Element para : Ooxml.descendants(footer, "p")) if (Ooxml.hasPageField(para)) return para;
        return null;
    }

    /**
     * The 版记 table's rules (top, insideH) in eighths of a point; null when the document has no 版记 table
     * or its table sets no borders of its own (a table style's are not read).
     */
    private int[] imprintRules() {
        if (found.imprint() == null) return null;
        Element borders = Ooxml.child(Ooxml.child(found.imprint().table(), "tblPr"), "tblBorders");
        if (borders == null) return null;
        return new int[]{eighths(Ooxml.child(borders, "top"), THICK_RULE_MM), eighths(Ooxml.child(borders, "insideH"), THIN_RULE_MM)};
    }

    private static int eighths(Element border, double standardMm) {
        Double sz = border == null || "nil".equals(Ooxml.attr(border, "val")) || "none".equals(Ooxml.attr(border, "val"))
                ? null : Ooxml.number(border, "sz");
        return sz != null ? sz.intValue() : (int) Math.round(Gbt9704Numbers.pt(standardMm) * 8);
    }
}
