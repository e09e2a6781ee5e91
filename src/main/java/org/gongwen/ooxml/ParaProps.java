package org.gongwen.ooxml;

import org.w3c.dom.Element;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.number;

/**
 * Paragraph properties as they accumulate down the style hierarchy (w:docDefaults, the basedOn
 * chain root first, direct formatting): each layer overrides what it sets, property by property as
 * Word stores them. Lengths are kept as the XML gives them (twips, hundredths of a character or a
 * line) and turned into points by the getters, which take the character or line unit.
 *
 * <p>Which attributes move together: w:firstLine, w:hanging, w:firstLineChars and w:hangingChars
 * are one first-line indent (a layer that sets any of them replaces all four; w:hanging wins over
 * w:firstLine, w:hangingChars over w:firstLineChars); w:line and w:lineRule are one line spacing (a
 * w:line without w:lineRule is "auto"); every other attribute (w:left, w:leftChars, w:before,
 * w:beforeLines …) and each border side is its own property.
 */
public final class ParaProps {
    private String jc;
    private Double firstLine, firstLineChars; // negative: hanging
    private Double left, leftChars, right, rightChars;
    private Double before, beforeLines, after, afterLines, line;
    private String lineRule;
    private boolean keepNext, pageBreakBefore, snapToGrid = true;
    private Integer outlineLevel;
    private String numId;
    private Integer ilvl;
    private Element topBorder, bottomBorder;

    ParaProps() {}

    ParaProps copy() {
        ParaProps p = new ParaProps();
        p.jc = jc;
        p.firstLine = firstLine;
        p.firstLineChars = firstLineChars;
        p.left = left;
        p.leftChars = leftChars;
        p.right = right;
        p.rightChars = rightChars;
        p.before = before;
        p.beforeLines = beforeLines;
        p.after = after;
        p.afterLines = afterLines;
        p.line = line;
        p.lineRule = lineRule;
        p.keepNext = keepNext;
        p.pageBreakBefore = pageBreakBefore;
        p.snapToGrid = snapToGrid;
        p.outlineLevel = outlineLevel;
        p.numId = numId;
        p.ilvl = ilvl;
        p.topBorder = topBorder;
        p.bottomBorder = bottomBorder;
        return p;
    }

    /** Lays a w:pPr (a style's, the document defaults' or a paragraph's own) over these properties; null changes nothing. */
    public ParaProps apply(Element pPr) {
        if (pPr == null) return this;
        String v = Ooxml.val(pPr, "jc");
        if (v != null) jc = v;
        Boolean b;
        if ((b = Ooxml.onOff(pPr, "keepNext")) != null) keepNext = b;
        if ((b = Ooxml.onOff(pPr, "pageBreakBefore")) != null) pageBreakBefore = b;
        if ((b = Ooxml.onOff(pPr, "snapToGrid")) != null) snapToGrid = b;
        Double d = number(child(pPr, "outlineLvl"), "val");
        if (d != null) outlineLevel = d.intValue();
        Element numPr = child(pPr, "numPr");
        if (numPr != null) {
            if ((v = Ooxml.val(numPr, "numId")) != null) numId = v;
            if ((d = number(child(numPr, "ilvl"), "val")) != null) ilvl = d.intValue();
        }
        Element ind = child(pPr, "ind");
        if (ind != null) {
            if (has(ind, "firstLine", "firstLineChars", "hanging", "hangingChars")) {
                firstLine = number(ind, "firstLine");
                firstLineChars = number(ind, "firstLineChars");
                if ((d = number(ind, "hanging")) != null) firstLine = -d;
                if ((d = number(ind, "hangingChars")) != null) firstLineChars = -d;
            }
            if ((d = first(number(ind, "left"), number(ind, "start"))) != null) left = d;
            if ((d = first(number(ind, "leftChars"), number(ind, "startChars"))) != null) leftChars = d;
            if ((d = first(number(ind, "right"), number(ind, "end"))) != null) right = d;
            if ((d = first(number(ind, "rightChars"), number(ind, "endChars"))) != null) rightChars = d;
        }
        Element sp = child(pPr, "spacing");
        if (sp != null) {
            if ((d = number(sp, "before")) != null) before = d;
            if ((d = number(sp, "beforeLines")) != null) beforeLines = d;
            if ((d = number(sp, "after")) != null) after = d;
            if ((d = number(sp, "afterLines")) != null) afterLines = d;
            if ((d = number(sp, "line")) != null) {
                line = d;
                lineRule = attr(sp, "lineRule");
            }
        }
        Element bdr = child(pPr, "pBdr");
        if (child(bdr, "top") != null) topBorder = child(bdr, "top");
        if (child(bdr, "bottom") != null) bottomBorder = child(bdr, "bottom");
        return this;
    }

    /** w:jc as written ("both", "center" …), or null. */
    public String jc() { return jc; }

    /** The first-line indent in points, negative when hanging; characters win over twips unless 0, as in Word. */
    public double firstLinePt(double charUnitPt) { return length(firstLineChars, firstLine, charUnitPt); }

    public double leftPt(double charUnitPt) { return length(leftChars, left, charUnitPt); }

    public double rightPt(double charUnitPt) { return length(rightChars, right, charUnitPt); }

    /** Space before in points: w:beforeLines (hundredths of {@code lineUnitPt}) unless 0, as Word writes it for points, else w:before. */
    public double spaceBeforePt(double lineUnitPt) { return length(beforeLines, before, lineUnitPt); }

    public double spaceAfterPt(double lineUnitPt) { return length(afterLines, after, lineUnitPt); }

    /** w:line as written (twips for exact/atLeast, 240ths of a line for auto), or null. */
    public Double line() { return line; }

    /** w:lineRule that came with {@link #line()} ("exact", "atLeast", "auto"), or null for auto. */
    public String lineRule() { return lineRule; }

    public boolean keepNext() { return keepNext; }

    public boolean pageBreakBefore() { return pageBreakBefore; }

    public boolean snapToGrid() { return snapToGrid; }

    /** w:outlineLvl: 0–8 for outline levels 1–9, 9 for body text; null when nothing says. */
    public Integer outlineLevel() { return outlineLevel; }

    /** The list the paragraph is in (w:numPr/w:numId; "0" removes numbering), or null. */
    public String numId() { return numId; }

    /** Its level in the list (w:numPr/w:ilvl), 0 when not given. */
    public int ilvl() { return ilvl == null ? 0 : ilvl; }

    /** The paragraph border on the given side ("top", "bottom"), or null when there is none. */
    public Border border(String side) {
        return Border.of(switch (side) {
            case "top" -> topBorder;
            case "bottom" -> bottomBorder;
            default -> throw new IllegalArgumentException(side);
        });
    }

    /** A paragraph border (w:pBdr/w:top …): colour as RRGGBB, width and distance from the text in points. */
    public record Border(String color, double widthPt, double spacePt) {
        /** CT_Border: w:space defaults to 0 and w:color to auto; w:sz has no default, Word's single line is 4 (½ pt). */
        static Border of(Element b) {
            if (b == null || "none".equals(attr(b, "val")) || "nil".equals(attr(b, "val"))) return null;
            Double sz = number(b, "sz"), space = number(b, "space");
            return new Border(RunProps.color(attr(b, "color")), (sz == null ? 4 : sz) / 8, space == null ? 0 : space);
        }
    }

    private static double length(Double hundredths, Double twips, double unitPt) {
        if (hundredths != null && hundredths != 0) return hundredths / 100 * unitPt;
        return twips == null ? 0 : twips / 20;
    }

    private static boolean has(Element e, String... attrs) {
        for (String a : attrs) if (attr(e, a) != null) return true;
        return false;
    }

    private static Double first(Double a, Double b) {
        return a != null ? a : b;
    }
}
