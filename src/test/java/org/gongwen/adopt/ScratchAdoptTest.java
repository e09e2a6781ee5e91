package org.gongwen.adopt;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class ScratchAdoptTest {
    @Test
    void scratch() throws Exception {
        Gongwen g = Gongwen.builder().build();
        OfficialDocument d = g.read("x.txt", SharedSamples.bytes(SharedSamples.FENGXIAN));
        d = d.toBuilder().issuers(java.util.List.of("某某市人民政府")).docNumber("某政发〔2025〕12号").build();
        byte[] docx = g.render(d, "redhead", Format.DOCX).bytes();
        Files.write(Path.of("/tmp/adopt-in.docx"), docx);
        Adoption a = g.adoptTemplate("bureau", docx);
        Files.write(Path.of("/tmp/adopt-out.docx"), a.template());
        System.out.println(a.report().text());
        byte[] pdf = g.render(d, "bureau", a.template(), Format.PDF).bytes();
        Files.write(Path.of("/tmp/adopt-render.pdf"), pdf);
        Files.write(Path.of("/tmp/adopt-render.docx"), g.render(d, "bureau", a.template(), Format.DOCX).bytes());
    }
}
