package org.gongwen.hardening;

import org.gongwen.hardening.HostileFiles.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code gongwen render} refuses hostile files: exit 2, one line naming the file, no output written. */
class HostileCliTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    static Stream<Hostile> refused() {
        return RefusedInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithOneLineAndNoOutput(Hostile file) throws IOException {
        Path input = in.resolve(file.name());
        Files.write(input, file.bytes());
        Cli cli = assertTimeoutPreemptively(HostileImportTest.HANG,
                () -> Cli.run("render", input.toString(), "--format", "docx,pdf,html", "--out", out.toString()));
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").startsWith(input.toString()).containsPattern("\\p{IsHan}")
                .doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void oneBadInputAmongGoodOnesIsNamedAndTheOthersAreWritten() throws IOException {
        Path good = Files.writeString(in.resolve("good.txt"), "关于开展安全检查的通知\n\n各科室：\n\n请做好检查。\n");
        Path bad = Files.write(in.resolve("bad.docx"), HostileFiles.randomBytes().bytes());
        Cli cli = Cli.run("render", bad.toString(), good.toString(), "--format", "docx", "--out", out.toString());
        assertThat(cli.exitCode).isEqualTo(1);
        assertThat(cli.err).contains(bad + ": ");
        assertThat(out.resolve("good.docx")).exists();
        assertThat(out.resolve("bad.docx")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "..", "/etc/passwd", "report/../report"})
    void templateNamesWithPathSeparatorsAreRefused(String template) throws IOException {
        Path good = Files.writeString(in.resolve("good.txt"), "关于开展安全检查的通知\n\n各科室：\n\n请做好检查。\n");
        Cli cli = Cli.run("render", good.toString(), "--template", template, "--out", out.toString());
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").containsPattern("\\p{IsHan}").doesNotContain("Exception");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }
}
