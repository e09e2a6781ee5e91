package org.gongwen.web;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real portal texts of shared/samples, beside the repository (CI) or at /work/shared/samples. */
final class SampleTexts {
    private SampleTexts() {}

    static String read(String name) {
        for (Path dir : List.of(Path.of("..", "shared", "samples"), Path.of("/work/shared/samples"))) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Assumptions.abort("shared/samples not found beside the repository");
        return null;
    }

    static String zhongshan() {
        return read("zhongshan-health-2024-rule-of-law-report.txt");
    }

    static String zijin() {
        return read("zijin-health-2025-rule-of-law-report.txt");
    }
}
