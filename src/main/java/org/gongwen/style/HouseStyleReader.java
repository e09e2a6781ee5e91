package org.gongwen.style;

import org.gongwen.model.BadInputException;
import org.gongwen.model.DocxPackage;
import org.gongwen.model.Fault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.gongwen.style.Ooxml.attr;
import static org.gongwen.style.Ooxml.child;
import static org.gongwen.style.Ooxml.children;
import static org.gongwen.style.Ooxml.descendants;

/**
 * Reads a {@link HouseStyle} from a house template: the section's page set-up and document grid,
 * and for every {@link Role} its paragraph style resolved through w:basedOn down to w:docDefaults
 * (theme fonts looked up in the theme part). Indents in characters (w:firstLineChars …) are
 * converted with the grid's character pitch when the grid is {@code linesAndChars}, else with the
 * role's font size, as Word does.
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
    private final DocxPackage pkg;
    private final Map<String, Element> stylesById = new HashMap<>();
    private final Map<String, String> idByName = new HashMap<>();
    private final Element docDefaults;
    private final Map<String, String> themeFonts = new HashMap<>();
    private final Element sectPr;
    private HouseStyle.PageSetup page;
    private boolean charGrid;

    private HouseStyleReader(String templateId, DocxPackage pkg) {
        this.templateId = templateId;
        this.pkg = pkg;
        Document styles = parsePart("word/styles.xml");
        for (Element s : descendants(styles, "style")) {
            String id = attr(s, "styleId");
            if (id == null) continue;
            stylesById.put(id, s);
            String name = Ooxml.val(s, "name");
            if (name != null) idByName.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
        }
        docDefaults = child(styles.getDocumentElement(), "docDefaults");
        readTheme();
        List<Element> sections = descendants(parsePart("word/document.xml"), "sectPr");
        if (sections.isEmpty()) throw invalid("没有页面设置（w:sectPr）", "has no section properties (w:sectPr)");
        sectPr = sections.get(sections.size() - 1);
    }

    /** Reads the house style of a template package; BadInputException {@code template-invalid} when a style is missing. */
    public static HouseStyle read(String templateId, DocxPackage pkg) {
        return new HouseStyleReader(templateId, pkg).read();
    }

    /** The style id that {@code role} resolves to in {@code pkg}, or null when the template lacks it. */
    static String styleIdOf(Role role, Map<String, Element> byId, Map<String, String> idByName) {
        String[] names = CONTRACT.get(role);
        if (byId.containsKey(names[0])) return names[0];
        return idByName.get(names[1].toLowerCase(Locale.ROOT));
    }

    private HouseStyle read() {
        page = readPage();
        Map<Role, HouseStyle.RoleStyle> roles = new EnumMap<>(Role.class);
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            String id = styleIdOf(role, stylesById, idByName);
            if (id == null) {
                missing.add(CONTRACT.get(role)[1]);
                continue;
            }
            roles.put(role, roleStyle(id, resolve(id)));
        }
        if (!missing.isEmpty()) {
            throw invalid("缺少样式：" + String.join("、", missing), "lacks the styles " + String.join(", ", missing));
        }
        return new HouseStyle(templateId, page, roles, readPageNumber(roles.get(Role.PAGE_NUMBER)), readRedHeader(roles));
    }

    // ---- page ----

    private HouseStyle.PageSetup readPage() {
        Element pgSz = child(sectPr, "pgSz"), pgMar = child(sectPr, "pgMar"), grid = child(sectPr, "docGrid");
        if (pgSz == null || pgMar == null) throw invalid("没有纸张大小或页边距", "has no page size or margins");
        double w = pointsOf(pgSz, "w"), h = pointsOf(pgSz, "h");
        double top = pointsOf(pgMar, "top"), bottom = pointsOf(pgMar, "bottom"), left = pointsOf(pgMar, "left"),
                right = pointsOf(pgMar, "right"), header = pointsOf(pgMar, "header"), footer = pointsOf(pgMar, "footer");
        double typeW = w - left - right, typeH = h - top - bottom;
        if (w > MAX_PAPER_PT || h > MAX_PAPER_PT) {
            throw invalid("纸张大小为 " + w + "×" + h + " 磅，超过 Word 的上限 " + MAX_PAPER_PT + " 磅（22 英寸）",
                    "has a paper size of " + w + " x " + h + " pt, over Word's limit of " + MAX_PAPER_PT + " pt (22 in)");
        }
        if (typeW <= 0 || typeH <= 0) {
            throw invalid("纸张大小和页边距留不出版心（纸张" + w + "×" + h + "磅，页边距上" + top + "、下" + bottom + "、左" + left
                    + "、右" + right + "磅）", "leaves no type area (paper " + w + " x " + h + " pt, margins " + top + ", "
                    + bottom + ", " + left + ", " + right + " pt)");
        }
        String gridType = grid == null ? null : attr(grid, "type");
        charGrid = "linesAndChars".equals(gridType) || "snapToChars".equals(gridType);
        Props normal = resolve(defaultParagraphStyleId());
        double fontPt = normal.sizeHalfPt / 2.0;
        double linePitch = grid != null && attr(grid, "linePitch") != null ? pointsOf(grid, "linePitch") : fontPt * 1.2;
        Double charSpace = grid == null ? null : num(grid, "charSpace");
        double charPitch = charGrid && charSpace != null ? fontPt + charSpace / 4096.0 : fontPt;
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
        return new HouseStyle.PageSetup(w, h, top, bottom, left, right, header, footer, linePitch, charPitch, lines, chars);
    }

    private String defaultParagraphStyleId() {
        for (Element s : stylesById.values()) {
            if ("paragraph".equals(attr(s, "type")) && Boolean.TRUE.equals(parseOnOff(attr(s, "default")))) {
                return attr(s, "styleId");
            }
        }
        return stylesById.containsKey("Normal") ? "Normal" : null;
    }

    // ---- styles ----

    /** Properties as they accumulate from docDefaults through the basedOn chain; null = not set. */
    static final class Props {
        String eastAsia, latin;
        int sizeHalfPt = 20;           // Word's default 10 pt when nothing says otherwise
        boolean bold;
        String color;
        String jc;
        Double firstLine, firstLineChars; // negative: hanging
        Double left, leftChars, right, rightChars;
        Double before, beforeLines, after, afterLines, line;
        String lineRule;
        boolean keepNext, pageBreakBefore, snapToGrid = true;
        Element pBdr;
    }

    /** Resolves a style: docDefaults, then each ancestor from the root down, then the style itself. */
    Props resolve(String styleId) {
        Props p = new Props();
        if (docDefaults != null) {
            applyRun(p, child(child(docDefaults, "rPrDefault"), "rPr"));
            applyPara(p, child(child(docDefaults, "pPrDefault"), "pPr"));
        }
        List<Element> chain = new ArrayList<>();
        for (String id = styleId; id != null && chain.size() < 32; ) {
            Element s = stylesById.get(id);
            if (s == null || chain.contains(s)) break;
            chain.add(0, s);
            id = Ooxml.val(s, "basedOn");
        }
        for (Element s : chain) {
            applyPara(p, child(s, "pPr"));
            applyRun(p, child(s, "rPr"));
        }
        return p;
    }

    static void applyPara(Props p, Element ppr) {
        if (ppr == null) return;
        String jc = Ooxml.val(ppr, "jc");
        if (jc != null) p.jc = jc;
        Boolean b;
        if ((b = Ooxml.onOff(ppr, "keepNext")) != null) p.keepNext = b;
        if ((b = Ooxml.onOff(ppr, "pageBreakBefore")) != null) p.pageBreakBefore = b;
        if ((b = Ooxml.onOff(ppr, "snapToGrid")) != null) p.snapToGrid = b;
        Element bdr = child(ppr, "pBdr");
        if (bdr != null) p.pBdr = bdr;
        Element ind = child(ppr, "ind");
        if (ind != null) {
            if (has(ind, "firstLine", "firstLineChars", "hanging", "hangingChars")) {
                p.firstLine = num(ind, "firstLine");
                p.firstLineChars = num(ind, "firstLineChars");
                if (num(ind, "hanging") != null) p.firstLine = -num(ind, "hanging");
                if (num(ind, "hangingChars") != null) p.firstLineChars = -num(ind, "hangingChars");
            }
            if (has(ind, "left", "start", "leftChars", "startChars")) {
                p.left = first(num(ind, "left"), num(ind, "start"));
                p.leftChars = first(num(ind, "leftChars"), num(ind, "startChars"));
            }
            if (has(ind, "right", "end", "rightChars", "endChars")) {
                p.right = first(num(ind, "right"), num(ind, "end"));
                p.rightChars = first(num(ind, "rightChars"), num(ind, "endChars"));
            }
        }
        Element sp = child(ppr, "spacing");
        if (sp != null) {
            if (has(sp, "before", "beforeLines")) {
                p.before = num(sp, "before");
                p.beforeLines = num(sp, "beforeLines");
            }
            if (has(sp, "after", "afterLines")) {
                p.after = num(sp, "after");
                p.afterLines = num(sp, "afterLines");
            }
            if (num(sp, "line") != null) p.line = num(sp, "line");
            if (attr(sp, "lineRule") != null) p.lineRule = attr(sp, "lineRule");
        }
    }

    void applyRun(Props p, Element rpr) {
        if (rpr == null) return;
        Element fonts = child(rpr, "rFonts");
        if (fonts != null) {
            String ea = font(fonts, "eastAsia"), latin = font(fonts, "ascii");
            if (ea != null) p.eastAsia = ea;
            if (latin != null) p.latin = latin;
        }
        Double sz = num(child(rpr, "sz"), "val");
        if (sz != null) p.sizeHalfPt = (int) Math.round(sz);
        Boolean b = Ooxml.onOff(rpr, "b");
        if (b != null) p.bold = b;
        String color = Ooxml.val(rpr, "color");
        if (color != null) p.color = color;
    }

    /** A font slot, a theme reference looked up in the theme part. */
    private String font(Element rFonts, String slot) {
        String theme = attr(rFonts, slot + "Theme");
        if (theme != null && themeFonts.containsKey(theme)) return themeFonts.get(theme);
        return attr(rFonts, slot);
    }

    private void readTheme() {
        Document d = part(templateId, pkg, "word/theme/theme1.xml");
        if (d == null) return;
        for (String kind : new String[]{"major", "minor"}) {
            var list = d.getElementsByTagNameNS(Ooxml.A, kind + "Font");
            if (list.getLength() == 0) continue;
            Element f = (Element) list.item(0);
            String latin = typeface(f, "latin"), ea = typeface(f, "ea");
            if (ea == null || ea.isEmpty()) ea = scriptFont(f, "Hans");
            themeFonts.put(kind + "HAnsi", latin);
            themeFonts.put(kind + "Ascii", latin);
            themeFonts.put(kind + "Bidi", latin);
            themeFonts.put(kind + "EastAsia", ea);
        }
    }

    private static String typeface(Element fontGroup, String local) {
        for (Node n = fontGroup.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) return e.getAttribute("typeface");
        }
        return null;
    }

    private static String scriptFont(Element fontGroup, String script) {
        for (Node n = fontGroup.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "font".equals(e.getLocalName()) && script.equals(e.getAttribute("script"))) {
                return e.getAttribute("typeface");
            }
        }
        return null;
    }

    private HouseStyle.RoleStyle roleStyle(String id, Props p) {
        // Word's own bounds: 1 to 1,638 pt
        if (p.sizeHalfPt < 2 || p.sizeHalfPt > 3276) {
            throw invalid("样式“" + Ooxml.val(stylesById.get(id), "name") + "”的字号为 " + p.sizeHalfPt / 2.0 + " 磅（应在 1 至 1638 磅之间）",
                    "style " + id + " has a font size of " + p.sizeHalfPt / 2.0 + " pt (1 to 1638 pt)");
        }
        double size = p.sizeHalfPt / 2.0;
        double charUnit = charGrid ? page.charPitchPt() : size;
        HouseStyle.LineRule rule;
        double spacing;
        String lr = p.lineRule == null ? "auto" : p.lineRule;
        if (lr.equals("exact")) {
            rule = HouseStyle.LineRule.EXACT;
            spacing = p.line == null ? size : p.line / 20;
        } else if (lr.equals("atLeast")) {
            rule = HouseStyle.LineRule.AT_LEAST;
            spacing = p.line == null ? size : p.line / 20;
        } else {
            boolean grid = attr(child(sectPr, "docGrid"), "type") != null
                    && !"default".equals(attr(child(sectPr, "docGrid"), "type"));
            rule = grid && p.snapToGrid ? HouseStyle.LineRule.GRID : HouseStyle.LineRule.AUTO;
            spacing = p.line == null ? 1.0 : p.line / 240;
        }
        return new HouseStyle.RoleStyle(id, Ooxml.val(stylesById.get(id), "name"),
                p.eastAsia, p.latin, size, p.bold, color(p.color),
                align(p.jc),
                length(p.firstLineChars, p.firstLine, charUnit),
                length(p.leftChars, p.left, charUnit),
                length(p.rightChars, p.right, charUnit),
                lines(p.beforeLines, p.before), lines(p.afterLines, p.after),
                rule, spacing, p.keepNext, p.pageBreakBefore);
    }

    /** Characters (hundredths) win over twips, as in Word. */
    private static double length(Double hundredthsOfChars, Double twips, double charUnitPt) {
        if (hundredthsOfChars != null && hundredthsOfChars != 0) return hundredthsOfChars / 100 * charUnitPt;
        return twips == null ? 0 : twips / 20;
    }

    private double lines(Double hundredthsOfLines, Double twips) {
        if (hundredthsOfLines != null && hundredthsOfLines != 0) return hundredthsOfLines / 100 * page.linePitchPt();
        return twips == null ? 0 : twips / 20;
    }

    private static String color(String c) {
        return c == null || c.equalsIgnoreCase("auto") ? "000000" : c.toUpperCase(Locale.ROOT);
    }

    private static HouseStyle.Align align(String jc) {
        if (jc == null) return HouseStyle.Align.LEFT;
        return switch (jc) {
            case "center" -> HouseStyle.Align.CENTER;
            case "right", "end" -> HouseStyle.Align.RIGHT;
            case "both", "distribute", "justify", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" ->
                    HouseStyle.Align.BOTH;
            default -> HouseStyle.Align.LEFT;
        };
    }

    // ---- page number and red header ----

    /**
     * The page-number footer of odd pages (the default footer). Its offset below the type area is to
     * the centre of the footer's line box, whose bottom sits at the footer distance above the paper edge.
     */
    private HouseStyle.PageNumberStyle readPageNumber(HouseStyle.RoleStyle style) {
        Element odd = footerParagraph("default");
        Props p = resolve(style.styleId());
        if (odd != null) {
            String pStyle = Ooxml.val(child(odd, "pPr"), "pStyle");
            if (pStyle != null) p = resolve(pStyle);
            applyPara(p, child(odd, "pPr"));
            for (Element r : children(odd, "r")) {
                if (!Ooxml.text(r).isBlank()) {
                    applyRun(p, child(r, "rPr"));
                    break;
                }
            }
        }
        double size = p.sizeHalfPt / 2.0;
        double lineBox = "exact".equals(p.lineRule) && p.line != null ? p.line / 20 : size * 1.2;
        double offset = page.bottomPt() - page.footerPt() - lineBox / 2;
        boolean right = "right".equals(p.jc) || "end".equals(p.jc);
        double side = right ? length(p.rightChars, p.right, size) : length(p.leftChars, p.left, size);
        boolean oddEven = Boolean.TRUE.equals(Ooxml.onOff(settings(), "evenAndOddHeaders"))
                && footerParagraph("even") != null;
        return new HouseStyle.PageNumberStyle(p.eastAsia, p.latin, size, offset, side, oddEven);
    }

    private Element settings() {
        Document s = part(templateId, pkg, "word/settings.xml");
        return s == null ? null : s.getDocumentElement();
    }

    /** The paragraph holding the PAGE field in the footer of the given type, or null. */
    private Element footerParagraph(String type) {
        for (Element ref : children(sectPr, "footerReference")) {
            if (!type.equals(attr(ref, "type"))) continue;
            String target = relationshipTarget(ref.getAttributeNS(Ooxml.R, "id"));
            Document footer = target == null ? null : part(templateId, pkg, "word/" + target);
            if (footer == null) return null;
            for (Element para : descendants(footer, "p")) {
                boolean field = descendants(para, "instrText").stream().anyMatch(i -> i.getTextContent().contains("PAGE"))
                        || descendants(para, "fldSimple").stream().anyMatch(f -> String.valueOf(attr(f, "instr")).contains("PAGE"));
                if (field) return para;
            }
        }
        return null;
    }

    private String relationshipTarget(String id) {
        byte[] rels = pkg.part("word/_rels/document.xml.rels");
        if (rels == null) return null;
        var list = Ooxml.parse(rels).getElementsByTagNameNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element r = (Element) list.item(i);
            if (id.equals(r.getAttribute("Id"))) return r.getAttribute("Target").replaceFirst("^/word/", "");
        }
        return null;
    }

    /** The red 版头, when the document opens with a paragraph in the issuer-mark style. */
    private HouseStyle.RedHeader readRedHeader(Map<Role, HouseStyle.RoleStyle> roles) {
        String markId = roles.get(Role.ISSUER_MARK).styleId();
        Element mark = null;
        for (Element para : descendants(parsePart("word/document.xml"), "p")) {
            if (markId.equals(Ooxml.val(child(para, "pPr"), "pStyle"))) {
                mark = para;
                break;
            }
        }
        if (mark == null) return null;
        Element rule = child(resolve(roles.get(Role.DOC_NUMBER).styleId()).pBdr, "bottom");
        if (rule != null && ("none".equals(attr(rule, "val")) || "nil".equals(attr(rule, "val")))) rule = null;
        // CT_Border: w:space defaults to 0 and w:color to auto; w:sz has no default, Word's single line is 4 (½ pt)
        double below = rule == null ? 0 : orElse(num(rule, "space"), 0);
        double width = rule == null ? 0 : orElse(num(rule, "sz"), 4) / 8;
        String color = rule == null ? roles.get(Role.ISSUER_MARK).color() : color(attr(rule, "color"));
        return new HouseStyle.RedHeader(Ooxml.text(mark), roles.get(Role.ISSUER_MARK).spaceBeforePt(), below, width, color);
    }

    // ---- helpers ----

    private Document parsePart(String name) {
        Document d = part(templateId, pkg, name);
        if (d == null) throw invalid("缺少 " + name, "lacks " + name);
        return d;
    }

    /** A part's XML, or null when the template has none; {@code template-invalid} when it is not well-formed. */
    static Document part(String templateId, DocxPackage pkg, String name) {
        byte[] part = pkg.part(name);
        if (part == null) return null;
        try {
            return Ooxml.parse(part);
        } catch (IllegalArgumentException e) {
            throw invalid(templateId, name + " 无法解析", name + " is not well-formed XML");
        }
    }

    private BadInputException invalid(String zh, String en) {
        return invalid(templateId, zh, en);
    }

    private static BadInputException invalid(String templateId, String zh, String en) {
        return new BadInputException(Fault.INVALID, "template-invalid", "模板 " + templateId + " 不符合模板约定：" + zh + "（见 templates/README.md）",
                "template " + templateId + " " + en + " (see templates/README.md)");
    }

    private static double pointsOf(Element e, String attr) {
        Double v = num(e, attr);
        return v == null ? 0 : v / 20;
    }

    private static Double num(Element e, String attr) {
        String v = Ooxml.attr(e, attr);
        if (v == null || v.isBlank()) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static double orElse(Double v, double fallback) {
        return v == null ? fallback : v;
    }

    private static boolean has(Element e, String... attrs) {
        for (String a : attrs) if (attr(e, a) != null) return true;
        return false;
    }

    private static Double first(Double a, Double b) {
        return a != null ? a : b;
    }

    private static Boolean parseOnOff(String v) {
        if (v == null) return null;
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }
}
