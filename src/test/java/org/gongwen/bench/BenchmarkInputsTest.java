package org.gongwen.bench;

import org.gongwen.check.DocxChecker;
import org.gongwen.check.Finding;
import org.gongwen.check.PdfChecker;
import org.gongwen.docx.DocxWriter;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.TextImporter;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the benchmarks time is a correct document: each of FlowBenchmark's inputs, written as DOCX
 * and as PDF, passes gongwen's own checker (issue 7: speed must not cost correctness).
 */
class BenchmarkInputsTest {
    /** The sample numbers its level-1 headings 一、二、四、五, kept as written (OwnOutputsTest). */
    private static final List<String> KNOWN = List.of("heading-number-gap");

    @ParameterizedTest(name = "doc={0}")
    @ValueSource(strings = {"zijin", "pages10", "pages300"})
    void everyBenchmarkInputPassesTheChecker(String doc) {
        OfficialDocument zijin = TextImporter.read(SharedSamples.text(SharedSamples.ZIJIN), ImportLimits.DEFAULT);
        OfficialDocument document = doc.startsWith("pages") ? FlowBenchmark.lengthen(zijin, Integer.parseInt(doc.substring(5))) : zijin;
        HouseTemplate template = TemplateLibrary.shared().get("report");

        byte[] docx = new DocxWriter().write(document, template);
        byte[] pdf = new PdfPainter().paint(new Typesetter(FontLibrary.shared()).typeset(document, template.style()));

        assertThat(new DocxChecker().check(docx, template.style())).extracting(Finding::rule).isSubsetOf(KNOWN);
        assertThat(new PdfChecker().check(pdf, template.style())).extracting(Finding::rule).isSubsetOf(KNOWN);
    }

    @org.junit.jupiter.api.Test
    void theWordDraftOfDraftToPdfSetsAgainAsACorrectPdf() {
        Gongwen gongwen = Gongwen.builder().build();
        OfficialDocument zijin = gongwen.readText(SharedSamples.text(SharedSamples.ZIJIN));
        byte[] draft = gongwen.render(zijin, "report", Format.DOCX).bytes();
        byte[] pdf = gongwen.render(gongwen.read("draft.docx", draft), "report", Format.PDF).bytes();
        assertThat(new PdfChecker().check(pdf, TemplateLibrary.shared().get("report").style()))
                .extracting(Finding::rule).isSubsetOf(KNOWN);
    }
}
