package org.gongwen.check;

import org.gongwen.ingest.Importers;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** gongwen holds itself to its own checker: what it writes for each shared sample has no findings. */
class OwnOutputsTest {
    private static final HouseStyle HOUSE = Gbt9704.plain();

    static List<String> samples() {
        return SharedSamples.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void gongwensPdfPassesTheChecker(String sample) throws Exception {
        OfficialDocument doc = Importers.read(sample, Files.readAllBytes(SharedSamples.path(sample)));
        byte[] pdf = new PdfPainter().paint(new Typesetter(FontLibrary.shared()).typeset(doc, HOUSE));
        assertThat(new PdfChecker().check(pdf, HOUSE)).isEmpty();
    }
}
