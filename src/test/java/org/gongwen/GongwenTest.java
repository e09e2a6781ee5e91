package org.gongwen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade's answer carries the PDF's page count from the layout, so callers need not re-read the PDF. */
class GongwenTest {
    static final Gongwen GONGWEN = Gongwen.builder().build();

    static Stream<String> samples() {
        return SharedSamples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pdfPageCountIsTheLayoutsAndMatchesTheFile(String name) throws Exception {
        OfficialDocument doc = GONGWEN.readText(SharedSamples.text(name));
        Rendered pdf = GONGWEN.render(doc, "report", Format.PDF);
        try (PDDocument file = Loader.loadPDF(pdf.bytes())) {
            assertThat(pdf.pages()).as(name).isPositive().isEqualTo(file.getNumberOfPages());
        }
        assertThat(GONGWEN.render(doc, "report", Format.DOCX).pages()).isZero();
    }
}
