package org.gongwen.style;

import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.ooxml.RunProps;
import org.gongwen.ooxml.Section;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.model.Fault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.children;
import static org.gongwen.ooxml.Ooxml.descendants;

/**
 * Reads a {@link HouseStyle} from a house template: the last section's page set-up and document
 * grid, and for every {@link Role} its paragraph style as {@link Styles} resolves it (w:basedOn down
 * to w:docDefaults, theme fonts). Indents in characters (w:firstLineChars …) are converted with the
 * grid's character pitch when the grid is {@code linesAndChars}, else with the role's font size, as
 * Word does.
 */
public final class HouseStyleReader {

    /** The style each role takes: w:styleId first, then the display name (as Word localises ids). */
    public static final Map<Role, String[]> CONTRACT = contract();

    private static Map<Role, String[]> contract() {
        Map<Role, String[]> m = new EnumMap<>(Role.class);
        m.put(Role.TITLE, new String[]{"GwTitle", "公文标题"});
        m.put(Role.RECIPIENTS, new String[]{"GwRecipients", "主送机关"});
        m.put(Role.HEADING1, new String[]{"Heading1", "heading 1"});
        m.put(Role.HEADING2, new String[]{"Heading2", "heading 2"});
        m.put(Role.HEADING3, new String[]{"Heading3", "heading 3"});
        m.put(Role.HEADING4, new String[]{"Heading4", "heading 4"});
        m.put(Role.BODY, new String[]{"GwBody", "公文正文"});
        m.put(Role.ATTACHMENTS, new String[]{"GwAttachments", "附件说明"});
        m.put(Role.SIGNATURE, new String[]{"GwSignature", "发文机关署名"});
        m.put(Role.DATE, new String[]{"GwDate", "成文日期"});
        m.put(Role.NOTE, new String[]{"GwNote", "附注"});
        m.put(Role.APPENDIX_LABEL, new String[]{"GwAppendixLabel", "附件标签"});
        m.put(Role.APPENDIX_TITLE, new String[]{"GwAppendixTitle", "附件标题"});
        m.put(Role.CHAPTER, new String[]{"GwChapter", "章标题"});
        m.put(Role.ARTICLE, new String[]{"GwArticle", "条"});
        m.put(Role.TABLE, new String[]{"GwTable", "表格文字"});
        m.put(Role.ISSUER_MARK, new String[]{"GwIssuerMark", "发文机关标志"});
        m.put(Role.DOC_NUMBER, new String[]{"GwDocNumber", "发文字号"});
        m.put(Role.COPY_TO, new String[]{"GwCopyTo", "抄送"});
        m.put(Role.PRINTED_BY, new String[]{"GwPrintedBy", "印发"});
        m.put(Role.PAGE_NUMBER, new String[]{"GwPageNumber", "页码"});
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Word's largest paper side: 22 inches. */
    private static final double MAX_PAPER_PT = 1584;

    private final String templateId;
    private final WordPackage word;
    private final Styles styles;
    private final Element sectPr;
    private final Section section;
    private HouseStyle.PageSetup page;

    private HouseStyleReader(String templateId, WordPackage word) {
        this.templateId = templateId;
        this.word = word;
        if (word.documentPart() == null) throw invalid("缺少 word/document.xml", "lacks word/document.xml");
        if (word.partName(WordPackage.STYLES) == null) throw invalid("缺少 word/styles.xml", "lacks word/styles.xml");
        styles = word.styles();
        List<Element> sections = word.sectionElements();
        if (sections.isEmpty()) throw invalid("没有页面设置（w:sectPr）", "has no section properties (w:sectPr)");
        sectPr = sections.get(sections.size() - 1);
        section = Section.of(sectPr);
    }

    /** Reads the house style of a template package; BadInputException {@code template-invalid} when a style is missing. */
    public static HouseStyle read(String templateId, DocxPackage pkg) {
        return read(templateId, new WordPackage(pkg));
    }

    /** Reads the house style of a template already open as a word-processing document; see {@link #read(String, DocxPackage)}. */
    public static HouseStyle read(String templateId, WordPackage word) {
        try {
            return new HouseStyleReader(templateId, word).read();
        } catch (WordPackage.UnreadablePart e) {
            throw invalid(templateId, e.part() + " 无法解析", e.part() + " is not well-formed XML");
        }
    }

    /** The style id that {@code role} takes in a template's styles (by id, else by name), or null when the template lacks it. */
    public static String styleIdOf(Role role, Styles styles) {
        String[] names = CONTRACT.get(role);
        return styles.find(names[0], names[1]);
    }

    private HouseStyle read() {
        page = readPage();
        Map<Role, HouseStyle.RoleStyle> roles = new EnumMap<>(Role.class);
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            String id = styleIdOf(role, styles);
            if (id == null) {
                missing.add(CONTRACT.get(role)[1]);
                continue;
            }
            roles.put(role, roleStyle(id));
        }
        if (!missing.isEmpty()) {
            throw invalid("缺少样式：" + String.join("、", missing), "lacks the styles " + String.join(", ", missing));
        }
        return new HouseStyle(templateId, page, roles, readPageNumber(roles.get(Role.PAGE_NUMBER)), readRedHeader(roles));
    }

    // ---- page ----

    private HouseStyle.PageSetup readPage() {
        Element grid = child(sectPr, "docGrid");
        if (child(sectPr, "pgSz") == null || child(sectPr, "pgMar") == null) throw invalid("没有纸张大小或页边距", "has no page size or margins");
        Section s = section;
        double w = s.widthPt(), h = s.heightPt(), top = s.topPt(), bottom = s.bottomPt(), left = s.leftPt(), right = s.rightPt();
        double typeW = s.typeAreaWidthPt(), typeH = s.typeAreaHeightPt();
        if (w > MAX_PAPER_PT || h > MAX_PAPER_PT) {
            throw invalid("纸张大小为 " + w + "×" + h + " 磅，超过 Word 的上限 " + MAX_PAPER_PT + " 磅（22 英寸）",
                    "has a paper size of " + w + " x " + h + " pt, over Word's limit of " + MAX_PAPER_PT + " pt (22 in)");
        }
        if (typeW <= 0 || typeH <= 0) {
            throw invalid("纸张大小和页边距留不出版心（纸张" + w + "×" + h + "磅，页边距上" + top + "、下" + bottom + "、左" + left
                    + "、右" + right + "磅）", "leaves no type area (paper " + w + " x " + h + " pt, margins " + top + ", "
                    + bottom + ", " + left + ", " + right + " pt)");
        }
        double fontPt = styles.run(styles.defaultParagraphStyleId(), null).sizePt();
        // a w:linePitch that is there but 0 is refused below, not taken for a missing one
        double linePitch = attr(grid, "linePitch") != null ? s.linePitchPt() : fontPt * 1.2;
        double charPitch = s.hasCharGrid() ? fontPt + s.charSpace() / 4096.0 : fontPt;
        // A hair of tolerance: Word fits 28 characters of 15.794 pt into 442.25 pt.
        int lines = (int) Math.floor(typeH / linePitch + 1e-6);
        int chars = (int) Math.floor(typeW / charPitch + 1e-6);
        if (linePitch < 1 || lines < 1) {
            throw invalid("文档网格的行距（w:docGrid 的 w:linePitch）为 " + linePitch + " 磅，应至少 1 磅且不超过版心高 " + typeH
                    + " 磅；请在页面设置的文档网格中重新指定每页行数",
                    "has a document grid line pitch (w:docGrid w:linePitch) of " + linePitch + " pt; it must be 1 pt to the type area's "
                            + typeH + " pt");
        }
        if (charPitch < 1 || chars < 1) {
            throw invalid("文档网格的字距（正文字号加 w:charSpace/4096）为 " + charPitch + " 磅，应至少 1 磅且不超过版心宽 " + typeW
                    + " 磅；请在页面设置的文档网格中重新指定每行字数",
                    "has a document grid character pitch (font size + w:charSpace/4096) of " + charPitch
                            + " pt; it must be 1 pt to the type area's " + typeW + " pt");
        }
        return new HouseStyle.PageSetup(w, h, top, bottom, left, right, s.headerPt(), s.footerPt(), linePitch, charPitch, lines, chars);
    }

    // ---- styles ----

    private HouseStyle.RoleStyle roleStyle(String id) {
        ParaProps p = styles.paragraph(id);
        RunProps r = styles.run(id, null);
        String name = styles.nameOf(id);
        double size = r.sizePt();
        // Word's own bounds: 1 to 1,638 pt
        if (size < 1 || size > 1638) {
            throw invalid("样式“" + name + "”的字号为 " + size + " 磅（应在 1 至 1638 磅之间）",
                    "style " + id + " has a font size of " + size + " pt (1 to 1638 pt)");
        }
        double charUnit = section.hasCharGrid() ? page.charPitchPt() : size;
        HouseStyle.LineRule rule;
        double spacing;
        String lr = p.lineRule() == null ? "auto" : p.lineRule();
        if (lr.equals("exact") || lr.equals("atLeast")) {
            rule = lr.equals("exact") ? HouseStyle.LineRule.EXACT : HouseStyle.LineRule.AT_LEAST;
            spacing = p.line() == null ? size : p.line() / 20;
        } else {
            boolean grid = !"default".equals(section.gridType());
            rule = grid && p.snapToGrid() ? HouseStyle.LineRule.GRID : HouseStyle.LineRule.AUTO;
            spacing = p.line() == null ? 1.0 : p.line() / 240;
        }
        return new HouseStyle.RoleStyle(id, name, r.eastAsia(), r.latin(), size, r.bold(), r.color(),
                HouseStyle.Align.of(p.jc()),
                p.firstLinePt(charUnit), p.leftPt(charUnit), p.rightPt(charUnit),
                p.spaceBeforePt(page.linePitchPt()), p.spaceAfterPt(page.linePitchPt()),
                rule, spacing, p.keepNext(), p.pageBreakBefore());
    }

    // ---- page number and red header ----

    /**
     * The page-number footers: the odd pages' (the default footer) paragraph with the PAGE field gives
     * the style (the page-number role's when it names none), the formatting of its first run with text
     * and the text around the field; each footer its alignment. Its offset below the type area is to
     * the centre of the footer's line box, whose bottom sits at the footer distance above the paper
     * edge. Spaces before a left page number or after a right one indent it, as they do in Word.
     */
    private HouseStyle.PageNumberStyle readPageNumber(HouseStyle.RoleStyle style) {
        Element odd = footerParagraph("default");
        // a template without a page number: the house prints none and asks for none
        if (odd == null) return null;
        String styleId = footerStyle(odd, style);
        Element rPr = null;
        for (Element r : children(odd, "r")) {
            if (!Ooxml.text(r).isBlank()) {
                rPr = child(r, "rPr");
                break;
            }
        }
        ParaProps p = styles.paragraph(styleId).apply(child(odd, "pPr"));
        RunProps run = styles.run(styleId, Ooxml.val(rPr, "rStyle")).apply(rPr);
        double size = run.sizePt();
        double lineBox = "exact".equals(p.lineRule()) && p.line() != null ? p.line() / 20 : size * 1.2;
        double offset = page.bottomPt() - page.footerPt() - lineBox / 2;
        Element even = footerParagraph("even");
        boolean oddEven = Boolean.TRUE.equals(Ooxml.onOff(word.settings(), "evenAndOddHeaders")) && even != null;
        ParaProps evenProps = oddEven ? styles.paragraph(footerStyle(even, style)).apply(child(even, "pPr")) : p;
        HouseStyle.Align oddAlign = side(p), evenAlign = side(evenProps);
        String[] around = aroundPageField(odd);
        String before = stripSpaces(around[0], true), after = stripSpaces(around[1], false);
        double in = oddAlign != HouseStyle.Align.CENTER ? sideIn(p, oddAlign, around, size)
                : evenAlign != HouseStyle.Align.CENTER ? sideIn(evenProps, evenAlign, aroundPageField(even), size) : 0;
        return new HouseStyle.PageNumberStyle(run.eastAsia(), run.latin(), size, offset, in, oddEven, before, after, oddAlign, evenAlign);
    }

    private String footerStyle(Element para, HouseStyle.RoleStyle pageNumberRole) {
        String pStyle = Ooxml.val(child(para, "pPr"), "pStyle");
        return pStyle != null ? styles.paragraphStyleId(pStyle) : pageNumberRole.styleId();
    }

    /** How far a left or right page number stands in: its paragraph's indent and the spaces on that side. */
    private static double sideIn(ParaProps p, HouseStyle.Align align, String[] around, double size) {
        return align == HouseStyle.Align.RIGHT ? p.rightPt(size) + spacesEm(new StringBuilder(around[1]).reverse()) * size
                : p.leftPt(size) + spacesEm(around[0]) * size;
    }

    /** A footer line's side: a justified line of its own stands at the left. */
    private static HouseStyle.Align side(ParaProps p) {
        HouseStyle.Align a = HouseStyle.Align.of(p.jc());
        return a == HouseStyle.Align.BOTH ? HouseStyle.Align.LEFT : a;
    }

    /** The width of the spaces {@code s} starts with, in em: a full-width space 1, a half-width one ½. */
    private static double spacesEm(CharSequence s) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') em += 1;
            else if (c == ' ' || c == '\u00a0') em += 0.5;
            else break;
        }
        return em;
    }

    private static String stripSpaces(String s, boolean leading) {
        String spaces = " \u3000\u00a0";
        int from = 0, to = s.length();
        if (leading) while (from < to && spaces.indexOf(s.charAt(from)) >= 0) from++;
        else while (to > from && spaces.indexOf(s.charAt(to - 1)) >= 0) to--;
        return s.substring(from, to);
    }

    /**
     * The text a footer paragraph holds before its PAGE field and after it; the fields' results are
     * not the form's. Before a second field the form ends at the last space: "第 N 页 共 M 页" gives
     * "第 " and " 页" (gongwen prints no page count).
     */
    private static String[] aroundPageField(Element para) {
        FieldWalk w = new FieldWalk();
        w.walk(para);
        String after = w.after.toString();
        if (w.done) {
            String words = stripSpaces(after, false);
            int cut = Math.max(Math.max(words.lastIndexOf(' '), words.lastIndexOf('\u3000')), words.lastIndexOf('\u00a0'));
            if (cut >= 0) after = words.substring(0, cut);
        }
        return new String[]{w.before.toString(), after};
    }

    /** Walks a paragraph in document order through simple and complex fields (nested ones too). */
    private static final class FieldWalk {
        final StringBuilder before = new StringBuilder(), after = new StringBuilder(), code = new StringBuilder();
        int depth;
        boolean found, done;

        void walk(Element e) {
            for (Element c : children(e)) {
                if (done) return;
                if (!Ooxml.W.equals(c.getNamespaceURI())) continue;
                switch (c.getLocalName()) {
                    case "fldSimple" -> {
                        if (depth == 0) field(attr(c, "instr"));
                    }
                    case "fldChar" -> {
                        String type = attr(c, "fldCharType");
                        if ("begin".equals(type) && depth++ == 0) code.setLength(0);
                        else if ("end".equals(type) && depth > 0 && --depth == 0) field(code.toString());
                    }
                    case "instrText" -> {
                        if (depth == 1) code.append(c.getTextContent());
                    }
                    case "t" -> {
                        if (depth == 0) (found ? after : before).append(c.getTextContent());
                    }
                    default -> walk(c);
                }
            }
        }

        void field(String fieldCode) {
            if (found) done = true;
            else found = Ooxml.isPageField(fieldCode);
        }
    }

    /** The paragraph holding the PAGE field in the footer of the given type, or null. */
    private Element footerParagraph(String type) {
        Document footer = word.related(section.footerIds().get(type));
        if (footer == null) return null;
        for (Element para : descendants(footer, "p")) {
            if (Ooxml.hasPageField(para)) return para;
        }
        return null;
    }

    /**
     * The red 版头, when the document has a paragraph in the issuer-mark style. The mark's lines are
     * that paragraph and the mark-style paragraphs right after it; or, when it stands in a table (a
     * joint mark as Word and WPS users set it), the names in the table's first column, one line per
     * paragraph, and the text of the cells beside them ("文件") as the side text.
     */
    private HouseStyle.RedHeader readRedHeader(Map<Role, HouseStyle.RoleStyle> roles) {
        String markId = roles.get(Role.ISSUER_MARK).styleId();
        Element mark = null;
        for (Element para : descendants(word.document(), "p")) {
            if (markId.equals(Ooxml.val(child(para, "pPr"), "pStyle"))) {
                mark = para;
                break;
            }
        }
        if (mark == null) return null;
        List<String> lines = new ArrayList<>();
        StringBuilder side = new StringBuilder();
        Element cell = ancestor(mark, "tc"), table = ancestor(cell, "tbl");
        double namesColumn = 0, sideColumn = 0, sideSize = 0;
        if (table != null) {
            List<Element> columns = children(child(table, "tblGrid"), "gridCol");
            for (int i = 0; i < columns.size(); i++) {
                Double w = Ooxml.number(columns.get(i), "w");
                if (w == null) continue;
                if (i == 0) namesColumn = w / 20;
                else sideColumn += w / 20;
            }
            for (Element row : children(table, "tr")) {
                List<Element> cells = children(row, "tc");
                for (int i = 0; i < cells.size(); i++) {
                    for (Element p : children(cells.get(i), "p")) {
                        String t = Ooxml.text(p);
                        if (t.isBlank()) continue;
                        if (i == 0) {
                            lines.add(t);
                        } else {
                            side.append(t.strip());
                            if (sideSize == 0) sideSize = firstRunSize(p, markId);
                        }
                    }
                }
            }
        } else {
            lines.add(Ooxml.text(mark));
            for (Node n = mark.getNextSibling(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                if (!Ooxml.isW(e, "p") || !markId.equals(Ooxml.val(child(e, "pPr"), "pStyle"))) break;
                if (!Ooxml.text(e).isBlank()) lines.add(Ooxml.text(e));
            }
        }
        ParaProps first = styles.paragraph(markId).apply(child(mark, "pPr"));
        ParaProps.Border rule = styles.paragraph(roles.get(Role.DOC_NUMBER).styleId()).border("bottom");
        double below = rule == null ? 0 : rule.spacePt();
        double width = rule == null ? 0 : rule.widthPt();
        String color = rule == null ? roles.get(Role.ISSUER_MARK).color() : rule.color();
        return new HouseStyle.RedHeader(lines, side.toString(), "distribute".equals(first.jc()), namesColumn, sideColumn,
                sideSize == roles.get(Role.ISSUER_MARK).sizePt() ? 0 : sideSize,
                first.spaceBeforePt(page.linePitchPt()), below, width, color,
                imprintRule("top", Gbt9704Numbers.THICK_RULE_MM), imprintRule("insideH", Gbt9704Numbers.THIN_RULE_MM));
    }

    /** The size of a paragraph's first run with text, through its style (the mark's, when it names none). */
    private double firstRunSize(Element para, String markId) {
        String styleId = Ooxml.val(child(para, "pPr"), "pStyle") != null ? styles.paragraphStyleId(Ooxml.val(child(para, "pPr"), "pStyle")) : markId;
        for (Element r : descendants(para, "r")) {
            if (Ooxml.text(r).isBlank()) continue;
            Element rPr = child(r, "rPr");
            return styles.run(styleId, Ooxml.val(rPr, "rStyle")).apply(rPr).sizePt();
        }
        return 0;
    }

    /** The nearest enclosing w:{@code local} of {@code e}, or null. */
    private static Element ancestor(Element e, String local) {
        for (Node n = e == null ? null : e.getParentNode(); n instanceof Element a; n = n.getParentNode()) {
            if (Ooxml.isW(a, local)) return a;
        }
        return null;
    }

    /**
     * A border of the template's 版记 table (the table holding {{cc}} or {{printer}}), in points
     * (w:sz is in eighths); GB/T 9704's width (§7.4.1) where the template has no such table or border.
     */
    private double imprintRule(String side, double gbtMm) {
        for (Element table : descendants(word.document(), "tbl")) {
            String text = Ooxml.text(table);
            if (!text.contains("{{cc}}") && !text.contains("{{printer}}")) continue;
            Element border = child(child(child(table, "tblPr"), "tblBorders"), side);
            Double eighths = border == null ? null : Ooxml.number(border, "sz");
            if (eighths != null && !"none".equals(attr(border, "val")) && !"nil".equals(attr(border, "val"))) return eighths / 8;
        }
        return Gbt9704Numbers.pt(gbtMm);
    }

    // ---- helpers ----

    private BadInputException invalid(String zh, String en) {
        return invalid(templateId, zh, en);
    }

    static BadInputException invalid(String templateId, String zh, String en) {
        return new BadInputException(Fault.INVALID, "template-invalid", "模板 " + templateId + " 不符合模板约定：" + zh + "（见 templates/README.md）",
                "template " + templateId + " " + en + " (see templates/README.md)");
    }
}
