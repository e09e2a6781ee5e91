package org.gongwen.adopt;

import org.gongwen.adopt.AdoptionReport.Departure;
import org.gongwen.adopt.AdoptionReport.RoleReport;
import org.gongwen.adopt.HouseLearner.House;
import org.gongwen.adopt.RoleFinder.Found;
import org.gongwen.check.Faces;
import org.gongwen.style.Sizes;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.List;

import static org.gongwen.style.Gbt9704Numbers.*;

/**
 * The adoption report: per role what was learned and from where (the numbers as gongwen reads them
 * back from the adopted template), and each number in which the house departs from GB/T 9704, with
 * the clause. A departure is the house's choice: it is kept and listed, never corrected.
 */
final class Reporter {
    private Reporter() {}

    private static final double MM = PT_PER_MM;

    static AdoptionReport report(String templateId, BureauDocument doc, Found found, House house, HouseStyle style, List<String> removed) {
        List<RoleReport> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            if ((r == Role.ISSUER_MARK || r == Role.DOC_NUMBER || r == Role.COPY_TO || r == Role.PRINTED_BY) && style.redHeader() == null
                    && !house.specs().get(r).learned()) {
                continue; // a plain house prints no 版头 and no 版记
            }
            Spec spec = house.specs().get(r);
            String described = describe(style, r);
            if (r == Role.DOC_NUMBER && style.redHeader() != null && style.redHeader().separatorWidthPt() > 0) {
                HouseStyle.RedHeader h = style.redHeader();
                described += "；下接分隔线" + (BureauDocument.isRed(h.color()) ? "红色" : "#" + h.color()) + Sizes.points(h.separatorWidthPt())
                        + "磅，距发文字号" + Sizes.mm(h.separatorBelowDocNumberPt()) + "毫米（" + house.ruleFrom() + "）";
            }
            roles.add(new RoleReport(r.name(), r.chineseName(), spec.learned(), spec.from(), described));
        }
        List<Departure> departures = new ArrayList<>();
        page(style.page(), departures);
        body(style, departures);
        for (Role r : List.of(Role.TITLE, Role.HEADING1, Role.HEADING2, Role.HEADING3, Role.HEADING4)) {
            if (house.specs().get(r).learned()) face(style.role(r), r, departures);
        }
        String pageNumbers = pageNumbers(house, style, departures);
        if (style.redHeader() != null) redHeader(style, house, departures);
        return new AdoptionReport(templateId, style.redHeader() != null, pageLine(style.page()), pageNumbers, roles, departures, removed);
    }

    /** "方正小标宋简体 二号 红色 居中 固定行距36磅 段前35.4毫米". */
    static String describe(HouseStyle house, Role role) {
        RoleStyle s = house.role(role);
        List<String> parts = new ArrayList<>();
        parts.add(s.eastAsiaFont() == null ? "（未设中文字体）" : s.eastAsiaFont());
        parts.add(Sizes.name(s.sizePt()));
        if (s.bold()) parts.add("加粗");
        if (s.color() != null && !s.color().equals("000000")) parts.add("FF0000".equals(s.color()) ? "红色" : "颜色#" + s.color());
        parts.add(switch (s.align()) {
            case CENTER -> "居中";
            case RIGHT -> "居右";
            case BOTH -> "两端对齐";
            case LEFT -> "居左";
        });
        if (Math.abs(s.firstLineIndentPt()) > 0.5) {
            parts.add((s.firstLineIndentPt() > 0 ? "首行缩进" : "悬挂缩进") + indent(Math.abs(s.firstLineIndentPt()), s.sizePt()));
        }
        if (s.leftIndentPt() > 0.5) parts.add("左缩进" + indent(s.leftIndentPt(), s.sizePt()));
        if (s.rightIndentPt() > 0.5) parts.add("右缩进" + indent(s.rightIndentPt(), s.sizePt()));
        parts.add(switch (s.lineRule()) {
            case EXACT -> "固定行距" + Sizes.points(s.lineSpacing()) + "磅";
            case AT_LEAST -> "最小行距" + Sizes.points(s.lineSpacing()) + "磅";
            case GRID -> s.lineSpacing() == 1 ? "单倍行距（对齐网格）" : Sizes.points(s.lineSpacing()) + "倍行距（对齐网格）";
            case AUTO -> s.lineSpacing() == 1 ? "单倍行距" : Sizes.points(s.lineSpacing()) + "倍行距";
        });
        if (s.spaceBeforePt() > 0.5) parts.add("段前" + Sizes.points(s.spaceBeforePt()) + "磅");
        if (s.spaceAfterPt() > 0.5) parts.add("段后" + Sizes.points(s.spaceAfterPt()) + "磅");
        if (role.name().startsWith("HEADING")) parts.add("大纲" + role.name().substring(7) + "级");
        return String.join(" ", parts);
    }

    /** "2字（31.59磅）": the 字 of the role's size to the nearest half, and the points as they are. */
    private static String indent(double pt, double size) {
        return Sizes.points(Math.round(pt / size * 2) / 2.0) + "字（" + Sizes.points(pt) + "磅）";
    }

    private static String pageLine(HouseStyle.PageSetup p) {
        return "纸张" + Sizes.mm(p.widthPt()) + "×" + Sizes.mm(p.heightPt()) + "毫米，天头" + Sizes.mm(p.topPt()) + "毫米、订口"
                + Sizes.mm(p.leftPt()) + "毫米，版心" + Sizes.mm(p.typeAreaWidthPt()) + "×" + Sizes.mm(p.typeAreaHeightPt())
                + "毫米，网格每页" + p.linesPerPage() + "行、每行" + p.charsPerLine() + "字（学自文档的页面设置）";
    }

    private static void page(HouseStyle.PageSetup p, List<Departure> out) {
        if (Math.abs(p.widthPt() - pt(PAGE_WIDTH_MM)) > MM || Math.abs(p.heightPt() - pt(PAGE_HEIGHT_MM)) > MM) {
            out.add(new Departure("纸张", Sizes.mm(p.widthPt()) + "×" + Sizes.mm(p.heightPt()) + "毫米", "A4，210×297毫米（§5.1）"));
        }
        if (Math.abs(p.topPt() - pt(TOP_MM)) > MM || Math.abs(p.leftPt() - pt(LEFT_MM)) > MM) {
            out.add(new Departure("版心位置", "天头" + Sizes.mm(p.topPt()) + "毫米、订口" + Sizes.mm(p.leftPt()) + "毫米",
                    "天头37毫米、订口28毫米（§5.2.1）"));
        }
        if (Math.abs(p.typeAreaWidthPt() - pt(TYPE_AREA_WIDTH_MM)) > MM || Math.abs(p.typeAreaHeightPt() - pt(TYPE_AREA_HEIGHT_MM)) > MM) {
            out.add(new Departure("版心尺寸", Sizes.mm(p.typeAreaWidthPt()) + "×" + Sizes.mm(p.typeAreaHeightPt()) + "毫米",
                    "156×225毫米（§5.2.1）"));
        }
        if (p.charsPerLine() != CHARS_PER_LINE) {
            out.add(new Departure("每行字数", "网格每行" + p.charsPerLine() + "字", "每行28字（§5.2.3）"));
        }
    }

    /** The body's face, size and lines per page: an exact line spacing counts, whatever the grid says. */
    private static void body(HouseStyle style, List<Departure> out) {
        RoleStyle b = style.role(Role.BODY);
        if (Faces.of(b.eastAsiaFont()) != Faces.FANGSONG || Math.abs(b.sizePt() - BODY_PT) > 0.26) {
            out.add(new Departure("正文字体字号", b.eastAsiaFont() + Sizes.name(b.sizePt()), "仿宋三号（16磅，§5.2.2）"));
        }
        double advance = b.lineRule() == LineRule.EXACT || b.lineRule() == LineRule.AT_LEAST ? b.lineSpacing() : style.page().linePitchPt();
        double lines = style.page().typeAreaHeightPt() / advance;
        if (Math.abs(advance - LINE_PITCH_PT) > 0.2) {
            out.add(new Departure("正文行距", (b.lineRule() == LineRule.EXACT ? "固定值" : "") + Sizes.points(advance) + "磅（每页约"
                    + Sizes.points(Math.round(lines * 10) / 10.0) + "行）", "每页22行，行距" + Sizes.points(LINE_PITCH_PT) + "磅（§5.2.3）"));
        } else if (style.page().linesPerPage() != LINES) {
            out.add(new Departure("每页行数", "网格每页" + style.page().linesPerPage() + "行", "每页22行（§5.2.3）"));
        }
    }

    private static void face(RoleStyle s, Role r, List<Departure> out) {
        String face = switch (r) {
            case TITLE -> TITLE_FACE;
            case HEADING1 -> HEADING1_FACE;
            case HEADING2 -> HEADING2_FACE;
            default -> BODY_FACE;
        };
        double size = r == Role.TITLE ? TITLE_PT : BODY_PT;
        String clause = r == Role.TITLE ? "§7.3.1" : "§7.3.3";
        if (Faces.of(s.eastAsiaFont()) != Faces.of(face) || Math.abs(s.sizePt() - size) > 0.26) {
            out.add(new Departure(r.chineseName() + "字体字号", s.eastAsiaFont() + Sizes.name(s.sizePt()),
                    face + Sizes.name(size) + "（" + clause + "）"));
        }
    }

    /** The page numbers as the template has them (its footers, read back): form, place, size. */
    private static String pageNumbers(House house, HouseStyle style, List<Departure> out) {
        HouseStyle.PageNumberStyle p = style.pageNumber();
        String gbt = "单页居右、双页居左，各空一字（§7.5）";
        if (p == null) return "没有页码（文档没有，模板也不加）";
        String form = p.text(1);
        String place = p.oddEvenDiffer() ? "单页" + side(p.oddAlign()) + "、双页" + side(p.evenAlign()) : side(p.oddAlign()) + "（单双页相同）";
        if (house.pageNumbers() == null) {
            return "文档没有页码，按 GB/T 9704 加“" + form + "”：" + p.eastAsiaFont() + Sizes.name(p.sizePt()) + "，" + gbt;
        }
        if (!form.replace(" ", "").equals("—1—")) {
            out.add(new Departure("页码样式", "“" + form + "”", "“— 1 —”，数字两侧各一条一字线（§7.5）"));
        }
        boolean standardPlace = p.oddEvenDiffer() && p.oddAlign() == HouseStyle.Align.RIGHT && p.evenAlign() == HouseStyle.Align.LEFT;
        if (!standardPlace) out.add(new Departure("页码位置", place, gbt));
        if (Math.abs(p.sizePt() - SMALL_PT) > 0.26) {
            out.add(new Departure("页码字号", Sizes.name(p.sizePt()), "四号（14磅，§7.5）"));
        }
        return "“" + form + "”：" + p.eastAsiaFont() + Sizes.name(p.sizePt()) + "，" + place + "（学自页脚）";
    }

    private static String side(HouseStyle.Align a) {
        return switch (a) {
            case CENTER -> "居中";
            case RIGHT -> "居右";
            default -> "居左";
        };
    }

    private static void redHeader(HouseStyle style, House house, List<Departure> out) {
        HouseStyle.RedHeader h = style.redHeader();
        RoleStyle mark = style.role(Role.ISSUER_MARK);
        if (!BureauDocument.isRed(mark.color())) {
            out.add(new Departure("发文机关标志颜色", "#" + mark.color(), "红色（§7.2.4）"));
        }
        double top = h.markTopBelowTypeAreaPt() - (mark.lineRule() == LineRule.EXACT ? LineBox.emTopAboveExactBoxPt(mark.sizePt()) : 0);
        if (Math.abs(top - pt(ISSUER_MARK_TOP_MM)) > 1.5 * MM) {
            out.add(new Departure("发文机关标志位置", "上边缘距版心上边缘约" + Sizes.mm(top) + "毫米", "35毫米（§7.2.4）"));
        }
        if (h.separatorWidthPt() > 0 && Math.abs(h.separatorBelowDocNumberPt() - pt(SEPARATOR_BELOW_DOC_NUMBER_MM)) > MM) {
            out.add(new Departure("红色分隔线位置", "发文字号之下" + Sizes.mm(h.separatorBelowDocNumberPt()) + "毫米",
                    "发文字号之下4毫米（§7.2.7）"));
        }
        if (h.separatorWidthPt() > 0 && !BureauDocument.isRed(h.color())) {
            out.add(new Departure("分隔线颜色", "#" + h.color(), "红色（§7.2.7）"));
        }
        if (house.imprintLearned()) {
            if (Math.abs(h.imprintOuterRulePt() - pt(THICK_RULE_MM)) > 0.15) {
                out.add(new Departure("版记首末分隔线", "粗" + Sizes.points(h.imprintOuterRulePt()) + "磅", "粗0.35毫米（约1磅，§7.4.1）"));
            }
            if (Math.abs(h.imprintInnerRulePt() - pt(THIN_RULE_MM)) > 0.15) {
                out.add(new Departure("版记中间分隔线", "粗" + Sizes.points(h.imprintInnerRulePt()) + "磅", "粗0.25毫米（约0.7磅，§7.4.1）"));
            }
        }
    }
}
