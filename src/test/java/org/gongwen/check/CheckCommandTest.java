package org.gongwen.check;

import org.gongwen.cli.GongwenCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream out = System.out, err = System.err;
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new GongwenCommand()).execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String out() { return outBytes.toString(StandardCharsets.UTF_8); }

    private String err() { return errBytes.toString(StandardCharsets.UTF_8); }

    @Test
    void cleanDraftExitsZero() throws Exception {
        Path f = dir.resolve("clean.docx");
        Files.write(f, Draft.clean().build());
        assertThat(run("check", f.toString())).as(out()).isZero();
        assertThat(out()).contains("未发现问题");
    }

    @Test
    void defectiveDraftExitsOneAndSaysWhatToFix() throws Exception {
        Path f = dir.resolve("draft.docx");
        Files.write(f, Draft.clean().with(x -> { x.bodyFace = "宋体"; x.bodyHalfPoints = 24; }).build());
        assertThat(run("check", f.toString(), "--template", "report")).isEqualTo(1);
        assertThat(out()).contains("错误  第3段“2024年，我局坚持以习…”：正文字体应为仿宋_GB2312三号，此处为宋体小四  [body-font]");
    }

    @Test
    void jsonListsTheFindings() throws Exception {
        Path f = dir.resolve("draft.docx");
        Files.write(f, Draft.clean().with(x -> x.find("2025年").text = "2025年01月20日").build());
        assertThat(run("check", f.toString(), "--json")).isEqualTo(1);
        assertThat(out()).contains("\"rule\":\"date-form\"").contains("\"severity\":\"error\"").contains("\"errors\":1");
    }

    @Test
    void unreadableInputExitsTwoWithOneLine() throws Exception {
        Path f = dir.resolve("broken.docx");
        Files.writeString(f, "PK this is not a zip");
        assertThat(run("check", f.toString())).isEqualTo(2);
        assertThat(err().strip()).contains("无法读取该DOCX文件").doesNotContain("\n").doesNotContain("Exception");

        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "一、总体要求");
        assertThat(run("check", txt.toString())).isEqualTo(2);
        assertThat(err()).contains("格式检查只支持Word文档");
    }
}
