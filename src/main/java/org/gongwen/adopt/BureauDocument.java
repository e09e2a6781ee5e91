package org.gongwen.adopt;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.ooxml.RunProps;
import org.gongwen.ooxml.Section;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.HouseStyle.LineRule;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.children;
import static org.gongwen.ooxml.Ooxml.isW;

/**
 * A bureau's document as Word shows it, for adoption: the body's blocks in order (paragraphs, and
 * tables with their cells' paragraphs), each paragraph with its formatting resolved through the style
 * cascade ({@link Styles}) and its direct formatting, whichever of the two carries it. Points throughout.
 */
final class BureauDocument {

    /** How a run looks: faces (East Asian and Latin slots), size, bold, colour (RRGGBB). */
    record Look(String eastAsia, String latin, double sizePt, boolean bold, String color) {
        boolean isRed() {
            return BureauDocument.isRed(color);
        }
    }

    /** A red as letterheads print it (RRGGBB): strong red, little green and blue. */
    static boolean isRed(String color) {
        if (color == null || !color.matches("[0-9A-Fa-f]{6}")) return false;
        int r = Integer.parseInt(color.substring(0, 2), 16), g = Integer.parseInt(color.substring(2, 4), 16),
                b = Integer.parseInt(color.substring(4, 6), 16);
        return r >= 0xB0 && g <= 0x60 && b <= 0x60;
    }

    /** A line drawn as a shape (DrawingML or VML) anchored in a paragraph: thickness, colour, distance below the paragraph's top. */
    record DrawnLine(double widthPt, String color, double offsetPt) {}

    /**
     * One paragraph.
     *
     * @param look     its dominant run (the one with most characters); the paragraph mark's when it has no text
     * @param lead     its first run with text, and {@code leadLength} its characters (a run-in heading's label run)
     * @param drawn    a line drawn in it, or null
     */
    record Para(Element element, boolean inTable, String text, String styleId, String styleName,
                Look look, Look lead, int leadLength, ParaProps props, double firstLinePt, double leftPt, double rightPt,
                double beforePt, double afterPt, LineRule lineRule, double lineSpacing, DrawnLine drawn,
                boolean hasPicture) {

        boolean isEmpty() { return text.isBlank(); }

        /** 第3段“一、总体要求” — how a clerk finds it; numbered among the body's non-empty paragraphs. */
        String quote() {
            String t = text.strip();
            return t.codePointCount(0, t.length()) > 14 ? t.substring(0, t.offsetByCodePoints(0, 14)) + "…" : t;
        }
    }

    /** A body block: a paragraph, or a table and its cells' paragraphs by row. */
    record Block(Para para, Element table, List<List<Para>> rows) {
        boolean isTable() { return table != null; }

        List<Para> cells() {
            return rows.stream().flatMap(List::stream).toList();
        }

        String text() {
            return isTable() ? String.join("", cells().stream().map(Para::text).toList()) : para.text();
        }

        boolean isEmpty() { return text().isBlank() && (isTable() || para.drawn() == null && !para.hasPicture()); }
    }

    final WordPackage word;
    final Styles styles;
    /**
     * The page set-up of the document's first section, which holds its head and main text (a landscape
     * 附表 at the end is a later section, not the house's page), and its place among the sections.
     */
    final Element sectPr;
    final int sectionIndex;
    final Section section;
    final List<Block> blocks = new ArrayList<>();
    /** Size of an unstyled run (Normal's), the unit of the character grid. */
    final double normalSizePt;
    /** The grid's character pitch when the section has a character grid, else 0. */
    final double charPitchPt;
    /** One line of the grid, else a single line of Normal. */
    final double linePitchPt;

    BureauDocument(WordPackage word) {
        this.word = word;
        if (word.document() == null) {
            throw new BadInputException(Fault.UNSUPPORTED, "adopt-not-document", "该文件不是Word文档（.docx）：没有正文部分",
                    "not a word-processing document");
        }
        styles = word.styles();
        List<Element> sections = word.sectionElements();
        sectionIndex = sections.isEmpty() ? -1 : 0;
        sectPr = sections.isEmpty() ? null : sections.get(0);
        section = sectPr == null ? null : Section.of(sectPr);
        normalSizePt = styles.run(styles.defaultParagraphStyleId(), null).sizePt();
        charPitchPt = section != null && section.hasCharGrid() ? normalSizePt + section.charSpace() / 4096 : 0;
        linePitchPt = section != null && section.hasLineGrid() ? section.linePitchPt() : normalSizePt * 1.3;
        Element body = child(word.document().getDocumentElement(), "body");
        if (body != null) readBlocks(body);
    }

    private void readBlocks(Element container) {
        for (Element e : children(container)) {
            if (isW(e, "p")) {
                blocks.add(new Block(paragraph(e, false), null, List.of()));
            } else if (isW(e, "tbl")) {
                List<List<Para>> rows = new ArrayList<>();
                for (Element tr : children(e, "tr")) {
                    List<Para> row = new ArrayList<>();
                    for (Element tc : children(tr, "tc")) {
                        for (Element p : Ooxml.descendants(tc, "p")) row.add(paragraph(p, true));
                    }
                    rows.add(row);
                }
                blocks.add(new Block(null, e, rows));
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) readBlocks(content);
            } else if (isW(e, "customXml")) {
                readBlocks(e);
            }
        }
    }

    /** The properties of a paragraph as Word shows it. */
    Para paragraph(Element p, boolean inTable) {
        RenderCancelled.checkInterrupted();
        Element pPr = child(p, "pPr");
        String styleId = styles.paragraphStyleId(Ooxml.val(pPr, "pStyle"));
        ParaProps pp = styles.paragraph(styleId).apply(pPr);
        Map<Look, Integer> counts = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        Look[] lead = {null};
        int[] leadLength = {0};
        collect(p, styleId, text, counts, lead, leadLength);
        Look mark = look(styles.run(styleId, null).apply(child(pPr, "rPr")));
        Look dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(mark);
        double size = dominant.sizePt();
        double charUnit = charPitchPt > 0 ? charPitchPt : size;
        LineRule rule;
        double spacing;
        String lr = pp.lineRule() == null ? "auto" : pp.lineRule();
        if (pp.line() != null && (lr.equals("exact") || lr.equals("atLeast"))) {
            rule = lr.equals("exact") ? LineRule.EXACT : LineRule.AT_LEAST;
            spacing = pp.line() / 20;
        } else {
            rule = section != null && section.hasLineGrid() && pp.snapToGrid() ? LineRule.GRID : LineRule.AUTO;
            spacing = pp.line() == null ? 1 : pp.line() / 240;
        }
        String name = styles.style(styleId) == null ? "" : styles.style(styleId).name();
        return new Para(p, inTable, text.toString(), styleId, name, dominant, lead[0] == null ? dominant : lead[0],
                Math.abs(leadLength[0]), pp,
                pp.firstLinePt(charUnit), pp.leftPt(charUnit), pp.rightPt(charUnit),
                pp.spaceBeforePt(linePitchPt), pp.spaceAfterPt(linePitchPt), rule, spacing, drawnLine(p),
                !Ooxml.descendants(p, "blip").isEmpty() || !Ooxml.descendants(p, "imagedata").isEmpty());
    }

    private void collect(Element parent, String styleId, StringBuilder text, Map<Look, Integer> counts, Look[] lead, int[] leadLength) {
        boolean[] inInstr = {false};
        for (Element r : Ooxml.descendants(parent, "r")) {
            StringBuilder rt = new StringBuilder();
            for (Element c : children(r)) {
                if (isW(c, "fldChar")) {
                    String type = attr(c, "fldCharType");
                    inInstr[0] = "begin".equals(type);
                } else if (!inInstr[0] && isW(c, "t")) {
                    rt.append(c.getTextContent());
                } else if (!inInstr[0] && isW(c, "tab")) {
                    rt.append('\t');
                }
            }
            if (rt.isEmpty() || insideDrawing(r)) continue;
            Element rPr = child(r, "rPr");
            Look look = look(styles.run(styleId, Ooxml.val(rPr, "rStyle")).apply(rPr));
            text.append(rt);
            String visible = rt.toString().strip();
            if (visible.isEmpty()) continue;
            counts.merge(look, visible.length(), Integer::sum);
            if (lead[0] == null) lead[0] = look;
            // the lead: the paragraph's opening runs in the first run's look (a run-in heading's label and sentence)
            if (leadLength[0] >= 0 && look.equals(lead[0])) leadLength[0] += visible.length();
            else if (leadLength[0] > 0) leadLength[0] = -leadLength[0];
        }
    }

    /** A run inside a text box is not the paragraph's text. */
    private static boolean insideDrawing(Element r) {
        for (Node n = r.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if ("txbxContent".equals(e.getLocalName())) return true;
            if (isW(e, "p")) return false;
        }
        return false;
    }

    private static Look look(RunProps r) {
        return new Look(r.eastAsia(), r.latin(), r.sizePt(), r.bold(), r.color());
    }

    private static final double EMU_PER_PT = 12700;

    /**
     * A straight line drawn in the paragraph: DrawingML (wp:anchor holding a shape of geometry "line",
     * or a connector), else VML (v:line). Its offset is the anchor's vertical position from the
     * paragraph's top, when it is positioned from the paragraph or line.
     */
    private static DrawnLine drawnLine(Element p) {
        for (Element anchor : anyNamespace(p, "anchor")) {
            boolean line = false;
            for (Element geom : anyNamespace(anchor, "prstGeom")) {
                String prst = geom.getAttribute("prst");
                if (prst != null && (prst.equals("line") || prst.startsWith("straightConnector"))) line = true;
            }
            Element ext = firstDescendant(anchor, "extent");
            Double cy = ext == null ? null : number(ext.getAttribute("cy"));
            if (!line && (cy == null || cy > EMU_PER_PT)) continue;
            Element ln = firstDescendant(anchor, "ln");
            Double w = ln == null ? null : number(ln.getAttribute("w"));
            Element srgb = ln == null ? null : firstDescendant(ln, "srgbClr");
            double offset = 0;
            Element posV = firstDescendant(anchor, "positionV");
            Element off = posV == null ? null : firstDescendant(posV, "posOffset");
            if (off != null) {
                try {
                    offset = Long.parseLong(off.getTextContent().strip()) / EMU_PER_PT;
                } catch (NumberFormatException ignored) {
                    // a malformed offset: the line counts from the paragraph's top
                }
            }
            String color = srgb == null ? "" : srgb.getAttribute("val");
            return new DrawnLine(w == null ? 0.75 : w / EMU_PER_PT, color.isEmpty() ? "000000" : color.toUpperCase(Locale.ROOT), offset);
        }
        for (Element line : anyNamespace(p, "line")) {
            if (!Ooxml.VML.equals(line.getNamespaceURI())) continue;
            if (hasAncestor(line, "Fallback")) continue;
            String weight = line.getAttribute("strokeweight"), color = line.getAttribute("strokecolor");
            return new DrawnLine(points(weight, 0.75), color.isEmpty() ? "000000" : color.replace("#", "").toUpperCase(),
                    points(styleValue(line.getAttribute("style"), "margin-top"), 0));
        }
        return null;
    }

    /** Descendants of any namespace (DrawingML and VML live outside WordprocessingML's). */
    private static List<Element> anyNamespace(Element e, String local) {
        List<Element> out = new ArrayList<>();
        var nodes = e.getElementsByTagNameNS("*", local);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    private static Double number(String v) {
        try {
            return v == null || v.isEmpty() ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean hasAncestor(Element e, String local) {
        for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
            if (local.equals(a.getLocalName())) return true;
        }
        return false;
    }

    private static Element firstDescendant(Element e, String local) {
        List<Element> all = anyNamespace(e, local);
        return all.isEmpty() ? null : all.get(0);
    }

    private static String styleValue(String style, String key) {
        for (String part : style.split(";")) {
            String[] kv = part.split(":", 2);
            if (kv.length == 2 && kv[0].strip().equals(key)) return kv[1].strip();
        }
        return "";
    }

    /** A VML length ("1.5pt", "2mm", "0.1in", a bare number in points). */
    private static double points(String v, double fallback) {
        if (v == null || v.isBlank()) return fallback;
        try {
            if (v.endsWith("pt")) return Double.parseDouble(v.substring(0, v.length() - 2));
            if (v.endsWith("mm")) return Double.parseDouble(v.substring(0, v.length() - 2)) * 72 / 25.4;
            if (v.endsWith("cm")) return Double.parseDouble(v.substring(0, v.length() - 2)) * 72 / 2.54;
            if (v.endsWith("in")) return Double.parseDouble(v.substring(0, v.length() - 2)) * 72;
            if (v.endsWith("px")) return Double.parseDouble(v.substring(0, v.length() - 2)) * 0.75;
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The block a body paragraph is (not a table cell's), or -1. */
    int blockOf(Para p) {
        for (int k = 0; k < blocks.size(); k++) if (blocks.get(k).para() == p) return k;
        return -1;
    }

    /**
     * The height a paragraph takes on the page when it holds one line: spacing before and after and
     * the line, as Word sets it (exact, at least, or single/multiple lines snapped to the grid).
     */
    double blankHeight(Para p) {
        return p.beforePt() + lineHeight(p) + p.afterPt();
    }

    double lineHeight(Para p) {
        return lineHeight(p.look().sizePt(), p.lineRule(), p.lineSpacing());
    }

    /** A line of text of this size under this rule, on this document's grid. */
    double lineHeight(double sizePt, LineRule rule, double spacing) {
        double natural = sizePt * 1.3;
        return switch (rule) {
            case EXACT -> spacing;
            case AT_LEAST -> Math.max(spacing, natural);
            case GRID -> linePitchPt * Math.max(1, Math.ceil(natural * spacing / linePitchPt - 1e-6));
            case AUTO -> natural * spacing;
        };
    }
}
