package org.gongwen.hardening;

import org.gongwen.cli.ServeCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen serve --gongwen.renders.concurrency=8 …}: settings reach the service instead of a usage error. */
class ServeSettingsTest {
    @Test
    void springSettingsArePassedOn() {
        CommandLine cli = new CommandLine(new ServeCommand());
        CommandLine.ParseResult parsed = cli.parseArgs("--port", "9090", "--gongwen.renders.concurrency=8",
                "--gongwen.limits.max-pages=100");
        assertThat(parsed.unmatched()).containsExactly("--gongwen.renders.concurrency=8", "--gongwen.limits.max-pages=100");
        assertThat(parsed.matchedOptionValue("--port", 0)).isEqualTo(9090);
    }
}
