package org.gongwen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** gongwen as a library: README's three lines, as written there, and the builder's folders. */
class LibraryUseTest {
    @Test
    void theReadmesThreeLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notice.txt"), "关于开展安全检查的通知\n\n各科室：\n\n请于本周内完成安全检查。\n\n某某市卫生健康委员会\n2025年1月20日\n");
        Path notice = dir.resolve("notice.txt"), pdf = dir.resolve("notice.pdf");

        Gongwen gongwen = Gongwen.builder().templates(Path.of("templates")).fonts(Path.of("fonts")).build();
        OfficialDocument doc = gongwen.read("notice.txt", Files.readAllBytes(notice));
        Files.write(pdf, gongwen.render(doc, "report", Format.PDF).bytes());

        try (PDDocument file = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(file)).contains("关于开展安全检查的通知", "请于本周内完成安全检查");
        }
    }

    @Test
    void withoutFoldersTheBundledTemplatesServeAndTemplateChangesAreOff() {
        Gongwen gongwen = Gongwen.builder().templates(null).fonts(null).build();
        assertThat(gongwen.templates()).extracting(TemplateInfo::id).contains("report", "redhead");
        assertThat(gongwen.render(gongwen.readText("关于开展安全检查的通知\n\n请做好检查。"), "redhead", Format.HTML).bytes())
                .isNotEmpty();
    }
}
