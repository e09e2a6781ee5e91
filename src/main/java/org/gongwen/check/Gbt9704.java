package org.gongwen.check;

import org.gongwen.style.Gbt9704Numbers;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.gongwen.style.Gbt9704Numbers.*;

/**
 * GB/T 9704-2012 itself as a house style, built from {@link Gbt9704Numbers}: what a house template is
 * validated against, and what a draft is checked against when no template is chosen. Style ids are
 * Word's built-in ones (Normal, Title, Heading1..4).
 */
public final class Gbt9704 {
    private static final HouseStyle PLAIN = build(null);
    /** The mark's box starts where its top edge lands 35 mm below the type area (§7.2.1) once seated. */
    private static final HouseStyle RED_HEADER = build(new HouseStyle.RedHeader(List.of("{{issuer}}文件"), "", false, 0, 0, 0,
            pt(ISSUER_MARK_TOP_MM) + LineBox.emTopAboveExactBoxPt(ISSUER_MARK_PT),
            pt(SEPARATOR_BELOW_DOC_NUMBER_MM), pt(THICK_RULE_MM) * 2, RED, pt(THICK_RULE_MM), pt(THIN_RULE_MM)));

    private Gbt9704() {}

    /** A plain report or notice: title at the top of the type area. */
    public static HouseStyle plain() {
        return PLAIN;
    }

    /** A red-header document (红头文件). */
    public static HouseStyle redHeader() {
        return RED_HEADER;
    }

    private static HouseStyle build(HouseStyle.RedHeader red) {
        // the footer distance is not checked (the page number's place is, from the bottom margin)
        var page = new HouseStyle.PageSetup(pt(PAGE_WIDTH_MM), pt(PAGE_HEIGHT_MM), pt(TOP_MM), pt(BOTTOM_MM), pt(LEFT_MM),
                pt(RIGHT_MM), pt(HEADER_MM), pt(28), LINE_PITCH_PT, CHAR_PITCH_PT, LINES, CHARS_PER_LINE);
        double twoZi = 2 * CHAR_PITCH_PT;
        Map<Role, RoleStyle> roles = new EnumMap<>(Role.class);
        for (Role r : Role.values()) roles.put(r, style("Normal", BODY_FACE, BODY_PT, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.TITLE, style("Title", TITLE_FACE, TITLE_PT, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.RECIPIENTS, style("Normal", BODY_FACE, BODY_PT, Align.BOTH, 0, 0, 0, "000000"));
        roles.put(Role.HEADING1, style("Heading1", HEADING1_FACE, BODY_PT, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING2, style("Heading2", HEADING2_FACE, BODY_PT, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING3, style("Heading3", BODY_FACE, BODY_PT, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING4, style("Heading4", BODY_FACE, BODY_PT, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.SIGNATURE, style("Normal", BODY_FACE, BODY_PT, Align.RIGHT, 0, 0, twoZi, "000000"));
        roles.put(Role.DATE, style("Normal", BODY_FACE, BODY_PT, Align.RIGHT, 0, 0, twoZi, "000000"));
        roles.put(Role.APPENDIX_LABEL, style("Normal", HEADING1_FACE, BODY_PT, Align.LEFT, 0, 0, 0, "000000"));
        roles.put(Role.APPENDIX_TITLE, style("Title", TITLE_FACE, TITLE_PT, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.CHAPTER, style("Normal", HEADING1_FACE, BODY_PT, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.ISSUER_MARK, style("Normal", TITLE_FACE, ISSUER_MARK_PT, Align.CENTER, 0, 0, 0, RED));
        roles.put(Role.DOC_NUMBER, style("Normal", BODY_FACE, BODY_PT, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.COPY_TO, style("Normal", BODY_FACE, SMALL_PT, Align.BOTH, 0, SMALL_PT, SMALL_PT, "000000"));
        roles.put(Role.PRINTED_BY, style("Normal", BODY_FACE, SMALL_PT, Align.BOTH, 0, SMALL_PT, SMALL_PT, "000000"));
        roles.put(Role.PAGE_NUMBER, style("Footer", PAGE_NUMBER_FACE, SMALL_PT, Align.RIGHT, 0, 0, SMALL_PT, "000000"));
        // "— N —", odd pages right and even pages left, one 字 in (§7.5)
        var pageNumber = new HouseStyle.PageNumberStyle(PAGE_NUMBER_FACE, PAGE_NUMBER_FACE, SMALL_PT, pt(PAGE_NUMBER_BELOW_MM),
                SMALL_PT, true, "— ", " —", Align.RIGHT, Align.LEFT);
        return new HouseStyle(red == null ? "gbt9704" : "gbt9704-redhead", page, roles, pageNumber, red);
    }

    private static RoleStyle style(String id, String face, double size, Align align, double firstLine,
                                   double left, double right, String color) {
        return new RoleStyle(id, id, face, LATIN_FACE, size, false, color, align, firstLine, left, right,
                0, 0, LineRule.GRID, 1, false, false);
    }
}
