package org.gongwen.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesCommandTest {

    @Test
    void listsTheBundledTemplatesWithTheirGrid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new GongwenCommand()).execute("templates");
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out.lines()).anyMatch(l -> l.startsWith("report") && l.contains("ok") && l.contains("22行x28字"))
                .anyMatch(l -> l.startsWith("redhead") && l.contains("红头"));
    }
}
