package org.gongwen.hardening;

import org.gongwen.testing.Cli;

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

    /** 130 characters of title took the CLI 10 s and 150 never finished; each way a title can arrive. */
    @ParameterizedTest
    @ValueSource(strings = {"title.md", "title.txt", "title.json", "override"})
    void aLongTitleRendersFromEveryInput(String kind) throws IOException {
        String title = "关于进一步加强和改进全区卫生健康系统行政执法监督工作的通知".repeat(6).substring(0, 150);
        String body = "各科室：\n\n请做好检查。\n";
        Path input = switch (kind) {
            case "title.md" -> Files.writeString(in.resolve(kind), "# " + title + "\n\n" + body);
            case "title.txt" -> Files.writeString(in.resolve(kind), title + "\n\n" + body);
            case "title.json" -> Files.writeString(in.resolve(kind), "{\"title\":\"" + title + "\",\"blocks\":[]}");
            default -> Files.writeString(in.resolve("short.txt"), "关于开展安全检查的通知\n\n" + body);
        };
        String[] args = kind.equals("override")
                ? new String[]{"render", input.toString(), "--title", title, "--format", "docx,pdf,html", "--out", out.toString()}
                : new String[]{"render", input.toString(), "--format", "docx,pdf,html", "--out", out.toString()};
        Cli cli = assertTimeoutPreemptively(HostileImportTest.HANG, () -> Cli.run(args));
        assertThat(cli.exitCode).as(cli.err).isZero();
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).hasSize(3);
        }
    }

    @Test
    void aTitleOverTheLimitIsOneLine() throws IOException {
        Path good = Files.writeString(in.resolve("good.txt"), "关于开展安全检查的通知\n\n各科室：\n\n请做好检查。\n");
        Cli cli = Cli.run("render", good.toString(), "--title", "关".repeat(201), "--out", out.toString());
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").contains("200").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-drawing", "nested", "pages", "glyphs"})
    void hostilePdfsGivenToCheckAreOneLine(String kind) throws IOException {
        byte[] pdf = RefusedInputs.pdf(kind);
        Path file = Files.write(in.resolve(kind + ".pdf"), pdf);
        Cli cli = assertTimeoutPreemptively(HostileImportTest.HANG, () -> Cli.run("check", file.toString()));
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").containsPattern("\\p{IsHan}").doesNotContain("Exception");
    }
}
