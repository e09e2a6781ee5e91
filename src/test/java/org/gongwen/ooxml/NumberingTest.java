package org.gongwen.ooxml;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.ooxml.Word.style;

class NumberingTest {

    private static final String LISTS = "<w:numbering " + Word.W + "><w:abstractNum w:abstractNumId=\"7\">"
            + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.")
            + lvl(3, "bullet", "•") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"1\"><w:start w:val=\"3\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"8\"/></w:num>"
            + "</w:numbering>";

    private static String lvl(int ilvl, String format, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    private static List<String> labels(String stylesXml, String body) {
        Word w = Word.body(body).styles(stylesXml);
        w.related("numbering", "numbering.xml", LISTS);
        WordPackage word = w.read();
        Styles styles = word.styles();
        Numbering.Counter counter = word.numbering().counter();
        List<String> out = new ArrayList<>();
        for (Element p : Ooxml.descendants(word.document(), "p")) {
            Element pPr = Ooxml.child(p, "pPr");
            out.add(counter.label(styles.paragraph(styles.paragraphStyleId(Ooxml.val(pPr, "pStyle"))).apply(pPr)));
        }
        return out;
    }

    private static String p(String pPr) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr></w:p>";
    }

    private static String num(String numId, int ilvl) {
        return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    }

    @Test
    void levelsCountUnderTheirParentAndBulletsHaveNoLabel() {
        assertThat(labels("", p(num("1", 0)) + p(num("1", 1)) + p(num("1", 1)) + p(num("1", 2)) + p(num("1", 3))
                + p(num("1", 0)) + p(num("1", 1)) + p("") + p(num("0", 0)) + p(num("9", 0))))
                .containsExactly("一、", "（一）", "（二）", "1.", "", "二、", "（一）", "", "", "");
    }

    @Test
    void levelsAreTakenByTheirIlvlWithTheirStartValues() {
        assertThat(labels("", p(num("2", 0)) + p(num("2", 1)) + p(num("2", 1)) + p(num("2", 0))))
                .containsExactly("2.", "2.3", "2.4", "3.");
    }

    /** Was (the importer through POI): only a paragraph's own w:numPr counted, so lists tied to a heading style lost their labels. */
    @Test
    void aStylesNumberingCountsForItsParagraphs() {
        String styles = style("paragraph", "H1", "heading 1", null, "<w:pPr>" + num("1", 0) + "</w:pPr>")
                + style("paragraph", "H2", "heading 2", "H1", "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr>");
        assertThat(labels(styles, p("<w:pStyle w:val=\"H1\"/>") + p("<w:pStyle w:val=\"H2\"/>") + p("<w:pStyle w:val=\"H2\"/>")
                + p("<w:pStyle w:val=\"H1\"/>") + p("<w:pStyle w:val=\"H1\"/>" + num("0", 0))))
                .containsExactly("一、", "（一）", "（二）", "二、", "");
    }
}
