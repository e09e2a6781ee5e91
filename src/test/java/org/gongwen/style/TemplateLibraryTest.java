package org.gongwen.style;

import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
import org.gongwen.testing.HostileDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLibraryTest {

    @Test
    void listsTheBundledTemplates() {
        TemplateLibrary lib = TemplateLibrary.load(null);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("redhead", "report");
        assertThat(lib.get(TemplateLibrary.DEFAULT_ID).redHeader()).isFalse();
        assertThat(lib.get("redhead").redHeader()).isTrue();
        assertThat(lib.problems()).isEmpty();
    }

    @Test
    void theBundledListIsWhatTemplatesHolds() throws Exception {
        try (var files = Files.list(Path.of("templates"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".docx"))
                    .map(n -> n.substring(0, n.length() - 5)))
                    .as("templates/*.docx, each read by TemplateLibrary.BUNDLED").containsExactlyInAnyOrderElementsOf(TemplateLibrary.BUNDLED);
        }
    }

    @Test
    void refusesUnknownAndMalformedIds() {
        TemplateLibrary lib = TemplateLibrary.load(null);
        assertThatThrownBy(() -> lib.get("nosuch")).isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "unknown-template")
                .hasFieldOrPropertyWithValue("fault", Fault.NOT_FOUND);
        for (String bad : new String[]{"../report", "a/b/c", "a/", "/b", "A/b", "Report", "", "x".repeat(41), "report.docx"}) {
            assertThatThrownBy(() -> lib.get(bad)).as(bad).isInstanceOf(BadInputException.class)
                    .hasFieldOrPropertyWithValue("code", "invalid-template-id");
        }
        // a bureau's template id is well formed; this library has none of that bureau
        assertThatThrownBy(() -> lib.get("zijin-wsj/redhead")).isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "unknown-template");
        assertThatThrownBy(() -> lib.get(null)).isInstanceOf(BadInputException.class);
    }

    @Test
    void addsADeploymentsOwnTemplatesAndReportsBrokenOnes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bureau-a.docx"), TemplateGenerator.report());
        Files.writeString(dir.resolve("broken.docx"), "not a zip");
        Files.write(dir.resolve("Bad Name.docx"), TemplateGenerator.report());
        TemplateLibrary lib = TemplateLibrary.load(dir);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("bureau-a", "redhead", "report");
        assertThat(lib.problems()).containsKeys("broken", "Bad Name.docx");
        assertThatThrownBy(() -> lib.get("broken")).hasFieldOrPropertyWithValue("code", "unknown-template");
    }

    @Test
    void theSharedLibraryLoadsOnceAndServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HouseTemplate>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = i % 2 == 0 ? "report" : "redhead";
                tasks.add(() -> TemplateLibrary.shared().get(id));
            }
            List<HouseTemplate> got = new ArrayList<>();
            for (Future<HouseTemplate> f : pool.invokeAll(tasks)) got.add(f.get());
            assertThat(got).allMatch(t -> t == TemplateLibrary.shared().get(t.id()));
        } finally {
            pool.shutdown();
        }
    }

    /** A generated template with one part's text edited. */
    private static byte[] edited(byte[] template, String part, String from, String to) {
        var parts = DocxPackage.read(template).mutableCopy();
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        assertThat(xml).contains(from);
        parts.put(part, xml.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return DocxPackage.zip(parts);
    }

    @Test
    void oneBadFileNeverStopsTheOthers(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bureau-a.docx"), TemplateGenerator.report());
        Files.write(dir.resolve("flat.docx"), edited(TemplateGenerator.report(), "word/document.xml",
                "w:linePitch=\"579\"", "w:linePitch=\"0\""));
        // the red rule without its optional w:space, as some editors save it: a valid template
        Files.write(dir.resolve("plain-rule.docx"), edited(TemplateGenerator.redhead(), "word/styles.xml",
                " w:space=\"11\" w:color=\"FF0000\"", " w:color=\"FF0000\""));
        Files.createDirectory(dir.resolve("folder.docx"));
        TemplateLibrary lib = TemplateLibrary.load(dir);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("bureau-a", "plain-rule", "redhead", "report");
        assertThat(lib.problems()).containsOnlyKeys("flat", "folder");
        assertThat(lib.problems().get("flat")).contains("w:linePitch").doesNotContain("\n");
        assertThat(lib.problems().get("folder")).contains("无法读取");
    }

    @Test
    void theUnpackedSizeLimitIsTheCallers(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bureau-a.docx"), TemplateGenerator.report());
        TemplateLibrary lib = TemplateLibrary.load(dir, 1024);
        assertThat(lib.list()).isEmpty();
        assertThat(lib.problems()).containsOnlyKeys("bureau-a", "redhead", "report");
        assertThat(lib.problems().get("bureau-a")).contains("1024 字节");
    }

    @Test
    void aTemplateWithActiveContentIsRefusedNamingEach(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("hostile.docx"), HostileDocx.hostileTemplate());
        TemplateLibrary lib = TemplateLibrary.load(dir);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("redhead", "report");
        assertThat(lib.problems().get("hostile")).contains("模板含有不允许的内容")
                .contains("attachedTemplate 关系 → http://attacker.example/normal.dotm")
                .contains("image 关系 → \\\\server\\share\\x.png").contains("oleObject 关系 → file:///etc/passwd")
                .contains("宏（word/vbaProject.bin）").contains("ActiveX 控件（word/activeX/activeX1.xml）")
                .contains("OLE 对象（word/embeddings/oleObject1.bin）")
                .contains("嵌入的文件（word/embeddings/Microsoft_Excel_Worksheet.xlsx）")
                .doesNotContain("\n");
        assertThatThrownBy(() -> HouseTemplate.load("hostile", HostileDocx.hostileTemplate()))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("template-active-content");
                    assertThat(e.fault()).isEqualTo(Fault.INVALID);
                });
    }
}
