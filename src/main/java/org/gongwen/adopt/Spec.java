package org.gongwen.adopt;

import org.gongwen.ooxml.ParaProps;
import org.gongwen.style.HouseStyle.LineRule;

/**
 * What one role's style in the adopted template will say, in points: faces, size, bold, colour,
 * alignment (w:jc), indents (a negative first line hangs), spacing, line rule and spacing (points for
 * exact and at-least lines, a multiple for single/grid lines), where it came from.
 *
 * @param learned true when taken from a paragraph of the document ({@code from} quotes it); false: GB/T 9704's
 * @param border  a bottom border (the red rule under the 发文字号), or null
 */
record Spec(String eastAsia, String latin, double sizePt, boolean bold, String color, String jc,
            double firstLinePt, double leftPt, double rightPt, double beforePt, double afterPt,
            LineRule lineRule, double lineSpacing, boolean keepNext, boolean pageBreakBefore, Integer outlineLevel,
            ParaProps.Border border, boolean learned, String from) {

    Spec withFaces(String eastAsia, String latin) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withLook(String eastAsia, double sizePt, boolean bold, String color) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withParagraph(String jc, double firstLinePt, double leftPt, double rightPt) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withSpacing(double beforePt, double afterPt) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withLine(LineRule rule, double spacing) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, rule,
                spacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withFlow(boolean keepNext, boolean pageBreakBefore, Integer outlineLevel) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    Spec withBorder(ParaProps.Border border) {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, learned, from);
    }

    /** The same numbers, reported as GB/T 9704's: the document has no such paragraph. */
    Spec fromStandard() {
        return new Spec(eastAsia, latin, sizePt, bold, color, jc, firstLinePt, leftPt, rightPt, beforePt, afterPt, lineRule,
                lineSpacing, keepNext, pageBreakBefore, outlineLevel, border, false, null);
    }
}
