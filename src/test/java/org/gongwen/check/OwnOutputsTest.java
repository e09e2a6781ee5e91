package org.gongwen.check;

import org.gongwen.docx.DocxWriter;
import org.gongwen.ingest.Importers;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gongwen holds itself to its own checker: the DOCX and the PDF it writes for each shared sample,
 * in each bundled template, have no findings against that template's house style — except the
 * few listed in {@link #KNOWN}, each with its reason.
 */
class OwnOutputsTest {
    /** Rule ids allowed per sample/template/format, and why. Anything else fails the test. */
    private static final Map<String, Set<String>> KNOWN = Map.of(
            // the source numbers its level-1 headings 一、二、四、五 (src/test/resources/samples/README.md); gongwen keeps labels as written
            SharedSamples.ZIJIN + "/report/docx", Set.of("heading-number-gap"),
            SharedSamples.ZIJIN + "/redhead/docx", Set.of("heading-number-gap"));

    /**
     * In every red-header output: no sample has a 发文字号 (a warning asks the clerk for one).
     */
    private static final Set<String> REDHEAD_DOCX = Set.of("doc-number-missing");

    private static Set<String> allowed(String sample, String templateId, String format) {
        Set<String> ok = new HashSet<>(KNOWN.getOrDefault(sample + "/" + templateId + "/" + format, Set.of()));
        if (templateId.equals("redhead") && format.equals("docx")) ok.addAll(REDHEAD_DOCX);
        return ok;
    }

    static Stream<Arguments> samples() {
        return SharedSamples.names().flatMap(s -> Stream.of(Arguments.of(s, "report"), Arguments.of(s, "redhead")));
    }

    private static OfficialDocument read(String sample) throws Exception {
        return Importers.read(sample, Files.readAllBytes(SharedSamples.path(sample)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void gongwensDocxPassesTheChecker(String sample, String templateId) throws Exception {
        HouseTemplate template = TemplateLibrary.shared().get(templateId);
        byte[] docx = new DocxWriter().write(read(sample), template);
        assertThat(new DocxChecker().check(docx, template.style()))
                .allSatisfy(f -> assertThat(allowed(sample, templateId, "docx")).as("%s", f).contains(f.rule()));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void gongwensPdfPassesTheChecker(String sample, String templateId) throws Exception {
        HouseTemplate template = TemplateLibrary.shared().get(templateId);
        byte[] pdf = new PdfPainter().paint(new Typesetter(FontLibrary.shared()).typeset(read(sample), template.style()));
        assertThat(new PdfChecker().check(pdf, template.style()))
                .allSatisfy(f -> assertThat(allowed(sample, templateId, "pdf")).as("%s", f).contains(f.rule()));
    }
}
