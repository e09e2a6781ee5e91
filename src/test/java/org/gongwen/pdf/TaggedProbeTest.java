package org.gongwen.pdf;

import org.gongwen.layout.GbStyles;
import org.gongwen.layout.Layout;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;

class TaggedProbeTest {
    @Test
    void probe() throws Exception {
        for (String name : new String[]{"zijin-health-2025-rule-of-law-report.txt", "fengxian-sponge-city-measures-notice.txt"}) {
            Layout layout = SamplePdfTest.TYPESETTER.typeset(SamplePdfTest.read(name), GbStyles.redhead());
            long t0 = System.nanoTime();
            byte[] pdf = new PdfPainter().paint(layout, null, true);
            long t1 = System.nanoTime();
            byte[] plain = new PdfPainter().paint(layout, null, false);
            Files.createDirectories(Path.of("target/probe"));
            Files.write(Path.of("target/probe/" + name + ".pdf"), pdf);
            System.out.println(name + " tagged " + pdf.length + " plain " + plain.length + " " + (t1 - t0) / 1e6 + " ms");
            System.out.println("UA1 " + PdfPainterTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
            System.out.println("2A " + PdfPainterTest.failedRules(pdf, PDFAFlavour.PDFA_2_A));
            System.out.println("2B plain " + PdfPainterTest.failedRules(plain, PDFAFlavour.PDFA_2_B));
        }
    }
}
