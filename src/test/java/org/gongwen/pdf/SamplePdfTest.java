package org.gongwen.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.ingest.Importers;
import org.gongwen.layout.GbStyles;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.Page;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.Role;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sample in src/test/resources/samples, read, typeset and painted: the layout rules and a valid PDF/A. */
class SamplePdfTest {
    static final Typesetter TYPESETTER = new Typesetter(FontLibrary.shared());
    static final String FORBIDDEN_START = "，。、；：？！）》」』”’】〉〕—…·";
    static final String FORBIDDEN_END = "（《「『“‘【〈〔";

    static Stream<String> samples() {
        return SharedSamples.names();
    }

    static OfficialDocument read(String name) throws Exception {
        return Importers.read(name, Files.readAllBytes(SharedSamples.path(name)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleLayoutKeepsTheGridAndTheLineBreakingRules(String name) throws Exception {
        OfficialDocument doc = read(name);
        Layout layout = TYPESETTER.typeset(doc, GbStyles.report());
        assertThat(layout.warnings()).as("warnings").isEmpty();
        List<Page> pages = layout.pages();
        for (Page p : pages) {
            Set<Integer> used = new HashSet<>();
            for (Line line : p.lines()) {
                if (line.role() == Role.PAGE_NUMBER || line.role() == Role.TABLE) continue;
                assertThat(line.gridLine()).as(name + " p" + (p.index() + 1) + " on grid: " + line.text()).isBetween(0, 21);
                if (line.role() != Role.DATE && line.role() != Role.SIGNATURE) used.add(line.gridLine());
                String t = line.text();
                if (t.isEmpty()) continue;
                assertThat(FORBIDDEN_START.indexOf(t.charAt(0))).as(name + " starts: " + t).isLessThan(0);
                assertThat(FORBIDDEN_END.indexOf(t.charAt(t.length() - 1))).as(name + " ends: " + t).isLessThan(0);
                if (line.role() == Role.BODY && !line.lastOfParagraph()) {
                    assertThat(Math.abs(line.endX() - p.typeAreaRight())).as(name + " justified: " + t).isLessThan(0.01);
                }
            }
            boolean continues = p.index() + 1 < pages.size()
                    && pages.get(p.index() + 1).lines().stream().noneMatch(l -> l.role() == Role.APPENDIX_LABEL);
            // a page the text runs on from is full: its last grid line is used (or left for a kept heading)
            if (continues) assertThat(used.stream().mapToInt(i -> i).max().orElse(0)).as(name + " page " + (p.index() + 1) + " full").isGreaterThanOrEqualTo(20);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    @Tag("verapdf")
    void samplePdfCopiesAsTheTextAndIsPdfA(String name) throws Exception {
        OfficialDocument doc = read(name);
        Layout layout = TYPESETTER.typeset(doc, GbStyles.report());
        byte[] pdf = new PdfPainter().paint(layout);
        Path out = Path.of("target", "samples-pdf");
        Files.createDirectories(out);
        Files.write(out.resolve(name.replace(".txt", ".pdf")), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains(doc.title().replaceAll("\\s+", ""));
            for (Line l : layout.pages().get(0).lines()) assertThat(text).contains(l.text().replaceAll("\\s+", ""));
        }
        assertThat(PdfPainterTest.failedRules(pdf)).isEmpty();
    }
}
