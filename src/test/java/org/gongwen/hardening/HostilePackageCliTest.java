package org.gongwen.hardening;

import org.gongwen.testing.Cli;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.HostileDocx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code gongwen render} and {@code check} answer a hostile DOCX package with one line (exit 2); {@code templates} lists bad templates. */
class HostilePackageCliTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    record Package(String name, byte[] bytes, String says) {
        @Override
        public String toString() { return name; }
    }

    static Stream<Package> packages() {
        byte[] report = HostileDocx.template("report");
        return Stream.of(
                new Package("large.docx", HostileDocx.largeParts(8, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES / 8 + 128 * 1024), "解压后超过"),
                new Package("half.docx", HostileDocx.cut(report, report.length / 2), "文件不完整或已损坏"),
                new Package("doctype.docx", HostileDocx.withDoctype(report, "[Content_Types].xml"), "文件不完整或已损坏"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void renderAnswersOneLine(Package p) throws IOException {
        Path input = Files.write(in.resolve(p.name()), p.bytes());
        Cli cli = assertTimeoutPreemptively(HostileImportTest.HANG,
                () -> Cli.run("render", input.toString(), "--format", "docx,pdf", "--out", out.toString()));
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").startsWith(input.toString()).contains(p.says())
                .doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void checkAnswersOneLine(Package p) throws IOException {
        Path input = Files.write(in.resolve(p.name()), p.bytes());
        Cli cli = assertTimeoutPreemptively(HostileImportTest.HANG, () -> Cli.run("check", input.toString()));
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").contains(p.says()).doesNotContain("Exception");
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(TemplateLibrary.DIR_PROPERTY);
    }

    @Test
    void templatesListsBadTemplatesAndServesTheRest() throws IOException {
        Path dir = Files.createDirectory(in.resolve("templates"));
        Files.write(dir.resolve("flat.docx"), HostileDocx.edited(HostileDocx.template("report"), "word/document.xml",
                x -> x.replace("w:linePitch=\"579\"", "w:linePitch=\"0\"")));
        Files.write(dir.resolve("hostile.docx"), HostileDocx.hostileTemplate());
        Files.write(dir.resolve("bureau.docx"), HostileDocx.template("redhead"));
        System.setProperty(TemplateLibrary.DIR_PROPERTY, dir.toString());
        Cli cli = Cli.run("templates");
        assertThat(cli.exitCode).isEqualTo(1);
        assertThat(cli.out.lines()).anyMatch(l -> l.startsWith("bureau") && l.contains("ok"))
                .anyMatch(l -> l.startsWith("report") && l.contains("ok"))
                .anyMatch(l -> l.startsWith("flat") && l.contains("invalid"))
                .anyMatch(l -> l.startsWith("hostile") && l.contains("invalid"));
        assertThat(cli.out).contains("w:linePitch").contains("attachedTemplate").contains("word/vbaProject.bin");
        assertThat(cli.err).isEmpty();
    }
}
