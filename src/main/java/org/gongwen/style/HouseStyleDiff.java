package org.gongwen.style;

import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.HouseStyle.RedHeader;
import org.gongwen.style.HouseStyle.RoleStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed between two versions of a house template, for the template's history: part by part
 * (页面设置, each role in {@link Role}'s order, the footer's page number, the red header) and property
 * by property in a fixed order, each value worded as a clerk sets it in Word (三号, 毫米, 字, 固定值).
 * Numbers closer than {@value #TOLERANCE_PT} pt are the same, so reading one file twice reports nothing.
 */
public final class HouseStyleDiff {
    /** Below a twip (0.05 pt), the finest step a template stores. */
    private static final double TOLERANCE_PT = 0.01;

    private HouseStyleDiff() {}

    /**
     * One property that differs.
     *
     * @param part         the part, stable for the JSON API: "page", "role", "pageNumber" or "redHeader"
     * @param role         the role when {@code part} is "role", else null
     * @param property     the property, stable for the JSON API: a record component ("sizePt", "topPt"), or
     *                     "paper", "lineSpacing", "form", "place", "mark", "markColumns", "present" for
     *                     what a clerk sets as one
     * @param partName     the part as a clerk calls it: 页面设置, 正文, 页脚页码, 版头和版记
     * @param propertyName the property as a clerk calls it: 字号, 页边距上 …
     * @param before       the old value as a clerk reads it ("三号（16 磅）")
     * @param after        the new value
     */
    public record Change(String part, Role role, String property, String partName, String propertyName,
                         String before, String after) {
        /** "page.topPt", "role.BODY.sizePt": one key per property. */
        public String key() {
            return part + "." + (role == null ? "" : role.name() + ".") + property;
        }
    }

    /** Every property that changed from {@code before} to {@code after}, in a fixed order; empty when none did. */
    public static List<Change> between(HouseStyle before, HouseStyle after) {
        List<Change> out = new ArrayList<>();
        compare("page", null, "页面设置", PAGE, before, before.page(), after, after.page(), out);
        for (Role r : Role.values()) {
            compare("role", r, r.chineseName(), ROLE, before, before.role(r), after, after.role(r), out);
        }
        optional("pageNumber", "页脚页码", "页码", PAGE_NUMBER, HouseStyleDiff::form, before, before.pageNumber(), after, after.pageNumber(), out);
        optional("redHeader", "版头和版记", "红头", RED_HEADER, HouseStyleDiff::mark, before, before.redHeader(), after, after.redHeader(), out);
        return out;
    }

    /**
     * A setting as a clerk sees it: {@code value} is what is compared (numbers with the tolerance,
     * lists item by item), {@code text} what is shown, given the whole style for what it refers to.
     */
    private record Property<T>(String key, String name, Function<T, ?> value, BiFunction<T, HouseStyle, String> text) {}

    private static <T> Property<T> p(String key, String name, Function<T, ?> value, Function<T, String> text) {
        return new Property<>(key, name, value, (v, style) -> text.apply(v));
    }

    private static final List<Property<PageSetup>> PAGE = List.of(
            p("paper", "纸张", s -> List.of(s.widthPt(), s.heightPt()), s -> Sizes.mm(s.widthPt()) + "×" + mm(s.heightPt())),
            p("topPt", "页边距上", PageSetup::topPt, s -> mm(s.topPt())),
            p("bottomPt", "页边距下", PageSetup::bottomPt, s -> mm(s.bottomPt())),
            p("leftPt", "页边距左", PageSetup::leftPt, s -> mm(s.leftPt())),
            p("rightPt", "页边距右", PageSetup::rightPt, s -> mm(s.rightPt())),
            p("headerPt", "页眉距边界", PageSetup::headerPt, s -> mm(s.headerPt())),
            p("footerPt", "页脚距边界", PageSetup::footerPt, s -> mm(s.footerPt())),
            p("linesPerPage", "每页行数", PageSetup::linesPerPage, s -> s.linesPerPage() + " 行"),
            p("charsPerLine", "每行字数", PageSetup::charsPerLine, s -> s.charsPerLine() + " 字"),
            p("linePitchPt", "网格行距", PageSetup::linePitchPt, s -> pt(s.linePitchPt())),
            p("charPitchPt", "网格字距", PageSetup::charPitchPt, s -> pt(s.charPitchPt())));

    private static final List<Property<RoleStyle>> ROLE = List.of(
            p("eastAsiaFont", "字体", RoleStyle::eastAsiaFont, s -> font(s.eastAsiaFont())),
            p("latinFont", "西文字体", RoleStyle::latinFont, s -> font(s.latinFont())),
            p("sizePt", "字号", RoleStyle::sizePt, s -> size(s.sizePt())),
            p("bold", "加粗", RoleStyle::bold, s -> s.bold() ? "加粗" : "不加粗"),
            p("color", "颜色", RoleStyle::color, s -> color(s.color())),
            p("align", "对齐", RoleStyle::align, s -> align(s.align())),
            p("firstLineIndentPt", "首行缩进", RoleStyle::firstLineIndentPt, s -> s.firstLineIndentPt() < 0
                    ? "悬挂 " + chars(-s.firstLineIndentPt(), s.sizePt()) : chars(s.firstLineIndentPt(), s.sizePt())),
            p("leftIndentPt", "左缩进", RoleStyle::leftIndentPt, s -> chars(s.leftIndentPt(), s.sizePt())),
            p("rightIndentPt", "右缩进", RoleStyle::rightIndentPt, s -> chars(s.rightIndentPt(), s.sizePt())),
            p("spaceBeforePt", "段前", RoleStyle::spaceBeforePt, s -> pt(s.spaceBeforePt())),
            p("spaceAfterPt", "段后", RoleStyle::spaceAfterPt, s -> pt(s.spaceAfterPt())),
            new Property<>("lineSpacing", "行距", s -> List.of(s.lineRule(), s.lineSpacing()), HouseStyleDiff::lineSpacing),
            p("keepWithNext", "与下段同页", RoleStyle::keepWithNext, s -> s.keepWithNext() ? "是" : "否"),
            p("pageBreakBefore", "段前分页", RoleStyle::pageBreakBefore, s -> s.pageBreakBefore() ? "是" : "否"),
            p("styleName", "样式名称", RoleStyle::styleName, RoleStyle::styleName));

    private static final List<Property<PageNumberStyle>> PAGE_NUMBER = List.of(
            p("form", "样式", n -> List.of(n.before(), n.after()), HouseStyleDiff::form),
            p("eastAsiaFont", "字体", PageNumberStyle::eastAsiaFont, n -> font(n.eastAsiaFont())),
            p("latinFont", "西文字体", PageNumberStyle::latinFont, n -> font(n.latinFont())),
            p("sizePt", "字号", PageNumberStyle::sizePt, n -> size(n.sizePt())),
            p("offsetBelowTypeAreaPt", "位置", PageNumberStyle::offsetBelowTypeAreaPt,
                    n -> "版心下边缘之下 " + mm(n.offsetBelowTypeAreaPt())),
            p("sideIndentPt", "左右缩进", PageNumberStyle::sideIndentPt, n -> chars(n.sideIndentPt(), n.sizePt())),
            p("place", "单双页对齐", n -> List.of(n.oddEvenDiffer(), n.oddAlign(), n.evenAlign()), n -> n.oddEvenDiffer()
                    ? "单页" + align(n.oddAlign()) + "、双页" + align(n.evenAlign()) : align(n.oddAlign()) + "（单双页相同）"));

    private static final List<Property<RedHeader>> RED_HEADER = List.of(
            p("mark", "发文机关标志", h -> List.of(h.markLines(), h.markSide()), HouseStyleDiff::mark),
            p("markDistributed", "标志分散对齐", RedHeader::markDistributed, h -> h.markDistributed() ? "是" : "否"),
            p("markSideSizePt", "标志右侧文字字号", RedHeader::markSideSizePt,
                    h -> h.markSideSizePt() == 0 ? "同机关名称" : size(h.markSideSizePt())),
            p("markColumns", "标志表格列宽", h -> List.of(h.namesColumnPt(), h.sideColumnPt()), h -> h.namesColumnPt() == 0
                    ? "不用表格" : "机关名称栏 " + mm(h.namesColumnPt()) + "、右侧文字栏 " + mm(h.sideColumnPt())),
            p("markTopBelowTypeAreaPt", "标志位置", RedHeader::markTopBelowTypeAreaPt,
                    h -> "版心上边缘之下 " + mm(h.markTopBelowTypeAreaPt())),
            p("separatorBelowDocNumberPt", "分隔线位置", RedHeader::separatorBelowDocNumberPt,
                    h -> "发文字号之下 " + mm(h.separatorBelowDocNumberPt())),
            p("separatorWidthPt", "分隔线粗细", RedHeader::separatorWidthPt,
                    h -> h.separatorWidthPt() == 0 ? "无分隔线" : pt(h.separatorWidthPt())),
            p("color", "红头颜色", RedHeader::color, h -> color(h.color())),
            p("imprintOuterRulePt", "版记首末分隔线", RedHeader::imprintOuterRulePt, h -> pt(h.imprintOuterRulePt())),
            p("imprintInnerRulePt", "版记中间分隔线", RedHeader::imprintInnerRulePt, h -> pt(h.imprintInnerRulePt())));

    private static <T> void compare(String part, Role role, String partName, List<Property<T>> properties,
                                    HouseStyle beforeStyle, T before, HouseStyle afterStyle, T after, List<Change> out) {
        for (Property<T> p : properties) {
            if (!same(p.value().apply(before), p.value().apply(after))) {
                out.add(new Change(part, role, p.key(), partName, p.name(),
                        p.text().apply(before, beforeStyle), p.text().apply(after, afterStyle)));
            }
        }
    }

    /** A part a template may leave out: its coming or going is one change, shown by {@code summary}. */
    private static <T> void optional(String part, String partName, String presenceName, List<Property<T>> properties,
                                     Function<T, String> summary, HouseStyle beforeStyle, T before,
                                     HouseStyle afterStyle, T after, List<Change> out) {
        if (before == null && after == null) return;
        if (before == null || after == null) {
            out.add(new Change(part, null, "present", partName, presenceName,
                    before == null ? "无" : summary.apply(before), after == null ? "无" : summary.apply(after)));
            return;
        }
        compare(part, null, partName, properties, beforeStyle, before, afterStyle, after, out);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.abs(x - y) < TOLERANCE_PT;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) return false;
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** "三号（16 磅）", or "17 磅" for a size without a 号 name. */
    private static String size(double pt) {
        String named = Sizes.named(pt);
        return named == null ? pt(pt) : named + "（" + pt(pt) + "）";
    }

    private static String pt(double pt) {
        return Sizes.points(pt) + " 磅";
    }

    private static String mm(double pt) {
        return Sizes.mm(pt) + " 毫米";
    }

    /** "2 字（32 磅）": in 字 of the text's size to the nearest half, as Word's 字符 unit, and the points as they are. */
    private static String chars(double pt, double sizePt) {
        if (Math.abs(pt) < TOLERANCE_PT) return "无";
        return Sizes.points(Math.round(pt / sizePt * 2) / 2.0) + " 字（" + pt(pt) + "）";
    }

    private static String font(String family) {
        return family == null ? "未设" : family;
    }

    private static String color(String rgb) {
        if (rgb == null) return "自动";
        return switch (rgb.toUpperCase(java.util.Locale.ROOT)) {
            case "000000" -> "黑色";
            case "FF0000" -> "红色";
            default -> "#" + rgb;
        };
    }

    private static String align(Align a) {
        return switch (a) {
            case LEFT -> "居左";
            case CENTER -> "居中";
            case RIGHT -> "居右";
            case BOTH -> "两端对齐";
        };
    }

    /** Word's words for the rule ("固定值 28.95 磅"); on the grid, the lines taken and their height on this page. */
    private static String lineSpacing(RoleStyle s, HouseStyle style) {
        return switch (s.lineRule()) {
            case EXACT -> "固定值 " + pt(s.lineSpacing());
            case AT_LEAST -> "最小值 " + pt(s.lineSpacing());
            case GRID -> "网格 " + Sizes.points(s.lineSpacing()) + " 倍（" + pt(s.lineSpacing() * style.page().linePitchPt()) + "）";
            case AUTO -> s.lineSpacing() == 1 ? "单倍行距" : Sizes.points(s.lineSpacing()) + " 倍行距";
        };
    }

    private static String form(PageNumberStyle n) {
        return "“" + n.text(1) + "”";
    }

    private static String mark(RedHeader h) {
        return "“" + String.join("／", h.markLines()) + h.markSide() + "”";
    }
}
