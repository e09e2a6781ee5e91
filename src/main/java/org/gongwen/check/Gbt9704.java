package org.gongwen.check;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers of GB/T 9704-2012 itself (../shared/GBT9704.md) as a house style: what a house
 * template is validated against, and what a draft is checked against when no template is chosen.
 * Style ids are Word's built-in ones (Normal, Title, Heading1..4).
 */
public final class Gbt9704 {
    private static final double MM = 72 / 25.4;
    /** 225 mm / 22 lines. */
    static final double LINE_PITCH = 28.95;
    /** 156 mm / 28 characters. */
    static final double CHAR_PITCH = 156 * MM / 28;

    private static final HouseStyle PLAIN = build(null);
    private static final HouseStyle RED_HEADER = build(new HouseStyle.RedHeader("{{issuer}}文件", 35 * MM, 4 * MM,
            Sizes.mmToPt(0.35) * 2, "FF0000"));

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
        var page = new HouseStyle.PageSetup(210 * MM, 297 * MM, 37 * MM, 35 * MM, 28 * MM, 26 * MM,
                15 * MM, 28 * MM, LINE_PITCH, CHAR_PITCH, 22, 28);
        double twoZi = 2 * CHAR_PITCH;
        Map<Role, RoleStyle> roles = new EnumMap<>(Role.class);
        for (Role r : Role.values()) roles.put(r, style("Normal", "仿宋_GB2312", 16, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.TITLE, style("Title", "方正小标宋简体", 22, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.RECIPIENTS, style("Normal", "仿宋_GB2312", 16, Align.BOTH, 0, 0, 0, "000000"));
        roles.put(Role.HEADING1, style("Heading1", "黑体", 16, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING2, style("Heading2", "楷体_GB2312", 16, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING3, style("Heading3", "仿宋_GB2312", 16, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.HEADING4, style("Heading4", "仿宋_GB2312", 16, Align.BOTH, twoZi, 0, 0, "000000"));
        roles.put(Role.SIGNATURE, style("Normal", "仿宋_GB2312", 16, Align.RIGHT, 0, 0, twoZi, "000000"));
        roles.put(Role.DATE, style("Normal", "仿宋_GB2312", 16, Align.RIGHT, 0, 0, twoZi, "000000"));
        roles.put(Role.APPENDIX_LABEL, style("Normal", "黑体", 16, Align.LEFT, 0, 0, 0, "000000"));
        roles.put(Role.APPENDIX_TITLE, style("Title", "方正小标宋简体", 22, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.CHAPTER, style("Normal", "黑体", 16, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.ISSUER_MARK, style("Normal", "方正小标宋简体", 36, Align.CENTER, 0, 0, 0, "FF0000"));
        roles.put(Role.DOC_NUMBER, style("Normal", "仿宋_GB2312", 16, Align.CENTER, 0, 0, 0, "000000"));
        roles.put(Role.COPY_TO, style("Normal", "仿宋_GB2312", 14, Align.BOTH, 0, 14, 14, "000000"));
        roles.put(Role.PRINTED_BY, style("Normal", "仿宋_GB2312", 14, Align.BOTH, 0, 14, 14, "000000"));
        roles.put(Role.PAGE_NUMBER, style("Footer", "宋体", 14, Align.RIGHT, 0, 0, 14, "000000"));
        var pageNumber = new HouseStyle.PageNumberStyle("宋体", "宋体", 14, 7 * MM, 14, true);
        return new HouseStyle(red == null ? "gbt9704" : "gbt9704-redhead", page, roles, pageNumber, red);
    }

    private static RoleStyle style(String id, String face, double size, Align align, double firstLine,
                                   double left, double right, String color) {
        return new RoleStyle(id, id, face, "Times New Roman", size, false, color, align, firstLine, left, right,
                0, 0, LineRule.GRID, 1, false, false);
    }
}
