package org.gongwen.style;

/**
 * The numbers of GB/T 9704-2012 (《党政机关公文格式》; summarised in ../shared/GBT9704.md), written
 * down once. The bundled templates are generated from them (TemplateGenerator, a test-side tool),
 * the checker's house style of the standard itself ({@code check.Gbt9704}) is built from them, and
 * the writers read everything else from a template through {@link HouseStyleReader}. Lengths in
 * millimetres as the standard gives them; {@link #pt(double)} converts.
 */
public final class Gbt9704Numbers {
    private Gbt9704Numbers() {}

    /** Points in a millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;

    // §5.1 paper: A4
    public static final double PAGE_WIDTH_MM = 210, PAGE_HEIGHT_MM = 297;

    // §5.2.1 版心 156 x 225 mm: 天头 (top) 37 mm, 订口 (left) 28 mm, so right 26 mm and bottom 35 mm
    public static final double TOP_MM = 37, LEFT_MM = 28;
    public static final double TYPE_AREA_WIDTH_MM = 156, TYPE_AREA_HEIGHT_MM = 225;
    public static final double RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TYPE_AREA_WIDTH_MM;
    public static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TYPE_AREA_HEIGHT_MM;

    // §5.2.3 22 lines of 28 characters of 三号 text
    public static final int LINES = 22, CHARS_PER_LINE = 28;
    /**
     * 225 mm / 22 in whole twips, rounded down so that 22 lines always fit: 579 twips, 28.95 pt
     * (Word's docGrid linePitch).
     */
    public static final double LINE_PITCH_PT = Math.floor(TYPE_AREA_HEIGHT_MM * 1440 / 25.4 / LINES) / 20;
    /** 156 mm / 28: about 15.79 pt. */
    public static final double CHAR_PITCH_PT = TYPE_AREA_WIDTH_MM * PT_PER_MM / CHARS_PER_LINE;

    // sizes (号 in points): body 三号 (§5.2.2), title 二号 (§7.3.1), 版记 (§7.4) and page numbers (§7.5) 四号
    public static final double BODY_PT = 16, TITLE_PT = 22, SMALL_PT = 14;
    /** The 发文机关标志's size is the issuer's to choose (§7.2.4); gongwen's templates use 36 pt (小初). */
    public static final double ISSUER_MARK_PT = 36;

    // faces, by their official family names (§5.2.2, §7.3.1, §7.3.3, §7.5); Latin text in Times New Roman
    /** Title and 发文机关标志: 小标宋. */
    public static final String TITLE_FACE = "方正小标宋简体";
    /** Body, level 3 and 4 headings, signature, date, 版记: 仿宋. */
    public static final String BODY_FACE = "仿宋_GB2312";
    /** Level 1 headings (一、) and the 附件 label: 黑体. */
    public static final String HEADING1_FACE = "黑体";
    /** Level 2 headings (（一）): 楷体. */
    public static final String HEADING2_FACE = "楷体_GB2312";
    /** Page numbers: 半角宋体. */
    public static final String PAGE_NUMBER_FACE = "宋体";
    public static final String LATIN_FACE = "Times New Roman";

    /** Red of the 发文机关标志 and the separator. */
    public static final String RED = "FF0000";
    /** §7.2.4 the 发文机关标志's top edge below the type area's top edge. */
    public static final double ISSUER_MARK_TOP_MM = 35;
    /** §7.2.7 the red separator below the 发文字号. */
    public static final double SEPARATOR_BELOW_DOC_NUMBER_MM = 4;
    /**
     * Not the standard's (§7.2.7 names no width): the red separator of gongwen's templates, 1.5 pt, as
     * issuers commonly draw it; a bureau's own template keeps its own.
     */
    public static final double SEPARATOR_PT = 1.5;
    /** §7.4.1 版记 rules: the first and last thick, the middle ones thin. */
    public static final double THICK_RULE_MM = 0.35, THIN_RULE_MM = 0.25;
    /** §7.5 page numbers: the line 7 mm below the type area's bottom edge. */
    public static final double PAGE_NUMBER_BELOW_MM = 7;
    /**
     * Not the standard's: the header distance of gongwen's templates (the standard prints nothing in
     * the header).
     */
    public static final double HEADER_MM = 15;

    /** Millimetres in points. */
    public static double pt(double mm) {
        return mm * 72 / 25.4;
    }
}
