package org.gongwen.adopt;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.adopt.AdoptionReport.Departure;
import org.gongwen.adopt.AdoptionReport.RoleReport;
import org.gongwen.check.DocxChecker;
import org.gongwen.check.Finding;
import org.gongwen.check.PdfChecker;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.BadInputException;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.ActiveContent;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.Role;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 14: a bureau's own document becomes its house template. For each of the bureau documents
 * built in code ({@link BureauDocuments}): what was learned (read back from the adopted template as
 * every writer reads it), what the report says, and that a sample rendered with the adopted template
 * keeps the house in the Layout and passes gongwen's checker given that house.
 */
class AdopterTest {

    private static final Gongwen GONGWEN = Gongwen.builder().build();
    private static final Typesetter TYPESETTER = new Typesetter(FontLibrary.shared());
    private static final double LINE = 579 / 20.0;

    static Adoption adopt(byte[] docx) {
        return Adopter.adopt("bureau", docx, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }

    static HouseStyle house(Adoption a) {
        return HouseTemplate.load("bureau", a.template()).style();
    }

    /** A real report with headings of every level the sample has, an issuer, a 文号, 抄送 and 印发. */
    static OfficialDocument sample() {
        OfficialDocument d = GONGWEN.read("zijin.txt", SharedSamples.bytes(SharedSamples.ZIJIN));
        return d.toBuilder().issuers(List.of("紫金县卫生健康局")).docNumber("紫卫发〔2025〕3号")
                .cc("县委办公室，县政府办公室").printer("紫金县卫生健康局办公室").build();
    }

    static RoleReport role(Adoption a, Role r) {
        return a.report().roles().stream().filter(x -> x.role().equals(r.name())).findFirst().orElseThrow();
    }

    static String templateXml(Adoption a) {
        return new String(DocxPackage.read(a.template()).part("word/document.xml"), StandardCharsets.UTF_8);
    }

    static List<Layout.Line> lines(Layout layout, int page, Role role) {
        return layout.pages().get(page).lines().stream().filter(l -> l.role() == role).toList();
    }

    /**
     * What gongwen's checker finds wrong (errors) in gongwen's own DOCX and PDF of the sample with the
     * adopted house; the sample's own numbering gap (its headings go 二、 then 四、) is the text's, not the house's.
     */
    static List<String> ownOutputErrors(Adoption a) {
        HouseStyle house = house(a);
        byte[] docx = GONGWEN.render(sample(), "bureau", a.template(), Format.DOCX).bytes();
        byte[] pdf = GONGWEN.render(sample(), "bureau", a.template(), Format.PDF).bytes();
        return java.util.stream.Stream.concat(new DocxChecker().check(docx, house).stream(), new PdfChecker().check(pdf, house).stream())
                .filter(Finding::isError).filter(f -> !f.rule().startsWith("heading-number"))
                .map(f -> f.rule() + ": " + f.message()).toList();
    }

    // ---- (a) a 红头 document all in direct formatting on Normal ----

    @Test
    void redHeadInDirectFormattingIsLearnedRoleByRole() {
        Adoption a = adopt(BureauDocuments.redHeadDirect());
        HouseStyle h = house(a);
        assertThat(a.report().redHeader()).isTrue();
        RoleStyle mark = h.role(Role.ISSUER_MARK);
        assertThat(mark.eastAsiaFont()).isEqualTo("方正小标宋简体");
        assertThat(mark.sizePt()).isEqualTo(36);
        assertThat(mark.color()).isEqualTo("FF0000");
        assertThat(mark.align()).isEqualTo(HouseStyle.Align.CENTER);
        assertThat(h.redHeader().markTopBelowTypeAreaPt()).isCloseTo(101.6, within(0.01));
        // the rule: the 发文字号's bottom border, 1.5 pt red, 11 pt below
        assertThat(h.redHeader().separatorWidthPt()).isEqualTo(1.5);
        assertThat(h.redHeader().separatorBelowDocNumberPt()).isEqualTo(11);
        assertThat(h.redHeader().color()).isEqualTo("FF0000");
        RoleStyle body = h.role(Role.BODY);
        assertThat(body.eastAsiaFont()).isEqualTo("仿宋_GB2312");
        assertThat(body.sizePt()).isEqualTo(16);
        assertThat(body.lineRule()).isEqualTo(LineRule.EXACT);
        assertThat(body.lineSpacing()).isCloseTo(LINE, within(0.001));
        assertThat(body.firstLineIndentPt()).isCloseTo(32, within(0.01));
        assertThat(h.role(Role.TITLE).eastAsiaFont()).isEqualTo("方正小标宋简体");
        assertThat(h.role(Role.TITLE).sizePt()).isEqualTo(22);
        // two blank lines typed between the rule and the title are the title's space before
        assertThat(h.role(Role.TITLE).spaceBeforePt()).isCloseTo(2 * LINE, within(0.01));
        assertThat(h.role(Role.HEADING1).eastAsiaFont()).isEqualTo("黑体");
        assertThat(h.role(Role.HEADING2).eastAsiaFont()).isEqualTo("楷体_GB2312");
        assertThat(h.role(Role.HEADING3).eastAsiaFont()).isEqualTo("仿宋_GB2312");
        assertThat(h.role(Role.HEADING4).eastAsiaFont()).isEqualTo("仿宋_GB2312");
        assertThat(h.role(Role.COPY_TO).sizePt()).isEqualTo(14);
        assertThat(h.role(Role.COPY_TO).leftIndentPt()).isCloseTo(14, within(0.01));
        assertThat(h.role(Role.SIGNATURE).spaceBeforePt()).isCloseTo(3 * LINE, within(0.01));
        // the 版记 rules as the document's table has them: 1 pt outside, ½ pt between (a departure)
        assertThat(h.redHeader().imprintOuterRulePt()).isEqualTo(1);
        assertThat(h.redHeader().imprintInnerRulePt()).isEqualTo(0.5);
        assertThat(a.report().departures()).extracting(Departure::what).containsExactly("版记中间分隔线");

        for (Role r : List.of(Role.ISSUER_MARK, Role.DOC_NUMBER, Role.TITLE, Role.RECIPIENTS, Role.HEADING1, Role.HEADING2,
                Role.HEADING3, Role.HEADING4, Role.BODY, Role.ATTACHMENTS, Role.SIGNATURE, Role.DATE, Role.NOTE,
                Role.COPY_TO, Role.PRINTED_BY, Role.PAGE_NUMBER)) {
            assertThat(role(a, r).learned()).as(r.name()).isTrue();
        }
        assertThat(role(a, Role.ISSUER_MARK).from()).isEqualTo("第1段“某某市人民政府文件”");
        assertThat(role(a, Role.HEADING2).from()).contains("（二）完善制度体系");
        assertThat(role(a, Role.APPENDIX_LABEL).learned()).isFalse();
        assertThat(a.report().text()).contains("发文机关标志：方正小标宋简体 小初 红色 居中").contains("（文档中没有，按 GB/T 9704）");
    }

    @Test
    void theLetterheadStaysAndTheContentBecomesPlaceholders() {
        String xml = templateXml(adopt(BureauDocuments.redHeadDirect()));
        assertThat(xml).contains("某某市人民政府文件", "{{docNumber}}", "{{title}}", "{{recipients}}", "{{body}}", "{{signature}}",
                "{{appendices}}", "{{cc}}", "{{printer}}");
        assertThat(xml).doesNotContain("某政发〔2025〕12号", "为深入贯彻落实", "总体要求", "此件公开发布", "市委办公室");
    }

    @Test
    void theHouseIsKeptInTheLayoutAndByTheChecker() {
        Adoption a = adopt(BureauDocuments.redHeadDirect());
        Layout layout = TYPESETTER.typeset(sample(), house(a));
        Layout.Line mark = lines(layout, 0, Role.ISSUER_MARK).get(0);
        assertThat(mark.text()).isEqualTo("某某市人民政府文件");
        assertThat(mark.runs().get(0).color()).isEqualTo("FF0000");
        assertThat(mark.runs().get(0).sizePt()).isEqualTo(36);
        assertThat(layout.pages().get(0).rules()).anySatisfy(r -> {
            assertThat(r.color()).isEqualTo("FF0000");
            assertThat(r.widthPt()).isEqualTo(1.5);
        });
        List<Layout.Line> body = lines(layout, 1, Role.BODY);
        // a line's last run is body text (a run-in heading's lead opens some lines in its own face)
        assertThat(body.get(0).runs().get(body.get(0).runs().size() - 1).face().fileName()).containsIgnoringCase("fang");
        assertThat(body.get(1).baseline() - body.get(0).baseline()).isCloseTo(LINE, within(0.01));
        assertThat(lines(layout, 0, Role.PAGE_NUMBER).get(0).text()).isEqualTo("— 1 —");
        assertThat(lines(layout, 1, Role.PAGE_NUMBER).get(0).text()).isEqualTo("— 2 —");
        assertThat(ownOutputErrors(a)).isEmpty();
    }

    // ---- (b) styles with Chinese names and Word's localised ids, exact 28 pt, centred "- N -" ----

    @Test
    void aReportInChineseNamedStylesKeepsItsExact28PointLinesAndCentredNumbers() {
        Adoption a = adopt(BureauDocuments.reportStyled());
        HouseStyle h = house(a);
        assertThat(a.report().redHeader()).isFalse();
        assertThat(h.redHeader()).isNull();
        assertThat(h.role(Role.BODY).lineRule()).isEqualTo(LineRule.EXACT);
        assertThat(h.role(Role.BODY).lineSpacing()).isEqualTo(28);
        assertThat(h.role(Role.TITLE).eastAsiaFont()).isEqualTo("方正小标宋简体");
        assertThat(h.role(Role.TITLE).spaceAfterPt()).isEqualTo(28);
        assertThat(h.role(Role.HEADING3).bold()).isTrue();
        assertThat(h.role(Role.HEADING4).eastAsiaFont()).isEqualTo("仿宋_GB2312");
        assertThat(role(a, Role.HEADING4).learned()).isFalse();
        // Word's localised "heading 1" (id 1) is rewritten in place, not doubled
        assertThat(h.role(Role.HEADING1).styleId()).isEqualTo("1");
        assertThat(a.report().departures()).extracting(Departure::what).contains("正文行距", "页码样式", "页码位置");
        assertThat(a.report().departures()).filteredOn(d -> d.what().equals("正文行距")).first()
                .extracting(Departure::house).asString().contains("固定值28磅");
        assertThat(a.report().pageNumbers()).contains("- 1 -").contains("居中");

        Layout layout = TYPESETTER.typeset(sample(), h);
        List<Layout.Line> body = lines(layout, 1, Role.BODY);
        assertThat(body.get(1).baseline() - body.get(0).baseline()).isCloseTo(28, within(0.01));
        for (int page = 0; page < 2; page++) {
            Layout.Line number = lines(layout, page, Role.PAGE_NUMBER).get(0);
            Layout.Page p = layout.pages().get(page);
            assertThat(number.text()).isEqualTo("- " + (page + 1) + " -");
            double centre = (number.startX() + number.endX()) / 2;
            assertThat(centre).isCloseTo((p.typeAreaLeft() + p.typeAreaRight()) / 2, within(1.0));
        }
        assertThat(ownOutputErrors(a)).isEmpty();
    }

    /** The checker, given the adopted template, checks the bureau's next draft against the bureau's house. */
    @Test
    void theBureausNextDraftIsCheckedAgainstItsOwnHouse() {
        byte[] draft = BureauDocuments.reportStyled();
        HouseStyle own = house(adopt(draft));
        HouseStyle standard = HouseTemplate.load("report", GONGWEN.templateDocx("report")).style();
        List<String> againstOwn = new DocxChecker().check(draft, own).stream().filter(Finding::isError).map(Finding::rule).toList();
        List<String> againstStandard = new DocxChecker().check(draft, standard).stream().filter(Finding::isError).map(Finding::rule).toList();
        // GB/T 9704's house finds the bureau's exact 28 pt lines and "- N -" numbers wrong; its own house does not
        assertThat(againstStandard).contains("body-line-spacing", "page-number-form");
        assertThat(againstOwn).noneMatch(r -> r.startsWith("page-number") || r.contains("line-spacing") || r.contains("font")
                || r.startsWith("grid"));
    }

    // ---- (c) a joint red header as WPS writes it ----

    @Test
    void aJointWpsRedHeadWithADrawnRuleIsLearned() {
        Adoption a = adopt(BureauDocuments.jointWps());
        HouseStyle h = house(a);
        assertThat(h.role(Role.ISSUER_MARK).eastAsiaFont()).isEqualTo("方正小标宋_GBK");
        assertThat(h.role(Role.ISSUER_MARK).color()).isEqualTo("FF0000");
        assertThat(h.role(Role.BODY).eastAsiaFont()).isEqualTo("仿宋");
        assertThat(h.role(Role.BODY).latinFont()).isEqualTo("仿宋");
        // firstLineChars="200" on the character grid: 2 × 15.79 pt
        assertThat(h.role(Role.BODY).firstLineIndentPt()).isCloseTo(2 * h.page().charPitchPt(), within(0.05));
        assertThat(h.role(Role.HEADING2).eastAsiaFont()).isEqualTo("楷体");
        // a level the document lacks takes GB/T 9704's face as this house spells it
        assertThat(role(a, Role.HEADING3).learned()).isFalse();
        assertThat(h.role(Role.HEADING3).eastAsiaFont()).isEqualTo("仿宋");
        // the drawn line (1.5 pt, red, 4 mm under the 发文字号) is the 发文字号's border now
        assertThat(h.redHeader().separatorWidthPt()).isEqualTo(1.5);
        assertThat(h.redHeader().color()).isEqualTo("FF0000");
        assertThat(h.redHeader().separatorBelowDocNumberPt()).isCloseTo(11, within(1.0));
        assertThat(role(a, Role.DOC_NUMBER).style()).contains("下接分隔线红色1.5磅").contains("中的画线");
        String xml = templateXml(a);
        assertThat(xml).contains("某某市人民政府", "某某市财政局", "文件").doesNotContain("wp:anchor", "v:line");

        Layout layout = TYPESETTER.typeset(sample(), h);
        List<String> mark = lines(layout, 0, Role.ISSUER_MARK).stream().map(Layout.Line::text).toList();
        assertThat(String.join("|", mark)).contains("某某市人民政府").contains("某某市财政局").contains("文件");
        // "文件" in its own 36 pt beside the 30 pt names, as the letterhead's table sets it
        assertThat(h.redHeader().markSideSizePt()).isEqualTo(36);
        Layout.Line side = lines(layout, 0, Role.ISSUER_MARK).stream().filter(l -> l.text().equals("文件")).findFirst().orElseThrow();
        assertThat(side.runs().get(0).sizePt()).isEqualTo(36);
        assertThat(lines(layout, 0, Role.ISSUER_MARK).get(0).runs().get(0).sizePt()).isEqualTo(30);
        assertThat(layout.pages().get(0).rules()).anySatisfy(r -> assertThat(r.color()).isEqualTo("FF0000"));
        assertThat(ownOutputErrors(a)).isEmpty();
    }

    // ---- (d) a logo in the header ----

    @Test
    void aLogoInTheHeaderIsCarriedIntoTheTemplateAndTheDocuments() {
        Adoption a = adopt(BureauDocuments.logoHeader());
        DocxPackage template = DocxPackage.read(a.template());
        assertThat(template.parts().keySet()).anyMatch(p -> p.startsWith("word/media/") && p.endsWith(".png"));
        assertThat(templateXml(a)).contains("w:headerReference");
        byte[] docx = GONGWEN.render(sample(), "bureau", a.template(), Format.DOCX).bytes();
        assertThat(DocxPackage.read(docx).parts().keySet()).anyMatch(p -> p.startsWith("word/media/") && p.endsWith(".png"));
        assertThat(house(a).redHeader().markTopBelowTypeAreaPt()).isCloseTo(101.6, within(0.01));
        assertThat(ownOutputErrors(a)).isEmpty();
    }

    // ---- (e) a document lacking most roles ----

    @Test
    void whatTheDocumentLacksComesFromTheStandardAndTheReportSaysSo() {
        Adoption a = adopt(BureauDocuments.sparse());
        HouseStyle h = house(a);
        assertThat(a.report().roles()).filteredOn(RoleReport::learned).extracting(RoleReport::role)
                .containsExactlyInAnyOrder("TITLE", "BODY");
        assertThat(h.role(Role.HEADING1).eastAsiaFont()).isEqualTo("黑体");
        assertThat(h.role(Role.HEADING2).eastAsiaFont()).isEqualTo("楷体_GB2312");
        // the house's own title (宋体 16 pt bold) and page are kept, and listed
        assertThat(h.role(Role.TITLE).eastAsiaFont()).isEqualTo("宋体");
        assertThat(h.role(Role.TITLE).bold()).isTrue();
        assertThat(a.report().departures()).extracting(Departure::what).contains("标题字体字号", "版心位置");
        // no page number in the document: GB/T 9704's are added, and said so
        assertThat(a.report().pageNumbers()).startsWith("文档没有页码");
        Layout layout = TYPESETTER.typeset(sample(), h);
        assertThat(lines(layout, 0, Role.PAGE_NUMBER).get(0).text()).isEqualTo("— 1 —");
    }

    /** A part of a fixture, edited as text. */
    static byte[] edited(byte[] docx, String part, java.util.function.UnaryOperator<String> edit) {
        var parts = DocxPackage.read(docx).mutableCopy();
        parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return DocxPackage.zip(parts);
    }

    @Test
    void aRedHeadWithoutADocNumberTakesTheStandardsPlaceForIt() {
        byte[] noNumber = edited(BureauDocuments.redHeadDirect(), "word/document.xml", x -> x.replace("某政发〔2025〕12号", ""));
        Adoption a = adopt(noNumber);
        HouseStyle h = house(a);
        assertThat(h.redHeader()).isNotNull();
        assertThat(role(a, Role.DOC_NUMBER).learned()).isFalse();
        assertThat(templateXml(a)).contains("{{docNumber}}");
        // the document's rule (the blank paragraph's bottom border) is still the house's
        assertThat(h.redHeader().separatorWidthPt()).isEqualTo(1.5);
        assertThat(h.redHeader().color()).isEqualTo("FF0000");
    }

    @Test
    void aChineseFaceInTheLatinSlotsOfTheBodyIsNotLeftUnderAnotherFace() {
        // digits set in 宋体 in every run (a clerk's Word with 宋体 as the Western font)
        byte[] songLatin = edited(BureauDocuments.redHeadDirect(), "word/document.xml",
                x -> x.replace("w:ascii=\"Times New Roman\"", "w:ascii=\"宋体\"").replace("w:hAnsi=\"Times New Roman\"", "w:hAnsi=\"宋体\""));
        HouseStyle h = house(adopt(songLatin));
        assertThat(h.role(Role.HEADING1).eastAsiaFont()).isEqualTo("黑体");
        assertThat(h.role(Role.HEADING1).latinFont()).isEqualTo("黑体");
        assertThat(h.role(Role.BODY).latinFont()).isEqualTo("仿宋_GB2312");
    }

    @Test
    void aDrawnRuleOfTheHousesOwnWidthColourAndPlaceIsKept() {
        long offset = Math.round(28.95 * 12700) + 4L * 36000;
        byte[] blue = edited(BureauDocuments.jointWps(), "word/document.xml", x -> x
                .replace("<a:ln w=\"19050\"", "<a:ln w=\"28575\"")
                .replace("<a:srgbClr val=\"FF0000\"/></a:solidFill><a:prstDash", "<a:srgbClr val=\"0000FF\"/></a:solidFill><a:prstDash")
                .replace("<wp:posOffset>" + offset + "</wp:posOffset>", "<wp:posOffset>" + (offset + 6 * 36000) + "</wp:posOffset>"));
        HouseStyle h = house(adopt(blue));
        assertThat(h.redHeader().separatorWidthPt()).isEqualTo(2.25);
        assertThat(h.redHeader().color()).isEqualTo("0000FF");
        // 4 mm + 6 mm under the 发文字号's line, less half the line's width
        assertThat(h.redHeader().separatorBelowDocNumberPt()).isCloseTo(10 * 72 / 25.4 - 1.125, within(1.0));
    }

    @Test
    void contentControlsAroundTheBodyOrTheDocNumberAreReadThrough() {
        byte[] wrapped = edited(BureauDocuments.redHeadDirect(), "word/document.xml", x -> x
                .replaceFirst("<w:body>", "<w:body><w:sdt><w:sdtPr/><w:sdtContent>")
                .replaceFirst("(<w:sectPr(?![\\s\\S]*<w:sectPr))", "</w:sdtContent></w:sdt>$1")
                .replaceFirst("(<w:r>(?:(?!<w:r>).)*?某政发〔2025〕12号</w:t></w:r>)", "<w:sdt><w:sdtContent>$1</w:sdtContent></w:sdt>"));
        assertThat(new String(DocxPackage.read(wrapped).part("word/document.xml"), StandardCharsets.UTF_8))
                .contains("<w:sdtContent><w:r>");
        Adoption a = adopt(wrapped);
        String xml = templateXml(a);
        assertThat(xml).contains("某某市人民政府文件", "{{docNumber}}", "{{title}}").doesNotContain("某政发〔2025〕12号", "为深入贯彻落实");
        assertThat(house(a).redHeader().markTopBelowTypeAreaPt()).isCloseTo(101.6, within(0.01));
    }

    @Test
    void theMarksSpaceAfterCountsInWordAndInThePdfAlike() {
        byte[] spaced = edited(BureauDocuments.redHeadDirect(), "word/document.xml",
                x -> x.replaceFirst("w:before=\"2032\"", "w:before=\"2032\" w:after=\"312\""));
        Adoption base = adopt(BureauDocuments.redHeadDirect()), a = adopt(spaced);
        // the PDF: the 发文字号 15.6 pt lower
        double shift = lines(TYPESETTER.typeset(sample(), house(a)), 0, Role.DOC_NUMBER).get(0).baseline()
                - lines(TYPESETTER.typeset(sample(), house(base)), 0, Role.DOC_NUMBER).get(0).baseline();
        assertThat(shift).isCloseTo(15.6, within(0.01));
        // Word: the mark keeps its space after, the 发文字号 its own space before
        assertThat(templateXml(a)).containsPattern("某某市人民政府文件").containsPattern("w:after=\"312\"");
    }

    @Test
    void aLandscapeAnnexSectionAtTheEndIsNotTheHousesPage() {
        byte[] annex = edited(BureauDocuments.redHeadDirect(), "word/document.xml", x -> {
            int body = x.lastIndexOf("<w:sectPr");
            String portrait = x.substring(body, x.indexOf("</w:sectPr>", body) + "</w:sectPr>".length());
            String landscape = portrait.replace("w:w=\"11906\" w:h=\"16838\"", "w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"");
            return x.substring(0, body) + "<w:p><w:pPr>" + portrait + "</w:pPr></w:p><w:p><w:r><w:t>附表</w:t></w:r></w:p>"
                    + landscape + x.substring(body + portrait.length());
        });
        HouseStyle h = house(adopt(annex));
        assertThat(h.page().widthPt()).isCloseTo(595.3, within(0.1));
        assertThat(h.page().linesPerPage()).isEqualTo(22);
    }

    // ---- refusals and hostile content ----

    @Test
    void aDocumentWithoutBodyOrTitleIsRefusedSayingWhich() {
        assertThatThrownBy(() -> adopt(BureauDocuments.titleOnly())).isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "adopt-no-body")
                .satisfies(e -> assertThat(((BadInputException) e).messageZh()).contains("找不到正文"));
        assertThatThrownBy(() -> adopt(BureauDocuments.emptyDocument())).isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "adopt-no-title")
                .satisfies(e -> assertThat(((BadInputException) e).messageZh()).contains("找不到公文标题"));
        assertThatThrownBy(() -> adopt("%PDF-1.7 not a docx".getBytes(StandardCharsets.US_ASCII))).isInstanceOf(BadInputException.class);
    }

    @Test
    void macrosOleObjectsAndExternalLinksAreNeverCarriedIntoATemplate() {
        Adoption a = adopt(BureauDocuments.withActiveContent());
        assertThat(ActiveContent.in(DocxPackage.read(a.template()))).isEmpty();
        assertThat(String.join("\n", a.report().removed())).contains("宏").contains("OLE 对象").contains("外部链接");
    }

    @Test
    void adoptionIsDeterministic() {
        assertThat(adopt(BureauDocuments.jointWps()).template()).isEqualTo(adopt(BureauDocuments.jointWps()).template());
    }
}
