package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

/**
 * Line and character pitch as Word lays them out: exact spacing wins; single or multiple spacing
 * snaps to the document grid when the section has a line grid; without a grid a line is about
 * 1.3 times the font size (CJK faces' ascent plus descent).
 */
final class Grid {
    static final double NATURAL_LINE = 1.3;

    private Grid() {}

    /** The pitch one line of a paragraph takes. */
    static double pitch(LineRule rule, double spacing, double sizePt, double gridPitch) {
        double natural = sizePt * NATURAL_LINE;
        return switch (rule) {
            case EXACT -> spacing;
            case AT_LEAST -> Math.max(spacing, gridPitch > 0 ? gridPitch : natural);
            case GRID -> gridPitch > 0 ? gridPitch * spacing : natural * spacing;
            case AUTO -> gridPitch > 0
                    ? gridPitch * Math.max(1, Math.ceil(natural * spacing / gridPitch - 0.05))
                    : natural * spacing;
        };
    }

    static double pitch(Para p, Section s) {
        return pitch(p.lineRule(), p.lineSpacing(), bodyTextSize(p), s.hasLineGrid() ? s.linePitchPt() : 0);
    }

    /** The pitch of the body text: the first body paragraph's, else the grid's or Normal's. */
    static double bodyPitch(DocxDocument doc, Role[] roles, Section s) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY) return pitch(doc.paragraphs.get(i), s);
        }
        return s.hasLineGrid() ? s.linePitchPt() : doc.normalSizePt * NATURAL_LINE;
    }

    /** The pitch a house style sets for a role, on its own grid. */
    static double expectedPitch(HouseStyle house, Role role) {
        HouseStyle.RoleStyle r = house.role(role);
        return pitch(r.lineRule(), r.lineSpacing(), r.sizePt(), house.page().linePitchPt());
    }

    /**
     * Character pitch: with a character grid, Normal's size plus charSpace/4096 pt (Word's rule);
     * without one, the body text's own size.
     */
    static double charPitch(DocxDocument doc, Role[] roles, Section s) {
        if (s.hasCharGrid()) return doc.normalSizePt + s.charSpace() / 4096;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY) return bodyTextSize(doc.paragraphs.get(i));
        }
        return doc.normalSizePt;
    }

    /** The size most of a paragraph's characters have. */
    static double bodyTextSize(Para p) {
        java.util.Map<Double, Integer> count = new java.util.HashMap<>();
        for (DocxDocument.Run r : p.runs()) count.merge(r.sizePt(), r.text().length(), Integer::sum);
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(p.sizePt());
    }

    /** One 字 in points: the grid's character pitch (the body size when the template has no character grid). */
    static double zi(HouseStyle house) {
        return house.page().charPitchPt() > 0 ? house.page().charPitchPt() : house.bodySizePt();
    }

    /** "固定值28.95磅", "单倍行距", "1.5倍行距". */
    static String describe(LineRule rule, double spacing) {
        return switch (rule) {
            case EXACT -> "固定值" + Sizes.points(spacing) + "磅";
            case AT_LEAST -> "最小值" + Sizes.points(spacing) + "磅";
            case GRID, AUTO -> Math.abs(spacing - 1) < 0.01 ? "单倍行距" : Sizes.points(spacing) + "倍行距";
        };
    }
}
