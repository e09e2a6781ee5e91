package org.gongwen.style;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongwen.layout.HouseTemplates;
import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HouseStyleReaderTest {

    private static final double MM = 72 / 25.4;
    private final TemplateLibrary library = TemplateLibrary.load(null);

    @Test
    void readsThePageSetUpOfBothTemplates() {
        for (String id : new String[]{"report", "redhead"}) {
            HouseStyle.PageSetup page = library.get(id).style().page();
            assertThat(page.widthPt()).as(id).isCloseTo(210 * MM, within(0.5));
            assertThat(page.heightPt()).isCloseTo(297 * MM, within(0.5));
            assertThat(page.topPt()).isCloseTo(37 * MM, within(0.5));
            assertThat(page.bottomPt()).isCloseTo(35 * MM, within(0.5));
            assertThat(page.leftPt()).isCloseTo(28 * MM, within(0.5));
            assertThat(page.rightPt()).isCloseTo(26 * MM, within(0.5));
            assertThat(page.typeAreaWidthPt()).isCloseTo(156 * MM, within(0.5));
            assertThat(page.typeAreaHeightPt()).isCloseTo(225 * MM, within(0.5));
            assertThat(page.linePitchPt()).isEqualTo(28.95);
            assertThat(page.charPitchPt()).isCloseTo(156 * MM / 28, within(0.01));
            assertThat(page.linesPerPage()).isEqualTo(22);
            assertThat(page.charsPerLine()).isEqualTo(28);
        }
    }

    @Test
    void readsEveryRoleOfBothTemplates() {
        for (String id : new String[]{"report", "redhead"}) {
            HouseStyle s = library.get(id).style();
            double twoChars = 2 * s.page().charPitchPt();

            assertRole(s, Role.TITLE, "方正小标宋简体", 22, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.BODY, "仿宋_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.HEADING1, "黑体", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.HEADING2, "楷体_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.HEADING3, "仿宋_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.HEADING4, "仿宋_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.RECIPIENTS, "仿宋_GB2312", 16, HouseStyle.Align.LEFT, 0);
            assertRole(s, Role.SIGNATURE, "仿宋_GB2312", 16, HouseStyle.Align.RIGHT, 0);
            assertRole(s, Role.DATE, "仿宋_GB2312", 16, HouseStyle.Align.RIGHT, 0);
            assertRole(s, Role.NOTE, "仿宋_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.APPENDIX_LABEL, "黑体", 16, HouseStyle.Align.LEFT, 0);
            assertRole(s, Role.APPENDIX_TITLE, "方正小标宋简体", 22, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.CHAPTER, "黑体", 16, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.ARTICLE, "仿宋_GB2312", 16, HouseStyle.Align.BOTH, twoChars);
            assertRole(s, Role.TABLE, "仿宋_GB2312", 14, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.ISSUER_MARK, "方正小标宋简体", 36, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.DOC_NUMBER, "仿宋_GB2312", 16, HouseStyle.Align.CENTER, 0);
            assertRole(s, Role.COPY_TO, "仿宋_GB2312", 14, HouseStyle.Align.LEFT, 0);
            assertRole(s, Role.PRINTED_BY, "仿宋_GB2312", 14, HouseStyle.Align.LEFT, 0);
            assertRole(s, Role.PAGE_NUMBER, "宋体", 14, HouseStyle.Align.RIGHT, 0);

            assertThat(s.role(Role.HEADING1).styleName()).isEqualTo("heading 1");
            assertThat(s.role(Role.BODY).latinFont()).isEqualTo("Times New Roman");
            assertThat(s.role(Role.BODY).lineRule()).isEqualTo(HouseStyle.LineRule.EXACT);
            assertThat(s.role(Role.BODY).lineSpacing()).isEqualTo(s.page().linePitchPt());
            assertThat(s.role(Role.TITLE).lineSpacing()).isEqualTo(s.page().linePitchPt());
            assertThat(s.role(Role.HEADING1).keepWithNext()).isTrue();
            assertThat(s.role(Role.BODY).keepWithNext()).isFalse();
            assertThat(s.role(Role.APPENDIX_LABEL).pageBreakBefore()).isTrue();
            assertThat(s.role(Role.SIGNATURE).rightIndentPt()).isCloseTo(twoChars, within(0.01));
            assertThat(s.role(Role.RECIPIENTS).spaceBeforePt()).isEqualTo(s.page().linePitchPt());
            // 附件说明: "附件：" at 2 字, names at 6 字
            assertThat(s.role(Role.ATTACHMENTS).leftIndentPt()).isCloseTo(6 * s.page().charPitchPt(), within(0.01));
            assertThat(s.role(Role.ATTACHMENTS).firstLineIndentPt()).isCloseTo(-4 * s.page().charPitchPt(), within(0.01));
            assertThat(s.role(Role.ISSUER_MARK).color()).isEqualTo("FF0000");
            assertThat(s.role(Role.COPY_TO).leftIndentPt()).isEqualTo(14);

            HouseStyle.PageNumberStyle pn = s.pageNumber();
            assertThat(pn.eastAsiaFont()).isEqualTo("宋体");
            assertThat(pn.sizePt()).isEqualTo(14);
            assertThat(pn.offsetBelowTypeAreaPt()).isCloseTo(7 * MM, within(0.3));
            assertThat(pn.sideIndentPt()).isEqualTo(14);
            assertThat(pn.oddEvenDiffer()).isTrue();
            assertThat(pn.before()).isEqualTo("— ");
            assertThat(pn.after()).isEqualTo(" —");
            assertThat(pn.oddAlign()).isEqualTo(HouseStyle.Align.RIGHT);
            assertThat(pn.evenAlign()).isEqualTo(HouseStyle.Align.LEFT);
        }
        assertThat(library.get("report").style().role(Role.TITLE).spaceBeforePt()).isZero();
        // two blank lines below the red rule, rounded so that the title lands on the grid
        assertThat(library.get("redhead").style().role(Role.TITLE).spaceBeforePt()).isCloseTo(2 * 28.95, within(28.95 / 2));
    }

    private static void assertRole(HouseStyle s, Role role, String face, double size, HouseStyle.Align align, double firstLine) {
        HouseStyle.RoleStyle r = s.role(role);
        assertThat(r.eastAsiaFont()).as(s.templateId() + " " + role).isEqualTo(face);
        assertThat(r.sizePt()).as(s.templateId() + " " + role).isEqualTo(size);
        assertThat(r.align()).as(s.templateId() + " " + role).isEqualTo(align);
        assertThat(r.firstLineIndentPt()).as(s.templateId() + " " + role).isCloseTo(firstLine, within(0.01));
        assertThat(r.bold()).as(s.templateId() + " " + role).isFalse();
    }

    @Test
    void namesTheFontFamiliesItUses() {
        assertThat(library.get("report").style().fontFamilies())
                .contains("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体")
                .doesNotContainNull();
    }

    @Test
    void readsTheRedHeaderOnlyFromTheRedHeadTemplate() {
        assertThat(library.get("report").style().redHeader()).isNull();
        HouseStyle.RedHeader red = library.get("redhead").style().redHeader();
        assertThat(red.markLines()).containsExactly("{{issuer}}文件");
        assertThat(red.markSide()).isEmpty();
        assertThat(red.markDistributed()).isFalse();
        assertThat(red.markTopBelowTypeAreaPt()).isCloseTo(35 * MM + LineBox.emTopAboveExactBoxPt(36), within(0.3));
        assertThat(red.separatorBelowDocNumberPt()).isCloseTo(4 * MM, within(0.5));
        assertThat(red.separatorWidthPt()).isPositive();
        // the 版记 table's borders: w:sz 8 and 6 eighths of a point (0.35 mm, 0.26 mm)
        assertThat(red.imprintOuterRulePt()).isEqualTo(1.0);
        assertThat(red.imprintInnerRulePt()).isEqualTo(0.75);
        assertThat(red.color()).isEqualTo("FF0000");
    }

    @Test
    void readsTheHousesOwnPageNumberFormAndSideAndNoneWhereThereIsNone() {
        HouseStyle.PageNumberStyle pn = HouseTemplates.centredHyphens().style().pageNumber();
        assertThat(pn.text(7)).isEqualTo("- 7 -");
        assertThat(pn.oddEvenDiffer()).isFalse();
        assertThat(pn.oddAlign()).isEqualTo(HouseStyle.Align.CENTER);
        assertThat(pn.align(2)).isEqualTo(HouseStyle.Align.CENTER);
        assertThat(pn.sizePt()).isEqualTo(14);
        assertThat(HouseTemplates.noPageNumbers().style().pageNumber()).isNull();
        assertThat(HouseTemplates.noPageNumbers().style().fontFamilies()).doesNotContainNull();
    }

    @Test
    void readsTheTextAroundAComplexPageFieldUpToAPageCount() {
        String run = "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>";
        String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> %s </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        // right-aligned without an indent: "第 N 页 共 M 页", printed without the count
        HouseStyle.PageNumberStyle pn = HouseTemplates.oneFooter("pages", "<w:p><w:pPr><w:pStyle w:val=\"GwPageNumber\"/>"
                + "<w:ind w:right=\"0\"/></w:pPr>" + run.formatted("第 ") + field.formatted("PAGE \\* MERGEFORMAT")
                + run.formatted(" 页 共 ") + field.formatted("NUMPAGES") + run.formatted(" 页  ") + "</w:p>").style().pageNumber();
        assertThat(pn.text(3)).isEqualTo("第 3 页");
        assertThat(pn.oddAlign()).isEqualTo(HouseStyle.Align.RIGHT);
        assertThat(pn.sideIndentPt()).isZero();
    }

    @Test
    void readsAJointMarkSetAsATableAsStackedNamesAndTheTextBesideThem() {
        HouseStyle.RedHeader joint = HouseTemplates.jointMark().style().redHeader();
        assertThat(joint.markLines()).containsExactly("某某市人民政府", "某某市财政局");
        assertThat(joint.markSide()).isEqualTo("文件");
        assertThat(joint.markDistributed()).isTrue();
        assertThat(joint.markTopBelowTypeAreaPt()).isEqualTo(library.get("redhead").style().redHeader().markTopBelowTypeAreaPt());
        assertThat(HouseTemplates.fixedLetterhead().style().redHeader().markLines()).containsExactly("某某市人民政府文件");
    }

    @Test
    void bodySizeEditedInWordIsWhatHouseStyleReports() throws Exception {
        byte[] edited;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(library.get("report").bytes()))) {
            CTStyle body = doc.getStyles().getStyle("GwBody").getCTStyle();
            CTRPr rpr = body.isSetRPr() ? body.getRPr() : body.addNewRPr();
            rpr.addNewSz().setVal(BigInteger.valueOf(30));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            edited = out.toByteArray();
        }
        HouseStyle s = HouseTemplate.load("edited", edited).style();
        assertThat(s.role(Role.BODY).sizePt()).isEqualTo(15);
        assertThat(s.bodySizePt()).isEqualTo(15);
        // Styles based on the body follow it; the others keep their own size.
        assertThat(s.role(Role.NOTE).sizePt()).isEqualTo(15);
        assertThat(s.role(Role.HEADING1).sizePt()).isEqualTo(16);
    }

    @Test
    void resolvesDocDefaultsInheritanceAndThemeFonts() {
        LinkedHashMap<String, byte[]> parts = library.get("report").docx().mutableCopy();
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8)
                // document default 15 pt in the theme's East Asian minor font
                .replace("<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang", "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/><w:lang")
                // Normal states no size of its own here, so the default reaches every style
                .replace("<w:rPr><w:spacing w:val=\"-10\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>",
                        "<w:rPr><w:spacing w:val=\"-10\"/></w:rPr>")
                .replaceFirst("<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\"",
                        "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsiaTheme=\"minorEastAsia\"");
        parts.put("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
        // the theme as Word adds it: a part the main document relates to (a theme1.xml by name alone is no theme to Word)
        parts.put("word/_rels/document.xml.rels", new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/theme\" Target=\"theme/theme1.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/theme/theme1.xml", """
                <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="t"><a:themeElements>
                <a:fontScheme name="f"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/></a:majorFont>
                <a:minorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont>
                </a:fontScheme></a:themeElements></a:theme>""".getBytes(StandardCharsets.UTF_8));
        HouseStyle s = HouseTemplate.load("themed", DocxPackage.zip(parts)).style();
        assertThat(s.role(Role.BODY).sizePt()).isEqualTo(15);
        assertThat(s.role(Role.BODY).eastAsiaFont()).isEqualTo("等线");
        assertThat(s.role(Role.HEADING1).eastAsiaFont()).isEqualTo("黑体");
        assertThat(s.role(Role.TITLE).sizePt()).isEqualTo(22);
        // The char grid is the default size plus charSpace: 15 pt text makes wider lines.
        assertThat(s.page().charPitchPt()).isCloseTo(15 - 842 / 4096.0, within(0.001));
        assertThat(s.page().charsPerLine()).isEqualTo(29);
    }

    @Test
    void aTemplateWithoutAContractStyleIsRefusedWithItsName() {
        LinkedHashMap<String, byte[]> parts = library.get("report").docx().mutableCopy();
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8)
                .replace("w:styleId=\"GwSignature\"><w:name w:val=\"发文机关署名\"/>", "w:styleId=\"Other\"><w:name w:val=\"其他\"/>");
        parts.put("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HouseTemplate.load("broken", DocxPackage.zip(parts)))
                .isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "template-invalid")
                .satisfies(e -> assertThat(((BadInputException) e).messageZh()).contains("发文机关署名"));
    }

    @Test
    void findsStylesByNameWhenWordLocalisedTheIds() {
        LinkedHashMap<String, byte[]> parts = library.get("report").docx().mutableCopy();
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8)
                .replace("w:styleId=\"Heading2\"", "w:styleId=\"2\"").replace("w:val=\"Heading2\"", "w:val=\"2\"");
        parts.put("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
        HouseTemplate t = HouseTemplate.load("zh", DocxPackage.zip(parts));
        assertThat(t.style().role(Role.HEADING2).styleId()).isEqualTo("2");
        assertThat(t.style().role(Role.HEADING2).eastAsiaFont()).isEqualTo("楷体_GB2312");
        assertThat(t.leadStyleId(2)).isEqualTo("Heading2Char");
    }

    /** The template with one part's text edited; the edit must change it. */
    private byte[] edited(String template, String part, java.util.function.UnaryOperator<String> edit) {
        LinkedHashMap<String, byte[]> parts = library.get(template).docx().mutableCopy();
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = edit.apply(xml);
        assertThat(changed).as("the edit changes %s", part).isNotEqualTo(xml);
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        return DocxPackage.zip(parts);
    }

    @Test
    void aRedRuleWithoutOptionalBorderAttributesTakesTheSpecDefaults() {
        // CT_Border: only w:val is required; w:space defaults to 0, w:color to auto, w:sz to Word's ½ pt
        byte[] t = edited("redhead", "word/styles.xml", x -> x.replace(
                "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"FF0000\"/>", "<w:bottom w:val=\"single\"/>"));
        HouseStyle.RedHeader red = HouseTemplate.load("plain-rule", t).style().redHeader();
        assertThat(red.separatorBelowDocNumberPt()).isZero();
        assertThat(red.separatorWidthPt()).isEqualTo(0.5);
        assertThat(red.color()).isEqualTo("000000");

        byte[] noSpace = edited("redhead", "word/styles.xml", x -> x.replace(" w:space=\"11\" w:color=\"FF0000\"", " w:color=\"FF0000\""));
        assertThat(HouseTemplate.load("no-space", noSpace).style().redHeader().separatorBelowDocNumberPt()).isZero();
    }

    @Test
    void aRuleSwitchedOffIsNoRule() {
        byte[] t = edited("redhead", "word/styles.xml", x -> x.replace("<w:bottom w:val=\"single\"", "<w:bottom w:val=\"nil\""));
        assertThat(HouseTemplate.load("no-rule", t).style().redHeader().separatorWidthPt()).isZero();
    }

    @Test
    void aGridWithoutLinesIsRefusedWithTheValue() {
        byte[] t = edited("report", "word/document.xml", x -> x.replace("w:linePitch=\"579\"", "w:linePitch=\"0\""));
        assertThatThrownBy(() -> HouseTemplate.load("flat", t))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("template-invalid");
                    assertThat(e.fault()).isEqualTo(Fault.INVALID);
                    assertThat(e.messageZh()).contains("w:linePitch").contains("0.0 磅");
                });
    }

    @Test
    void degenerateNumbersAreRefusedNotDividedBy() {
        String[][] edits = {
                {"word/document.xml", "w:charSpace=\"-842\"", "w:charSpace=\"-70000\"", "字距"},
                {"word/document.xml", "w:w=\"11906\"", "w:w=\"3000\"", "版心"},
                {"word/document.xml", "w:w=\"11906\"", "w:w=\"99999999\"", "纸张大小"},
                {"word/styles.xml", "<w:sz w:val=\"44\"/>", "<w:sz w:val=\"0\"/>", "字号"},
                {"word/settings.xml", "<w:evenAndOddHeaders/>", "<w:evenAndOddHeaders>", "word/settings.xml 无法解析"}};
        for (String[] e : edits) {
            byte[] t = edited("report", e[0], x -> x.replace(e[1], e[2]));
            assertThatThrownBy(() -> HouseTemplate.load("odd", t)).as(e[2])
                    .isInstanceOfSatisfying(BadInputException.class, x -> {
                        assertThat(x.code()).isEqualTo("template-invalid");
                        assertThat(x.messageZh()).contains(e[3]);
                    });
        }
    }

    @Test
    void aGridCharacterSpaceWithAFractionIsRead() {
        byte[] t = edited("report", "word/document.xml", x -> x.replace("w:charSpace=\"-842\"", "w:charSpace=\"-842.0\""));
        assertThat(HouseTemplate.load("fraction", t).style().page().charsPerLine()).isEqualTo(28);
    }
}
