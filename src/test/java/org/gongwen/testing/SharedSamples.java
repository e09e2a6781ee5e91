package org.gongwen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real portal texts the tests share, in src/test/resources/samples (README.md there says what
 * each one holds and where they came from), read from the test classpath. A missing sample is a
 * failure, never a skip: a clean clone runs every test.
 */
public final class SharedSamples {
    public static final String ZIJIN = "zijin-health-2025-rule-of-law-report.txt";
    public static final String ZHONGSHAN = "zhongshan-health-2024-rule-of-law-report.txt";
    public static final String SHANGHAI = "shanghai-soil-remediation-list-letter.txt";
    public static final String FENGXIAN = "fengxian-sponge-city-measures-notice.txt";
    public static final List<String> ALL = List.of(ZIJIN, ZHONGSHAN, SHANGHAI, FENGXIAN);

    /** The folder on the classpath (target/test-classes/samples under Maven). */
    private static final String FOLDER = "/samples/";

    private SharedSamples() {}

    /** The samples' folder as a file system path (for tests that hand a file to the CLI). */
    public static Path dir() {
        return path(ZIJIN).getParent();
    }

    public static Path path(String name) {
        URL url = SharedSamples.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("sample " + name + " is not on the test classpath (src/test/resources/samples)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
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
