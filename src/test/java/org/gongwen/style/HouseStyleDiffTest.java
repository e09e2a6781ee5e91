package org.gongwen.style;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.HouseStyleDiff.Change;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HouseStyleDiffTest {
    private static final TemplateLibrary LIBRARY = TemplateLibrary.shared();
    private final HouseStyle report = LIBRARY.get("report").style();
    private final HouseStyle redhead = LIBRARY.get("redhead").style();

    @Test
    void theBundledTemplatesDifferByTheRedHeaderAndTheTitlesPlaceBelowIt() {
        assertThat(HouseStyleDiff.between(report, redhead))
                .extracting(Change::key, Change::partName, Change::propertyName, Change::before, Change::after)
                .containsExactly(
                        tuple("role.TITLE.spaceBeforePt", "标题", "段前", "0 磅", "54.95 磅"),
                        tuple("redHeader.present", "版头和版记", "红头", "无", "“{{issuer}}文件”"));
        assertThat(HouseStyleDiff.between(redhead, report)).extracting(Change::before)
                .containsExactly("54.95 磅", "“{{issuer}}文件”");
    }

    @Test
    void aTemplateAgainstItselfOrReadAgainHasNoChanges() {
        for (String id : TemplateLibrary.BUNDLED) {
            HouseStyle style = LIBRARY.get(id).style();
            HouseStyle reread = HouseTemplate.load(id, DocxPackage.zip(LIBRARY.get(id).docx().mutableCopy())).style();
            assertThat(HouseStyleDiff.between(style, style)).as(id).isEmpty();
            assertThat(HouseStyleDiff.between(style, reread)).as(id).isEmpty();
        }
    }

    @Test
    void aSmallerBodyInStylesXmlIsOneSizeChangeForTheBodyAndTheRolesBasedOnIt() {
        LinkedHashMap<String, byte[]> parts = LIBRARY.get("report").docx().mutableCopy();
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        String body = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"632\"/></w:pPr></w:style>";
        String smaller = styles.replaceFirst("(w:styleId=\"GwBody\">.*?)" + Pattern.quote(body),
                "$1<w:ind w:firstLineChars=\"200\" w:firstLine=\"632\"/></w:pPr><w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>");
        assertThat(smaller).isNotEqualTo(styles);
        parts.put("word/styles.xml", smaller.getBytes(StandardCharsets.UTF_8));
        HouseStyle edited = HouseTemplate.load("report", DocxPackage.zip(parts)).style();

        // 附注 and 条 are based on 公文正文 and follow it; the indent is two grid characters either way
        assertThat(HouseStyleDiff.between(report, edited))
                .extracting(Change::key, Change::partName, Change::propertyName, Change::before, Change::after)
                .containsExactly(
                        tuple("role.BODY.sizePt", "正文", "字号", "三号（16 磅）", "四号（14 磅）"),
                        tuple("role.NOTE.sizePt", "附注", "字号", "三号（16 磅）", "四号（14 磅）"),
                        tuple("role.ARTICLE.sizePt", "条标题", "字号", "三号（16 磅）", "四号（14 磅）"));
    }

    @Test
    void oneChangedRoleStyleIsExactlyThatChange() {
        HouseStyle smaller = withRole(report, Role.BODY, r -> resized(r, 14));
        assertThat(HouseStyleDiff.between(report, smaller)).singleElement().satisfies(c -> {
            assertThat(c.part()).isEqualTo("role");
            assertThat(c.role()).isEqualTo(Role.BODY);
            assertThat(c.property()).isEqualTo("sizePt");
            assertThat(c.key()).isEqualTo("role.BODY.sizePt");
            assertThat(c.partName()).isEqualTo("正文");
            assertThat(c.propertyName()).isEqualTo("字号");
            assertThat(c.before()).isEqualTo("三号（16 磅）");
            assertThat(c.after()).isEqualTo("四号（14 磅）");
        });
        assertThat(HouseStyleDiff.between(report, withRole(report, Role.BODY, r -> resized(r, 17))))
                .extracting(Change::after).containsExactly("17 磅");
    }

    @Test
    void numbersWithinAHundredthOfAPointAreTheSame() {
        assertThat(HouseStyleDiff.between(report, withRole(report, Role.BODY, r -> resized(r, 16.005)))).isEmpty();
        PageSetup p = report.page();
        PageSetup nudged = new PageSetup(p.widthPt() + 0.004, p.heightPt(), p.topPt() - 0.009, p.bottomPt(), p.leftPt(), p.rightPt(),
                p.headerPt(), p.footerPt(), p.linePitchPt(), p.charPitchPt(), p.linesPerPage(), p.charsPerLine());
        assertThat(HouseStyleDiff.between(report, withPage(report, nudged))).isEmpty();
    }

    @Test
    void lineSpacingIndentsAndAlignmentReadAsInWord() {
        HouseStyle changed = withRole(report, Role.HEADING1, r -> new RoleStyle(r.styleId(), r.styleName(), r.eastAsiaFont(), r.latinFont(),
                r.sizePt(), true, "FF0000", HouseStyle.Align.CENTER, -r.firstLineIndentPt(), 32, r.rightIndentPt(),
                r.spaceBeforePt(), r.spaceAfterPt(), LineRule.GRID, 1, r.keepWithNext(), r.pageBreakBefore()));
        assertThat(HouseStyleDiff.between(report, changed))
                .extracting(Change::propertyName, Change::before, Change::after)
                .containsExactly(
                        tuple("加粗", "不加粗", "加粗"),
                        tuple("颜色", "黑色", "红色"),
                        tuple("对齐", "两端对齐", "居中"),
                        tuple("首行缩进", "2 字（31.59 磅）", "悬挂 2 字（31.59 磅）"),
                        tuple("左缩进", "无", "2 字（32 磅）"),
                        tuple("行距", "固定值 28.95 磅", "网格 1 倍（28.95 磅）"));
    }

    @Test
    void pageSetUpComesFirstAndAPageNumberThatGoesIsOneChange() {
        PageSetup p = report.page();
        PageSetup other = new PageSetup(p.widthPt(), p.heightPt(), Sizes.mmToPt(35), p.bottomPt(), p.leftPt(), p.rightPt(),
                p.headerPt(), p.footerPt(), p.linePitchPt(), p.charPitchPt(), 23, p.charsPerLine());
        HouseStyle changed = new HouseStyle(report.templateId(), other, withRole(report, Role.DATE, r -> resized(r, 15)).roles(),
                null, report.redHeader());
        assertThat(HouseStyleDiff.between(report, changed))
                .extracting(Change::key, Change::propertyName, Change::before, Change::after)
                .containsExactly(
                        tuple("page.topPt", "页边距上", "37 毫米", "35 毫米"),
                        tuple("page.linesPerPage", "每页行数", "22 行", "23 行"),
                        tuple("role.DATE.sizePt", "字号", "三号（16 磅）", "小三（15 磅）"),
                        tuple("pageNumber.present", "页码", "“— 1 —”", "无"));
    }

    private static RoleStyle resized(RoleStyle r, double sizePt) {
        return new RoleStyle(r.styleId(), r.styleName(), r.eastAsiaFont(), r.latinFont(), sizePt, r.bold(), r.color(),
                r.align(), r.firstLineIndentPt(), r.leftIndentPt(), r.rightIndentPt(), r.spaceBeforePt(), r.spaceAfterPt(),
                r.lineRule(), r.lineSpacing(), r.keepWithNext(), r.pageBreakBefore());
    }

    private static HouseStyle withRole(HouseStyle s, Role role, UnaryOperator<RoleStyle> edit) {
        Map<Role, RoleStyle> roles = new EnumMap<>(s.roles());
        roles.put(role, edit.apply(roles.get(role)));
        return new HouseStyle(s.templateId(), s.page(), roles, s.pageNumber(), s.redHeader());
    }

    private static HouseStyle withPage(HouseStyle s, PageSetup page) {
        return new HouseStyle(s.templateId(), page, s.roles(), s.pageNumber(), s.redHeader());
    }
}
