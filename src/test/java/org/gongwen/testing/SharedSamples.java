package org.gongwen.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real portal texts in shared/samples: beside the repository (CI) or at /work/shared/samples. */
public final class SharedSamples {
    public static final String ZIJIN = "zijin-health-2025-rule-of-law-report.txt";
    public static final String ZHONGSHAN = "zhongshan-health-2024-rule-of-law-report.txt";
    public static final String SHANGHAI = "shanghai-soil-remediation-list-letter.txt";
    public static final String FENGXIAN = "fengxian-sponge-city-measures-notice.txt";
    public static final List<String> ALL = List.of(ZIJIN, ZHONGSHAN, SHANGHAI, FENGXIAN);

    private SharedSamples() {}

    public static Path dir() {
        for (Path p : List.of(Path.of("..", "shared", "samples"), Path.of("/work/shared/samples"))) {
            if (Files.isDirectory(p)) return p;
        }
        Assumptions.abort("shared/samples not found beside the repository");
        return null;
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static Stream<String> names() {
        return ALL.stream();
    }
}
