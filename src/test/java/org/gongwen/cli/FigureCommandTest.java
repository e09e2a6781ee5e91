package org.gongwen.cli;

import org.gongwen.testing.Cli;
import org.gongwen.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 on the command line: a Markdown draft's pictures are the files beside it. */
class FigureCommandTest {
    static final String MD = "# 关于调整内设机构的通知\n\n各科室：\n\n本局内设机构调整如下：\n\n![图1 组织架构图](图/org.png)\n\n某某局\n\n2025年4月1日\n";

    @Test
    void parseReadsAMarkdownDraftsPictureFromItsFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("图"));
        Files.write(dir.resolve("图/org.png"), TestImages.orgChart(400, 200));
        Path md = Files.writeString(dir.resolve("draft.md"), MD, StandardCharsets.UTF_8);
        Cli cli = Cli.run("parse", md.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("\"type\" : \"figure\"", "\"caption\" : \"图1 组织架构图\"", "\"widthPt\" : 300.0");
    }

    @Test
    void renderPutsThePictureIntoTheDocxAndWarnsWhenItIsMissing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("图"));
        Files.write(dir.resolve("图/org.png"), TestImages.orgChart(400, 200));
        Path md = Files.writeString(dir.resolve("draft.md"), MD, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli cli = Cli.run("render", md.toString(), "--format", "docx", "--out", out.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        try (ZipFile zip = new ZipFile(out.resolve("draft.docx").toFile())) {
            assertThat(zip.getEntry("word/media/figure1.png")).isNotNull();
        }
        Files.delete(dir.resolve("图/org.png"));
        cli = Cli.run("render", md.toString(), "--format", "docx", "--out", out.toString());
        assertThat(cli.exitCode).isZero();
        assertThat(cli.err).contains("org.png");
    }
}
