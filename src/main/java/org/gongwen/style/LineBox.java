package org.gongwen.style;

/**
 * Where text sits in a line box, as the typesetter, the template generator and Word/LibreOffice
 * agree on it: the numbers that turn a template's paragraph boxes into baselines.
 */
public final class LineBox {
    private LineBox() {}

    /** Where an em dash's stroke sits above the baseline, as a share of the size (Song faces): the "— N —" page number's rule. */
    public static final double DASH_HEIGHT = 0.3;

    /**
     * How far above the bottom of an exact line box LibreOffice seats the baseline of body text: the
     * descent of FandolFang, 0.334 em (5.35 pt at 16 pt, templates/README.md). It is also the room a
     * figure leaves under its picture in its "at least" line (compose.Figures): Word sets an inline
     * picture on the baseline, above the line's descent, so with this much room the line never grows
     * past its whole grid lines (LibreOffice sets the picture on the line's bottom).
     */
    public static final double DESCENT_EM = 0.334;

    /** Where a CJK face's em box top sits above the baseline (ideographic descent 0.12 em). */
    public static final double EM_ASCENT = 0.88;

    /**
     * How far below its top Word and LibreOffice seat the baseline of a line whose height is set
     * exactly: four fifths of the box (the ascent share of the Latin face: FandolSong's 800/1000
     * stands in for Times New Roman, whose own share is about the same) plus ½ pt. Measured with
     * LibreOffice 7.4 on boxes of 28.95, 36, 45 and 50 pt: within 0.1 pt.
     */
    public static double exactBaselinePt(double advancePt) {
        return 0.8 * advancePt + 0.5;
    }

    /**
     * How far the em box top of text sits above the top of an exact line box as tall as the text
     * (a 36 pt mark in its 36 pt box: 2.4 pt): a box meant to put the text's top edge at a distance
     * starts this much lower.
     */
    public static double emTopAboveExactBoxPt(double sizePt) {
        return EM_ASCENT * sizePt - exactBaselinePt(sizePt);
    }
}
