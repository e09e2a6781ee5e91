package org.gongwen.check;

import org.gongwen.docx.DocxWriter;
import org.gongwen.ingest.Importers;
import org.gongwen.layout.HouseTemplates;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bureau's own template is what its next draft is checked against: its page-number form and side,
 * its fixed letterhead, its joint mark — in gongwen's own DOCX and PDF of that template, and against
 * a draft in GB/T's form.
 */
class HouseFormsTest {
    private static final OfficialDocument SAMPLE = read();

    private static OfficialDocument read() {
        return Importers.read(SharedSamples.ZHONGSHAN, SharedSamples.bytes(SharedSamples.ZHONGSHAN));
    }

    private static byte[] docx(OfficialDocument doc, HouseTemplate t) {
        return new DocxWriter().write(doc, t);
    }

    private static byte[] pdf(OfficialDocument doc, HouseTemplate t) {
        return new PdfPainter().paint(new Typesetter(FontLibrary.shared()).typeset(doc, t.style()));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void aCentredHyphenPageNumberIsCheckedAsTheHouseHasIt() {
        HouseTemplate hyphens = HouseTemplates.centredHyphens();
        assertThat(new DocxChecker().check(docx(SAMPLE, hyphens), hyphens.style())).isEmpty();
        assertThat(new PdfChecker().check(pdf(SAMPLE, hyphens), hyphens.style())).isEmpty();

        // a draft in GB/T's form, "— 1 —" right on odd pages, is not the house's
        HouseTemplate gbt = TemplateLibrary.shared().get("report");
        List<Finding> inDocx = new DocxChecker().check(docx(SAMPLE, gbt), hyphens.style());
        assertThat(rules(inDocx)).containsOnly("page-number-form", "page-number-position");
        assertThat(inDocx).extracting(Finding::message)
                .contains("页码应为“- 1 -”，此处为“— 1 —”", "页码应居中，此处为右对齐");
        List<Finding> inPdf = new PdfChecker().check(pdf(SAMPLE, gbt), hyphens.style());
        assertThat(rules(inPdf)).containsOnly("page-number-form", "page-number-position");
        // a PDF's text has no spaces to read back
        assertThat(inPdf).extracting(Finding::message).contains("页码应为“- 1 -”，此处为“—1—”", "页码应居中，此处偏右65.3毫米");

        // and GB/T 9704 itself keeps "— N —"
        assertThat(rules(new PdfChecker().check(pdf(SAMPLE, hyphens), Gbt9704.plain()))).contains("page-number-form");
    }

    @Test
    void aHouseWithoutPageNumbersAsksForNone() {
        HouseTemplate none = HouseTemplates.noPageNumbers();
        assertThat(new DocxChecker().check(docx(SAMPLE, none), none.style())).isEmpty();
        assertThat(new PdfChecker().check(pdf(SAMPLE, none), none.style())).isEmpty();
    }

    @Test
    void aJointMarkSetAsATablePassesInGongwensOwnOutputs() {
        HouseTemplate joint = HouseTemplates.jointMark();
        OfficialDocument doc = SAMPLE.toBuilder().docNumber("某政发〔2025〕3号").build();
        assertThat(new DocxChecker().check(docx(doc, joint), joint.style())).isEmpty();
        assertThat(new PdfChecker().check(pdf(doc, joint), joint.style())).isEmpty();
    }

    @Test
    void aFixedLetterheadIsPrintedAndPassesForADocumentWithoutIssuers() {
        HouseTemplate letterhead = HouseTemplates.fixedLetterhead();
        OfficialDocument doc = SAMPLE.toBuilder().issuers(List.of()).docNumber("某政发〔2025〕3号").build();
        byte[] docx = docx(doc, letterhead);
        String body = new String(DocxPackage.read(docx, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES).mutableCopy()
                .get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("某某市人民政府文件");
        assertThat(rules(new DocxChecker().check(docx, letterhead.style()))).doesNotContain("issuer-mark-missing", "issuer-mark-position");
        assertThat(new PdfChecker().check(pdf(doc, letterhead), letterhead.style())).isEmpty();
    }
}
