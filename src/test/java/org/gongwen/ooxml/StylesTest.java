package org.gongwen.ooxml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gongwen.ooxml.Word.style;

/**
 * The one style cascade. Where the template reader and the checker used to resolve differently,
 * the case is here with the behaviour kept.
 */
class StylesTest {

    private static Styles styles(String stylesXml) {
        return Word.body("<w:p/>").styles(stylesXml).read().styles();
    }

    private static final String THEME = "<a:theme xmlns:a=\"" + Ooxml.A + "\"><a:themeElements><a:fontScheme name=\"f\">"
            + "<a:majorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"黑体\"/></a:majorFont>"
            + "<a:minorFont><a:latin typeface=\"Cambria\"/><a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"等线\"/></a:minorFont>"
            + "</a:fontScheme></a:themeElements></a:theme>";

    @Test
    void docDefaultsThenTheChainRootFirstThenTheCharacterStyle() {
        Styles s = styles("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"30\"/><w:color w:val=\"auto\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + style("paragraph", "Base", "base", null, "<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\" w:ascii=\"Times New Roman\"/></w:rPr>")
                + style("paragraph", "Child", "child", "Base", "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"44\"/></w:rPr>")
                + style("character", "Strong", "strong", null, "<w:rPr><w:b/><w:color w:val=\"ff0000\"/></w:rPr>"));
        RunProps child = s.run("Child", null);
        assertThat(child.sizePt()).isEqualTo(22);
        assertThat(child.eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(child.latin()).isEqualTo("Times New Roman");
        assertThat(child.color()).isEqualTo("000000");
        assertThat(s.run("Base", null).sizePt()).isEqualTo(15);
        assertThat(s.paragraph("Child").jc()).isEqualTo("center");
        assertThat(s.paragraph("Base").jc()).isEqualTo("both");
        RunProps strong = s.run("Child", "Strong");
        assertThat(strong.bold()).isTrue();
        assertThat(strong.color()).isEqualTo("FF0000");
        assertThat(strong.sizePt()).isEqualTo(22);
        // what is handed out is a copy: direct formatting laid on it changes nothing for the next paragraph
        s.paragraph("Child").apply(Ooxml.parse(("<w:pPr xmlns:w=\"" + Ooxml.W + "\"><w:jc w:val=\"right\"/></w:pPr>").getBytes())
                .getDocumentElement());
        assertThat(s.paragraph("Child").jc()).isEqualTo("center");
    }

    @Test
    void themeFontsAreLookedUpWithTheHansFaceForAnEmptyEastAsianOne() {
        Word w = Word.body("<w:p/>").styles(style("paragraph", "Body", "body", null,
                "<w:rPr><w:rFonts w:eastAsiaTheme=\"minorEastAsia\" w:asciiTheme=\"majorAscii\" w:eastAsia=\"宋体\"/></w:rPr>")
                + style("paragraph", "Head", "head", "Body", "<w:rPr><w:rFonts w:eastAsiaTheme=\"majorEastAsia\"/></w:rPr>"));
        w.related("theme", "theme/theme1.xml", THEME);
        Styles s = w.read().styles();
        assertThat(s.run("Body", null).eastAsia()).isEqualTo("等线");
        assertThat(s.run("Body", null).latin()).isEqualTo("Arial");
        assertThat(s.run("Head", null).eastAsia()).isEqualTo("黑体");
        assertThat(s.themeFont("minorHAnsi")).isEqualTo("Cambria");
    }

    /** Was: the checker took such a slot for no face at all; the template reader took the explicit face. */
    @Test
    void aThemeSlotTheDocumentHasNoThemeForFallsBackToTheExplicitFace() {
        Styles s = styles(style("paragraph", "Body", "body", null,
                "<w:rPr><w:rFonts w:eastAsiaTheme=\"minorEastAsia\" w:eastAsia=\"仿宋_GB2312\"/></w:rPr>"));
        assertThat(s.run("Body", null).eastAsia()).isEqualTo("仿宋_GB2312");
    }

    /** A theme part by its usual name but without a relationship from the document is no theme, to Word or here. */
    @Test
    void aThemeNothingRelatesToIsNotRead() {
        Styles s = Word.body("<w:p/>").styles(style("paragraph", "Body", "body", null,
                        "<w:rPr><w:rFonts w:eastAsiaTheme=\"minorEastAsia\" w:eastAsia=\"仿宋_GB2312\"/></w:rPr>"))
                .loose("word/theme/theme1.xml", THEME).read().styles();
        assertThat(s.run("Body", null).eastAsia()).isEqualTo("仿宋_GB2312");
    }

    /**
     * Was: the checker let w:firstLineChars="0" win (no indent) and w:firstLine win over w:hanging;
     * the template reader, like Word, took characters only when not 0 and w:hanging over w:firstLine.
     */
    @Test
    void firstLineCharactersOfZeroGiveWayToTwipsAndHangingWinsOverFirstLine() {
        Styles s = styles(style("paragraph", "A", "a", null, "<w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"640\"/></w:pPr>")
                + style("paragraph", "B", "b", null, "<w:pPr><w:ind w:firstLine=\"640\" w:hanging=\"320\"/></w:pPr>")
                + style("paragraph", "C", "c", "B", "<w:pPr><w:ind w:hangingChars=\"200\"/></w:pPr>"));
        assertThat(s.paragraph("A").firstLinePt(16)).isEqualTo(32);
        assertThat(s.paragraph("B").firstLinePt(16)).isEqualTo(-16);
        // a layer that sets any first-line attribute replaces them all
        assertThat(s.paragraph("C").firstLinePt(16)).isEqualTo(-32);
    }

    /**
     * Was: the template reader let a layer that set w:left drop an inherited w:leftChars, and one that
     * set w:before drop w:beforeLines; the checker kept each attribute, as Word stores them.
     */
    @Test
    void indentsAndSpacingInheritAttributeByAttribute() {
        Styles s = styles(style("paragraph", "Base", "base", null,
                "<w:pPr><w:ind w:leftChars=\"200\"/><w:spacing w:beforeLines=\"100\"/></w:pPr>")
                + style("paragraph", "Child", "child", "Base", "<w:pPr><w:ind w:left=\"0\"/><w:spacing w:before=\"0\"/></w:pPr>"));
        assertThat(s.paragraph("Child").leftPt(16)).isEqualTo(32);
        assertThat(s.paragraph("Child").spaceBeforePt(28.95)).isEqualTo(28.95);
    }

    /** Was: the template reader kept an inherited w:lineRule="exact" under a w:line that came without one. */
    @Test
    void aLineWithoutItsRuleIsAuto() {
        Styles s = styles(style("paragraph", "Base", "base", null, "<w:pPr><w:spacing w:line=\"579\" w:lineRule=\"exact\"/></w:pPr>")
                + style("paragraph", "Child", "child", "Base", "<w:pPr><w:spacing w:line=\"360\"/></w:pPr>"));
        assertThat(s.paragraph("Base").lineRule()).isEqualTo("exact");
        assertThat(s.paragraph("Child").line()).isEqualTo(360);
        assertThat(s.paragraph("Child").lineRule()).isNull();
    }

    /** Was: the template reader replaced the whole w:pBdr; each side is its own property. */
    @Test
    void bordersInheritSideBySideWithTheSpecDefaults() {
        Styles s = styles(style("paragraph", "Base", "base", null,
                "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"ff0000\"/></w:pBdr></w:pPr>")
                + style("paragraph", "Child", "child", "Base", "<w:pPr><w:pBdr><w:top w:val=\"single\"/></w:pBdr></w:pPr>")
                + style("paragraph", "Off", "off", "Base", "<w:pPr><w:pBdr><w:bottom w:val=\"nil\"/></w:pBdr></w:pPr>"));
        assertThat(s.paragraph("Child").border("bottom")).isEqualTo(new ParaProps.Border("FF0000", 1.5, 11));
        assertThat(s.paragraph("Child").border("top")).isEqualTo(new ParaProps.Border("000000", 0.5, 0));
        assertThat(s.paragraph("Off").border("bottom")).isNull();
    }

    @Test
    void stylesAreFoundByIdElseByTheirLocalisedName() {
        Styles s = styles(style("paragraph", "1", "heading 1", null, "") + style("paragraph", "a", "Heading 1", null, "")
                + style("paragraph", "GwBody", "公文正文", null, ""));
        assertThat(s.find("Heading1", "heading 1")).isEqualTo("1");
        assertThat(s.find("GwBody", "公文正文")).isEqualTo("GwBody");
        assertThat(s.find("GwTitle", "公文标题")).isNull();
        assertThat(s.nameOf("1")).isEqualTo("heading 1");
        assertThat(s.nameOf("Missing")).isEqualTo("Missing");
    }

    /** Was: the template reader took any default paragraph style (in hash order); the checker the last, and no "Normal" without one. */
    @Test
    void theLastDefaultParagraphStyleWinsAndNormalStandsInForNone() {
        Styles two = styles(style("paragraph", "One", "one", null, "").replace("w:type=\"paragraph\"", "w:type=\"paragraph\" w:default=\"1\"")
                + style("paragraph", "Two", "two", null, "").replace("w:type=\"paragraph\"", "w:type=\"paragraph\" w:default=\"true\""));
        assertThat(two.defaultParagraphStyleId()).isEqualTo("Two");
        assertThat(two.paragraphStyleId("Unknown")).isEqualTo("Two");
        assertThat(two.paragraphStyleId("One")).isEqualTo("One");
        Styles none = styles(style("paragraph", "Normal", "Normal", null, "<w:rPr><w:sz w:val=\"32\"/></w:rPr>"));
        assertThat(none.defaultParagraphStyleId()).isEqualTo("Normal");
        assertThat(none.run(none.paragraphStyleId(null), null).sizePt()).isEqualTo(16);
    }

    @Test
    void onOffValuesAreReadWhateverTheirCase() {
        Styles s = styles(style("paragraph", "A", "a", null, "<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr>")
                + style("paragraph", "B", "b", "A", "<w:pPr><w:keepNext w:val=\"FALSE\"/></w:pPr><w:rPr><w:b w:val=\"Off\"/></w:rPr>"));
        assertThat(s.paragraph("A").keepNext()).isTrue();
        assertThat(s.paragraph("B").keepNext()).isFalse();
        assertThat(s.run("B", null).bold()).isFalse();
    }

    @Test
    void aCycleEndsTheChainAndALongChainIsResolvedOnce() {
        Styles cycle = styles(style("paragraph", "A", "a", "B", "<w:rPr><w:sz w:val=\"20\"/></w:rPr>")
                + style("paragraph", "B", "b", "A", "<w:rPr><w:sz w:val=\"40\"/></w:rPr>"));
        assertThat(cycle.run("A", null).sizePt()).isEqualTo(10);
        assertThat(cycle.run("B", null).sizePt()).isEqualTo(20);

        StringBuilder chain = new StringBuilder(style("paragraph", "S0", "s0", null, "<w:rPr><w:sz w:val=\"30\"/></w:rPr>"));
        int n = 5_000;
        for (int i = 1; i < n; i++) chain.append(style("paragraph", "S" + i, "s" + i, "S" + (i - 1), ""));
        Styles s = styles(chain.toString());
        long start = System.nanoTime();
        for (int i = n - 1; i >= 0; i -= 7) assertThat(s.run("S" + i, null).sizePt()).isEqualTo(15);
        for (int i = 0; i < 10_000; i++) s.paragraph("S" + (n - 1));
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(2);
    }

    @Test
    void sectionsTakeWordsDefaultsForWhatTheyLeaveOut() {
        Section s = Word.body("<w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:docGrid w:type=\"linesAndChars\" "
                + "w:linePitch=\"579\" w:charSpace=\"-842\"/><w:footerReference r:id=\"rId9\"/><w:titlePg/></w:sectPr>").read().sections().get(0);
        assertThat(s.widthPt()).isCloseTo(595.3, within(0.01));
        assertThat(s.topPt()).isEqualTo(72);
        assertThat(s.leftPt()).isEqualTo(90);
        assertThat(s.footerPt()).isEqualTo(36);
        assertThat(s.linePitchPt()).isEqualTo(28.95);
        assertThat(s.hasLineGrid()).isTrue();
        assertThat(s.hasCharGrid()).isTrue();
        assertThat(s.charSpace()).isEqualTo(-842);
        assertThat(s.footerIds()).containsEntry("default", "rId9");
        assertThat(s.titlePage()).isTrue();
        Section bare = Word.body("<w:p/><w:sectPr/>").read().sections().get(0);
        assertThat(bare.widthPt()).isEqualTo(612);
        assertThat(bare.gridType()).isEqualTo("default");
        assertThat(bare.hasLineGrid()).isFalse();
    }
}
