package org.gongwen.check;

import org.gongwen.compose.Composer;
import org.gongwen.compose.Punctuation;
import org.gongwen.check.PdfPages.Glyph;
import org.gongwen.check.PdfPages.Line;
import org.gongwen.check.PdfPages.Page;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a PDF — gongwen's or anyone's — against GB/T 9704 and a house style, from what can be
 * measured: page size, type area, line and character pitch, faces and sizes by role (title,
 * heading sentences by their labels, body), page numbers, embedded fonts. Reads at most what its
 * {@link PdfLimits} allow. Stateless and thread-safe.
 */
public final class PdfChecker {
    private static final double MM = 72 / 25.4;

    private final PdfLimits limits;

    public PdfChecker() {
        this(PdfLimits.DEFAULT);
    }

    public PdfChecker(PdfLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws org.gongwen.model.BadInputException pdf-unreadable (UNREADABLE) when the bytes are not a readable PDF;
     *         pdf-too-many-pages (TOO_LARGE), pdf-too-much-content (TOO_LARGE) or pdf-too-complex (TOO_COMPLEX) past the limits
     * @throws org.gongwen.model.RenderCancelled when the thread is interrupted (a check past its time limit)
     */
    public List<Finding> check(byte[] pdf, HouseStyle expected) {
        PdfPages doc = PdfPages.read(pdf, limits);
        FindingList out = new FindingList();
        fonts(doc, out);
        for (Page p : doc.pages) paper(p, expected.page(), out);
        Map<Page, List<Line>> text = new HashMap<>();
        for (Page p : doc.pages) {
            List<Line> lines = new ArrayList<>(p.lines());
            if (expected.pageNumber() != null) pageNumber(p, lines, expected, out);
            typeArea(p, lines, expected.page(), out);
            text.put(p, lines);
        }
        faces(doc.pages, text, expected, out);
        grid(doc, expected, out);
        return out.toList();
    }

    private static void fonts(PdfPages doc, FindingList out) {
        doc.fonts.forEach((name, embedded) -> {
            if (!embedded) out.error("font-not-embedded", "字体“" + Faces.official(name) + "”未嵌入PDF，换一台电脑会显示成别的字体；导出PDF时请选择嵌入字体", "全文");
        });
    }

    private static void paper(Page p, PageSetup want, FindingList out) {
        if (Math.abs(p.widthPt() - want.widthPt()) > MM || Math.abs(p.heightPt() - want.heightPt()) > MM) {
            out.error("paper-size", "纸张应为" + Sizes.mm(want.widthPt()) + "×" + Sizes.mm(want.heightPt()) + "毫米（A4），此处为"
                    + Sizes.mm(p.widthPt()) + "×" + Sizes.mm(p.heightPt()) + "毫米", "第" + p.number() + "页");
        }
    }

    /** Finds, checks and removes the page-number line below the type area: the house's form, side and place. */
    private static void pageNumber(Page p, List<Line> lines, HouseStyle house, FindingList out) {
        PageSetup page = house.page();
        PageNumberStyle want = house.pageNumber();
        double bottom = page.heightPt() - page.bottomPt();
        Line number = null;
        for (Line l : lines) if (l.baseline() > bottom + 2) number = l;
        String where = "第" + p.number() + "页";
        if (number == null) {
            out.error("page-number-missing", "缺少页码：应在版心下边缘之下排“" + want.text(p.number()) + "”", where);
            return;
        }
        lines.remove(number);
        if (!PageNumberChecks.noSpaces(number.text()).equals(PageNumberChecks.noSpaces(want.text(p.number())))) {
            out.error("page-number-form", "页码应为“" + want.text(p.number()) + "”" + PageNumberChecks.explained(want) + "，此处为“"
                    + number.text() + "”", where);
        }
        Align align = want.align(p.number());
        String which = !want.oddEvenDiffer() ? "" : p.number() % 2 == 1 ? "单页" : "双页";
        double typeLeft = page.leftPt(), typeRight = page.widthPt() - page.rightPt();
        switch (align) {
            case RIGHT -> {
                if (Math.abs(number.right() - (typeRight - want.sideIndentPt())) > 3) {
                    out.error("page-number-position", which + "页码应居右、右空" + PageNumberChecks.indent(want) + "，此处右端距版心右边缘"
                            + Sizes.mm(typeRight - number.right()) + "毫米", where);
                }
            }
            case LEFT -> {
                if (Math.abs(number.left() - (typeLeft + want.sideIndentPt())) > 3) {
                    out.error("page-number-position", which + "页码应居左、左空" + PageNumberChecks.indent(want) + "，此处左端距版心左边缘"
                            + Sizes.mm(number.left() - typeLeft) + "毫米", where);
                }
            }
            default -> {
                double off = (number.left() + number.right()) / 2 - (typeLeft + typeRight) / 2;
                if (Math.abs(off) > 3) {
                    out.error("page-number-position", which + "页码应居中，此处偏" + (off > 0 ? "右" : "左") + Sizes.mm(Math.abs(off))
                            + "毫米", where);
                }
            }
        }
        // the em dash's stroke where GB/T 9704 has it; any other form's line is placed by the same rule
        double dash = number.baseline() - LineBox.DASH_HEIGHT * number.sizePt();
        if (Math.abs(dash - (bottom + want.offsetBelowTypeAreaPt())) > 2 * MM) {
            String what = PageNumberChecks.explained(want).isEmpty() ? "页码" : "页码的一字线";
            out.error("page-number-position", what + "应在版心下边缘之下" + Sizes.mm(want.offsetBelowTypeAreaPt()) + "毫米，此处约为"
                    + Sizes.mm(dash - bottom) + "毫米", where);
        }
        if (Math.abs(number.sizePt() - want.sizePt()) > 0.3) {
            out.error("page-number-font", "页码应为" + Sizes.name(want.sizePt()) + "字，此处为" + Sizes.name(number.sizePt()), where);
        }
    }

    /** No text outside the type area (2 pt of slack for glyph side bearings and rounding). */
    private static void typeArea(Page p, List<Line> lines, PageSetup page, FindingList out) {
        double left = page.leftPt(), right = page.widthPt() - page.rightPt();
        double top = page.topPt(), bottom = page.heightPt() - page.bottomPt();
        for (Line l : lines) {
            Glyph last = l.glyphs().get(l.glyphs().size() - 1);
            if (isClosingMark(last) && last.x() >= right - 1) {
                out.error("hanging-punctuation", "行末标点“" + last.text() + "”悬挂在版心右边缘之外（“" + head(l.text())
                        + "”）；公文不用悬挂标点，应压缩标点或把上一字移到下行（Word：段落→中文版式→取消“允许标点溢出边界”）",
                        "第" + p.number() + "页");
                return;
            }
            boolean outside = l.left() < left - 2 || inkRight(l) > right + 2
                    || l.baseline() - 0.8 * l.sizePt() < top - 2 || l.baseline() > bottom + 2;
            if (outside) {
                out.error("type-area", "文字超出版心（左" + Sizes.mm(left) + "毫米、上" + Sizes.mm(top) + "毫米、宽"
                        + Sizes.mm(right - left) + "毫米、高" + Sizes.mm(bottom - top) + "毫米）：“" + head(l.text()) + "”，请检查页边距",
                        "第" + p.number() + "页");
                return;
            }
        }
    }

    /**
     * Where a line's ink ends: a full-width mark closing a line is squeezed to half its width (its
     * ink sits in the left half), so it may overhang the type area by that half.
     */
    private static double inkRight(Line l) {
        Glyph last = l.glyphs().get(l.glyphs().size() - 1);
        return isClosingMark(last) ? (double) last.x() + last.width() / 2.0 : l.right();
    }

    private static boolean isClosingMark(Glyph g) {
        return g.text().codePointCount(0, g.text().length()) == 1 && Punctuation.isSqueezableClosing(g.text().codePointAt(0));
    }

    /**
     * Title on page 1 (the largest text above the first body line), heading sentences by their
     * labels at the start of a line, the rest against the body face.
     */
    private static void faces(List<Page> pages, Map<Page, List<Line>> text, HouseStyle house, FindingList out) {
        RoleStyle body = house.role(Role.BODY);
        double indentX = house.page().leftPt() + body.firstLineIndentPt();
        Set<String> reported = new HashSet<>();
        boolean seenBody = false, seenMark = false;
        List<String> title = new ArrayList<>();
        List<Glyph> paragraph = new ArrayList<>();
        String where = "第1页";
        for (Page p : pages) {
            for (Line l : text.get(p)) {
                boolean isBodySize = Math.abs(l.sizePt() - body.sizePt()) < 0.3;
                if (p.number() == 1 && !seenBody && house.redHeader() != null && inMarkBox(l, house)) {
                    // a red header's issuer mark is the first lines, in the mark's boxes; its size is the
                    // issuer's choice (a long one is set smaller to stay on one line), its face is not
                    RoleStyle mark = house.role(Role.ISSUER_MARK);
                    Glyph g = l.glyphs().get(0);
                    if (!seenMark && !Faces.matches(mark.eastAsiaFont(), g.font(), true)) {
                        out.error("issuer-mark-font", "发文机关标志字体应为" + mark.eastAsiaFont() + "，此处为" + Faces.official(g.font()), "第1页版头");
                    }
                    seenMark = true;
                    continue;
                }
                if (p.number() == 1 && !seenBody && l.sizePt() > body.sizePt() + 2) {
                    glyphs(l.glyphs(), Role.TITLE, house, "第1页标题", reported, out);
                    title.add(l.text());
                    continue;
                }
                if (!isBodySize) continue;
                seenBody = true;
                // a line at the first-line indent opens a paragraph; one at the margin (even on the next page) goes on with it
                if (Math.abs(l.left() - indentX) < 3 || Math.abs(l.left() - house.page().leftPt()) >= 3) {
                    paragraph(paragraph, house, where, reported, out);
                    paragraph = new ArrayList<>();
                    where = "第" + p.number() + "页";
                }
                paragraph.addAll(l.glyphs());
            }
        }
        paragraph(paragraph, house, where, reported, out);
        titleShape(title, house, out);
    }

    /**
     * Whether a line's baseline lies in the 发文机关标志's line boxes (its space before, then its lines:
     * joint issuers' names stacked, the "文件" beside them).
     */
    private static boolean inMarkBox(Line l, HouseStyle house) {
        RoleStyle mark = house.role(Role.ISSUER_MARK);
        double top = house.page().topPt() + house.redHeader().markTopBelowTypeAreaPt();
        double height = mark.lineRule() == HouseStyle.LineRule.EXACT ? mark.lineSpacing() : mark.sizePt() * 1.3;
        return l.baseline() > top && l.baseline() <= top + Math.max(1, house.redHeader().markLines().size()) * height + 1;
    }

    /** A wrapped title breaks where the meaning allows (never inside a number or word), upper line not longer. */
    private static void titleShape(List<String> lines, HouseStyle house, FindingList out) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i), b = lines.get(i + 1);
            if (TitleChecks.isWordChar(a.charAt(a.length() - 1)) && TitleChecks.isWordChar(b.charAt(0))) {
                out.error("title-break", "标题不能在数字或英文单词中间断行：“" + a + "”与“" + b + "”之间", "第1页标题");
            }
        }
        TitleBreakRule.check(lines, out);
        TitleChecks.shape(lines, Composer.charsPerLine(house, Role.TITLE), "第1页标题", out);
    }

    /** A paragraph's heading sentence (by its label) in its level's face, the rest in a body-size face. */
    private static void paragraph(List<Glyph> glyphs, HouseStyle house, String where, Set<String> reported,
                                  FindingList out) {
        if (glyphs.isEmpty()) return;
        StringBuilder b = new StringBuilder();
        for (Glyph g : glyphs) b.append(g.text());
        String text = b.toString();
        Labels.Label label = Labels.parse(text);
        int lead = 0;
        String at = where + "“" + head(text) + "”";
        if (label != null && (label.level() == 1 || label.level() == 2) && text.length() == glyphs.size()) {
            lead = Math.min(glyphs.size(), Labels.headingLength(text, label));
            glyphs(glyphs.subList(0, lead), Role.heading(label.level()), house, at, reported, out);
        }
        List<Glyph> rest = glyphs.subList(lead, glyphs.size());
        if (!allowedAtBodySize(rest, house)) glyphs(rest, Role.BODY, house, at, reported, out);
    }

    /** Body-size text may be in the body face or in a heading face (a heading sentence continued on the next line). */
    private static boolean allowedAtBodySize(List<Glyph> glyphs, HouseStyle house) {
        for (Glyph g : glyphs) {
            if (!g.text().codePoints().anyMatch(Text::isHan)) continue;
            boolean ok = false;
            for (Role r : List.of(Role.BODY, Role.HEADING1, Role.HEADING2, Role.HEADING3, Role.HEADING4, Role.SIGNATURE,
                    Role.DATE, Role.ATTACHMENTS, Role.APPENDIX_LABEL, Role.CHAPTER, Role.ARTICLE, Role.DOC_NUMBER)) {
                if (Faces.matches(house.role(r).eastAsiaFont(), g.font(), true)) ok = true;
            }
            if (!ok) return false;
        }
        return true;
    }

    private static void glyphs(List<Glyph> glyphs, Role role, HouseStyle house, String where, Set<String> reported,
                               FindingList out) {
        RoleStyle want = house.role(role);
        for (Glyph g : glyphs) {
            if (!g.text().codePoints().anyMatch(Text::isHan)) continue;
            boolean faceOk = Faces.matches(want.eastAsiaFont(), g.font(), true);
            boolean sizeOk = Math.abs(g.sizePt() - want.sizePt()) < 0.3;
            if (faceOk && sizeOk) continue;
            String key = role + g.font() + Math.round(g.sizePt());
            if (reported.add(key)) {
                // a face that answers (a Song standing in for 小标宋) is named as the style names it
                String face = faceOk ? want.eastAsiaFont() : Faces.official(g.font());
                out.error(RoleNames.id(role) + "-font", role.chineseName() + "字体应为" + want.eastAsiaFont() + Sizes.name(want.sizePt())
                        + "，此处为" + face + Sizes.name(Math.round(g.sizePt() * 2) / 2.0), where);
            }
            return;
        }
    }

    /** Line pitch from consecutive body lines, character pitch from runs of Chinese characters. */
    private static void grid(PdfPages doc, HouseStyle house, FindingList out) {
        PageSetup page = house.page();
        Map<Long, Integer> pitches = new HashMap<>();
        List<Double> charSteps = new ArrayList<>();
        for (Page p : doc.pages) {
            Line previous = null;
            for (Line l : p.lines()) {
                boolean body = Math.abs(l.sizePt() - house.bodySizePt()) < 0.3 && l.baseline() < page.heightPt() - page.bottomPt();
                if (!body) { previous = null; continue; }
                if (previous != null) {
                    double step = l.baseline() - previous.baseline();
                    if (step > 0 && step < 2 * page.linePitchPt() - 1) pitches.merge(Math.round(step * 10), 1, Integer::sum);
                }
                previous = l;
                List<Glyph> g = l.glyphs();
                for (int i = 1; i < g.size(); i++) {
                    if (Text.isHan(g.get(i).text().codePointAt(0)) && Text.isHan(g.get(i - 1).text().codePointAt(0))) {
                        charSteps.add((double) g.get(i).x() - g.get(i - 1).x());
                    }
                }
            }
        }
        if (!pitches.isEmpty()) {
            double pitch = pitches.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
            if (Math.abs(pitch - page.linePitchPt()) > 0.3) {
                int lines = (int) Math.floor((page.typeAreaHeightPt() + 0.5) / pitch);
                out.error("grid-lines", "正文行距应为" + Sizes.points(page.linePitchPt()) + "磅（每页" + page.linesPerPage()
                        + "行），此处为" + Sizes.points(pitch) + "磅（每页约" + lines + "行）", "全文");
            }
        }
        if (charSteps.size() >= 10) {
            Collections.sort(charSteps);
            double step = charSteps.get(charSteps.size() / 2);
            // judged by characters per line: a house without a character grid (27 of 16 pt in 442 pt)
            // has its lines justified to the measure, so its step is the measure's share, not the size
            int chars = (int) Math.floor((page.typeAreaWidthPt() + 0.5) / step);
            if (chars != page.charsPerLine()) {
                out.error("grid-chars", "正文每行应排" + page.charsPerLine() + "字（字距" + Sizes.points(page.charPitchPt())
                        + "磅），此处字距" + Sizes.points(step) + "磅，每行约" + chars + "字", "全文");
            }
        }
    }

    private static String head(String t) {
        return t.codePointCount(0, t.length()) > 12 ? t.substring(0, t.offsetByCodePoints(0, 12)) + "…" : t;
    }
}
