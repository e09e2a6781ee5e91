package org.gongwen.cli;

import org.gongwen.testing.Cli;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.TemplateInfo;
import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen templates adopt}: a bureau's finished document in, its house template written, what was learned printed. */
class AdoptCommandTest {
    @TempDir
    Path dir;

    private Cli last;

    private int run(String... args) {
        last = Cli.run(args);
        return last.exitCode;
    }

    private String out() { return last.out; }

    private String err() { return last.err; }

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    @Test
    void aFinishedDocumentBecomesAValidTemplateAndTheReportIsPrinted() throws Exception {
        Path letter = file("letter.docx", FinishedDocuments.redhead());
        Path out = dir.resolve("templates");
        assertThat(run("templates", "adopt", letter.toString(), "--id", "bureau", "--out", out.toString())).as(err()).isZero();

        assertThat(out()).startsWith("模板 bureau（红头）").contains("各要素：").contains("标题：");
        assertThat(err().strip()).isEqualTo("已生成 / written: " + out.resolve("bureau.docx"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("bureau.docx")); // no temporary file left
        }
        TemplateInfo bureau = Gongwen.builder().templates(out).build().templates().stream()
                .filter(t -> t.id().equals("bureau")).findFirst().orElseThrow();
        assertThat(bureau.valid()).as(bureau.findings().toString()).isTrue();
        assertThat(bureau.redHeader()).isTrue();
    }

    @Test
    void jsonIsTheReportAsTheApiGivesIt() throws Exception {
        Path letter = file("letter.docx", FinishedDocuments.redhead());
        assertThat(run("templates", "adopt", letter.toString(), "--id", "bureau", "--out", dir.toString(), "--json")).as(err()).isZero();

        JsonNode answer = JsonMapper.builder().build().readTree(out());
        assertThat(answer.get("id").asString()).isEqualTo("bureau");
        assertThat(answer.get("adopted").asBoolean()).isTrue();
        JsonNode report = answer.get("report");
        assertThat(report.get("templateId").asString()).isEqualTo("bureau");
        assertThat(report.get("redHeader").asBoolean()).isTrue();
        assertThat(report.get("roles").valueStream().map(r -> r.get("role").asString())).contains("TITLE", "BODY");
        assertThat(report.has("departures")).isTrue();
        assertThat(report.has("text")).as("the clerk's text is not part of the JSON").isFalse();
        assertThat(dir.resolve("bureau.docx")).exists();
    }

    @Test
    void aFileThatIsATemplateAlreadyIsWrittenAsItIs() throws Exception {
        Path report = Path.of("templates", "report.docx");
        Path out = dir.resolve("templates");
        assertThat(run("templates", "adopt", report.toString(), "--id", "house", "--out", out.toString())).as(err()).isZero();

        assertThat(out()).contains("已符合模板约定").contains("house");
        assertThat(out.resolve("house.docx")).hasSameBinaryContentAs(report);
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Gongwen gongwen = Gongwen.builder().templates(null).build();
        byte[] pdf = gongwen.render(gongwen.read(SharedSamples.SHANGHAI, SharedSamples.bytes(SharedSamples.SHANGHAI)),
                "report", Format.PDF).bytes();
        Path out = dir.resolve("templates");
        record Case(Path file, String id, String says) {}
        for (Case c : new Case[]{
                new Case(file("letter.pdf", pdf), "bureau", "不是 Word 文档"),
                new Case(file("notes.docx", "一、总体要求\n各单位要高度重视。".getBytes(StandardCharsets.UTF_8)), "bureau", "不是 Word 文档"),
                new Case(file("title-only.docx", FinishedDocuments.titleOnly()), "bureau", "找不到正文"),
                new Case(file("letter.docx", FinishedDocuments.redhead()), "Bad..Name", "模板名只能由小写字母"),
                new Case(dir.resolve("missing.docx"), "bureau", "找不到文件")}) {
            assertThat(run("templates", "adopt", c.file().toString(), "--id", c.id(), "--out", out.toString()))
                    .as(c.file() + ": " + err()).isEqualTo(2);
            assertThat(err().strip()).as(c.file().toString()).doesNotContain("\n").doesNotContain("Exception")
                    .containsPattern("\\p{IsHan}").contains(c.says());
            assertThat(out()).isEmpty();
            assertThat(out).as("nothing written for " + c.file()).doesNotExist();
        }
    }

    @Test
    void templatesAloneStillLists() {
        assertThat(run("templates")).isZero();
        assertThat(out().lines()).anyMatch(l -> l.startsWith("report") && l.contains("ok"));
    }
}
