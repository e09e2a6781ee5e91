package org.gongwen.cli;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's logging, in a JVM of its own (logging is set up once per process). */
class CliLoggingTest {

    /** What the child JVM runs: the CLI's set-up, then log lines of a library and of gongwen at each level. */
    public static void main(String[] args) {
        CliLogging.warningsToStderr();
        var library = LoggerFactory.getLogger("org.apache.poi.util.XMLHelper");
        library.warn("a library warning");
        library.error("a library error", new IllegalStateException("with a stack trace"));
        var own = LoggerFactory.getLogger("org.gongwen.Example");
        own.info("an info line");
        own.warn("a warning line");
        System.out.print("{\"output\":true}");
    }

    @Test
    void ownWarningsGoToStderrLibraryLinesNowhereAndNothingElseToStdout() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), CliLoggingTest.class.getName())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("{\"output\":true}");
        assertThat(err.strip()).isEqualTo("WARN org.gongwen.Example: a warning line");
    }
}
