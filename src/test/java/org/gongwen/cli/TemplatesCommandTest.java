package org.gongwen.cli;

import org.gongwen.style.TemplateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesCommandTest {
    @TempDir
    Path dir;

    private String out;

    private int run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new GongwenCommand()).execute("templates");
        } finally {
            System.setOut(saved);
            out = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(TemplateLibrary.DIR_PROPERTY);
    }

    @Test
    void listsTheBundledTemplatesAsValid() {
        assertThat(run()).isZero();
        assertThat(out.lines()).anyMatch(l -> l.startsWith("report") && l.contains("ok"))
                .anyMatch(l -> l.startsWith("redhead") && l.contains("ok") && l.contains("红头"));
    }

    @Test
    void aBrokenDeploymentTemplateIsListedAsInvalidWithWhy() throws Exception {
        Files.writeString(dir.resolve("bureau.docx"), "not a word file");
        System.setProperty(TemplateLibrary.DIR_PROPERTY, dir.toString());
        assertThat(run()).isEqualTo(1);
        assertThat(out.lines()).anyMatch(l -> l.startsWith("bureau") && l.contains("invalid"));
        assertThat(out.lines()).anyMatch(l -> l.startsWith("report") && l.contains("ok"));
    }
}
