package org.gongwen.style;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The numbers of a house template, read from its DOCX (never hard-coded in a writer): page set-up,
 * document grid, and for every {@link Role} the resolved paragraph style. The DOCX writer, the
 * typesetter and the checker all take their numbers from here.
 *
 * @param templateId  the template's id (file name without .docx)
 * @param page        paper, margins and grid
 * @param roles       resolved style per role; every role is present
 * @param pageNumber  the page-number footer ("— N —" in the bundled templates), or null when the template prints none
 * @param redHeader   the 版头 of a red-header template, or null for a plain template
 */
public record HouseStyle(String templateId, PageSetup page, Map<Role, RoleStyle> roles,
                         PageNumberStyle pageNumber, RedHeader redHeader) {

    public HouseStyle {
        roles = Map.copyOf(roles);
        for (Role r : Role.values()) {
            if (!roles.containsKey(r)) throw new IllegalArgumentException("house style lacks role " + r);
        }
    }

    public RoleStyle role(Role role) {
        return roles.get(role);
    }

    /** Every font family the style names: each role's East Asian and Latin faces and the page numbers'. */
    public Set<String> fontFamilies() {
        Set<String> families = new LinkedHashSet<>();
        roles.values().forEach(r -> {
            families.add(r.eastAsiaFont());
            families.add(r.latinFont());
        });
        if (pageNumber != null) {
            families.add(pageNumber.eastAsiaFont());
            families.add(pageNumber.latinFont());
        }
        families.removeIf(Objects::isNull);
        return families;
    }

    /** Body text size, the unit of 字 for indents and of the grid. */
    public double bodySizePt() {
        return roles.get(Role.BODY).sizePt();
    }

    /**
     * Paper, margins (points) and the document grid (w:docGrid). The type area is the page less the
     * margins; {@code linesPerPage} x {@code charsPerLine} fill it.
     */
    public record PageSetup(double widthPt, double heightPt,
                            double topPt, double bottomPt, double leftPt, double rightPt,
                            double headerPt, double footerPt,
                            double linePitchPt, double charPitchPt,
                            int linesPerPage, int charsPerLine) {
        public double typeAreaWidthPt() { return widthPt - leftPt - rightPt; }
        public double typeAreaHeightPt() { return heightPt - topPt - bottomPt; }
    }

    public enum Align {
        LEFT, CENTER, RIGHT, BOTH;

        /** A w:jc value: start, left, none and anything unknown are LEFT; end is RIGHT; justified and distributed forms are BOTH. */
        public static Align of(String jc) {
            if (jc == null) return LEFT;
            return switch (jc) {
                case "center" -> CENTER;
                case "right", "end" -> RIGHT;
                case "both", "distribute", "justify", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> BOTH;
                default -> LEFT;
            };
        }
    }

    /** How the line height of a paragraph is set (w:spacing/@w:lineRule). */
    public enum LineRule { GRID, EXACT, AT_LEAST, AUTO }

    /**
     * One role's style, resolved through style inheritance and document defaults.
     *
     * @param styleId          the w:styleId in the template (what the DOCX writer applies)
     * @param styleName        the style's display name
     * @param eastAsiaFont     CJK face (w:rFonts/@w:eastAsia), an official family name such as 仿宋_GB2312
     * @param latinFont        Latin face (w:rFonts/@w:ascii)
     * @param sizePt           font size
     * @param bold             bold
     * @param color            RGB hex without '#', e.g. 000000 or FF0000
     * @param align            paragraph alignment
     * @param firstLineIndentPt first-line indent (negative: hanging)
     * @param leftIndentPt     left indent
     * @param rightIndentPt    right indent
     * @param spaceBeforePt    space before
     * @param spaceAfterPt     space after
     * @param lineRule         line spacing rule
     * @param lineSpacing      points for EXACT/AT_LEAST, multiple of the grid/single line for GRID/AUTO
     * @param keepWithNext     keep with next paragraph
     * @param pageBreakBefore  start on a new page
     */
    public record RoleStyle(String styleId, String styleName,
                            String eastAsiaFont, String latinFont, double sizePt, boolean bold, String color,
                            Align align, double firstLineIndentPt, double leftIndentPt, double rightIndentPt,
                            double spaceBeforePt, double spaceAfterPt,
                            LineRule lineRule, double lineSpacing,
                            boolean keepWithNext, boolean pageBreakBefore) {}

    /**
     * The page-number footer as the template has it: {@code before} + N + {@code after} ("— " and " —"
     * in the bundled templates, "- " and " -", "第" and "页" elsewhere) in {@code eastAsiaFont} at
     * {@code sizePt}, its line's centre {@code offsetBelowTypeAreaPt} below the type area. Odd pages
     * (the default footer) are aligned {@code oddAlign}, even pages {@code evenAlign} (the same when
     * {@code oddEvenDiffer} is false); a left or right page number stands {@code sideIndentPt} in.
     * Alignments are LEFT, CENTER or RIGHT.
     */
    public record PageNumberStyle(String eastAsiaFont, String latinFont, double sizePt,
                                  double offsetBelowTypeAreaPt, double sideIndentPt,
                                  boolean oddEvenDiffer, String before, String after,
                                  Align oddAlign, Align evenAlign) {
        public PageNumberStyle {
            before = before == null ? "" : before;
            after = after == null ? "" : after;
            if (!oddEvenDiffer) evenAlign = oddAlign;
        }

        /** The page number as printed on page {@code n} (1-based). */
        public String text(int n) {
            return before + n + after;
        }

        /** The alignment of page {@code n}'s number (1-based). */
        public Align align(int n) {
            return n % 2 == 1 ? oddAlign : evenAlign;
        }
    }

    /**
     * The red 版头. The 发文机关标志 is {@code markLines} (one line, or several issuers' names stacked,
     * §7.2.2; a line may hold the {{issuer}} placeholder) with {@code markSide} ("文件", or "") set to
     * their right, centred on them; {@code markDistributed}: the template spreads each name over the
     * widest one's width (w:jc="distribute"); {@code namesColumnPt} and {@code sideColumnPt}: the widths of
     * a mark table's columns (names, then "文件"), over which the names spread and in which the side text
     * is centred, as Word sets the table; 0 for a mark of paragraphs; {@code markSideSizePt}: the side
     * text's own size where the template sets it apart from the names' ("文件" often larger), else 0. The first line's box starts {@code markTopBelowTypeAreaPt}
     * below the top of the type area (its space before; the mark's top edge lands
     * {@link LineBox#emTopAboveExactBoxPt} higher in an exact box). The red separator lies
     * {@code separatorBelowDocNumberPt} below the 发文字号, {@code separatorWidthPt} thick. The 版记 (part of
     * the red-header template) is ruled {@code imprintOuterRulePt} above and below, {@code imprintInnerRulePt}
     * between 抄送 and 印发: the borders of the template's 版记 table.
     */
    public record RedHeader(List<String> markLines, String markSide, boolean markDistributed,
                            double namesColumnPt, double sideColumnPt, double markSideSizePt, double markTopBelowTypeAreaPt,
                            double separatorBelowDocNumberPt, double separatorWidthPt, String color,
                            double imprintOuterRulePt, double imprintInnerRulePt) {
        public RedHeader {
            markLines = List.copyOf(markLines);
            markSide = markSide == null ? "" : markSide;
        }
    }
}
