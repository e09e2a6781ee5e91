package org.gongwen.adopt;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

class ScratchAdoptTest {
    @Test
    void scratch() throws Exception {
        Gongwen g = Gongwen.builder().build();
        OfficialDocument d = g.read("x.txt", SharedSamples.bytes(SharedSamples.ZIJIN));
        d = d.toBuilder().issuers(java.util.List.of("某某市人民政府")).docNumber("某政发〔2025〕12号").cc("市委办公室").printer("某某市人民政府办公室").build();
        Map<String, Supplier<byte[]>> all = new LinkedHashMap<>();
        all.put("a", BureauDocuments::redHeadDirect);
        all.put("b", BureauDocuments::reportStyled);
        all.put("c", BureauDocuments::jointWps);
        all.put("d", BureauDocuments::logoHeader);
        all.put("e", BureauDocuments::sparse);
        all.put("h", BureauDocuments::withActiveContent);
        for (var e : all.entrySet()) {
            Path dir = Path.of("/tmp/adopt/" + e.getKey());
            Files.createDirectories(dir);
            byte[] in = e.getValue().get();
            Files.write(dir.resolve("in.docx"), in);
            try {
                Adoption a = g.adoptTemplate("bureau-" + e.getKey(), in);
                Files.write(dir.resolve("tpl.docx"), a.template());
                Files.writeString(dir.resolve("report.txt"), a.report().text());
                Files.write(dir.resolve("out.pdf"), g.render(d, "bureau", a.template(), Format.PDF).bytes());
                Files.write(dir.resolve("out.docx"), g.render(d, "bureau", a.template(), Format.DOCX).bytes());
            } catch (Exception ex) {
                Files.writeString(dir.resolve("report.txt"), ex.toString());
                ex.printStackTrace();
            }
        }
    }
}
