package org.gongwen.ingest;

import org.gongwen.testing.SharedSamples;
import org.gongwen.cli.GongwenCommand;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen parse FILE}: JSON on stdout, or exit 2 with one line on stderr. */
class ParseCommandTest {
    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new GongwenCommand()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsTheModelJson() throws Exception {
        Path sample = SharedSamples.path(SharedSamples.ZIJIN);
        Run r = run("parse", sample.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        OfficialDocument doc = ModelJson.read(r.out());
        assertThat(doc).isEqualTo(Importers.read(sample.getFileName().toString(), Files.readAllBytes(sample)));
    }

    @Test
    void aMissingFileIsExit2AndOneLine() {
        Run r = run("parse", "no/such/file.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains("找不到文件", "file not found");
    }

    @Test
    void randomBytesNamedDocxAreExit2AndOneLine(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[1024];
        new Random(1).nextBytes(junk);
        Path f = Files.write(dir.resolve("fake.docx"), junk);
        Run r = run("parse", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n", "Exception", "\tat ").contains("DOCX", " / ");
    }
}
