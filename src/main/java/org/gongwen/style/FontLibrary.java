package org.gongwen.style;

import org.gongwen.model.Warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Maps the official family names of a house style (方正小标宋简体, 仿宋_GB2312, 黑体 …) to font files
 * and measures text. The bundled Fandol faces come from the classpath ({@code gongwen/fonts/},
 * mapped by {@code fonts.properties}); licensed faces dropped into an optional folder are used for
 * the family names inside their files and win over the bundled mapping.
 *
 * <p>Faces load lazily, once each; the library is thread-safe and meant to be shared.
 */
public final class FontLibrary {
    /** System property (or environment variable GONGWEN_FONTS_DIR) naming the licensed-font folder. */
    public static final String FONTS_DIR_PROPERTY = "gongwen.fonts.dir";
    static final String CLASSPATH_DIR = "gongwen/fonts/";
    /**
     * System property naming a directory that holds the bundled files unpacked (bin/gongwen points
     * it at the repository's fonts/, from which the jar's copies are built): reading a face from a
     * file takes a few milliseconds, inflating it from the jar 50–70 ms, a tenth of a one-shot render.
     */
    public static final String BUNDLED_DIR_PROPERTY = "gongwen.fonts.bundled-dir";

    private static volatile FontLibrary shared;

    /** family name (lower case) → font files in order of preference. */
    private final Map<String, List<String>> families;
    private final List<String> fallback;
    private final String defaultFile;
    /** file name → where it is (a path in the folder, or null for the classpath). */
    private final Map<String, Path> folderFiles;
    private final Map<String, FontFace> loaded = new ConcurrentHashMap<>();
    private final Map<String, List<FontFace>> candidates = new ConcurrentHashMap<>();

    /** Where the bundled files lie unpacked, or null to read them from the classpath. */
    private final Path unpackedBundle;

    private FontLibrary(Map<String, List<String>> families, List<String> fallback, String defaultFile,
                        Map<String, Path> folderFiles, Path unpackedBundle) {
        this.unpackedBundle = unpackedBundle;
        this.families = families;
        this.fallback = fallback;
        this.defaultFile = defaultFile;
        this.folderFiles = folderFiles;
    }

    /** The shared library: bundled faces plus the folder named by {@link #FONTS_DIR_PROPERTY}, if any. */
    public static FontLibrary shared() {
        FontLibrary lib = shared;
        if (lib == null) {
            synchronized (FontLibrary.class) {
                if (shared == null) shared = load(configuredDir());
                lib = shared;
            }
        }
        return lib;
    }

    /** The licensed-font folder the environment names ({@link #FONTS_DIR_PROPERTY} or GONGWEN_FONTS_DIR), or null. */
    public static Path configuredDir() {
        String dir = System.getProperty(FONTS_DIR_PROPERTY, System.getenv("GONGWEN_FONTS_DIR"));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** A library of the bundled faces, plus the licensed faces in {@code folder} (may be null). */
    public static FontLibrary load(Path folder) {
        String unpacked = System.getProperty(BUNDLED_DIR_PROPERTY);
        return load(folder, unpacked == null || unpacked.isBlank() ? null : Path.of(unpacked));
    }

    /** As {@link #load(Path)}, with the bundled files read from {@code unpackedBundle} (may be null). */
    static FontLibrary load(Path folder, Path unpackedBundle) {
        Properties props = new Properties();
        try (InputStream in = resource(unpackedBundle, "fonts.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled fonts.properties", e);
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.equals("fallback") || key.equals("default")) continue;
            families.put(key.toLowerCase(Locale.ROOT), split(props.getProperty(key)));
        }
        Map<String, Path> folderFiles = new LinkedHashMap<>();
        FontLibrary lib = new FontLibrary(families, split(props.getProperty("fallback")),
                props.getProperty("default").trim(), folderFiles, unpackedBundle);
        if (folder != null) lib.addFolder(folder);
        return lib;
    }

    /** Reads every .otf/.ttf in the folder and puts it first for each family name it declares. */
    private void addFolder(Path folder) {
        if (!Files.isDirectory(folder)) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(otf|ttf)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list font folder " + folder, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            folderFiles.put(name, file);
            FontFace face = file(name);
            for (String family : face.familyNames()) {
                List<String> chain = new ArrayList<>();
                chain.add(name);
                chain.addAll(families.getOrDefault(family.toLowerCase(Locale.ROOT), List.of()));
                families.put(family.toLowerCase(Locale.ROOT), List.copyOf(chain));
            }
        }
    }

    /**
     * Starts reading the faces of these families on background threads, one per face, and returns at
     * once: a one-shot CLI render then reads its four faces (about 25 MB of font files) on both
     * cores while it parses the input. Each face, once read, is handed to {@code then} on its thread
     * (the PDF painter prepares its own font for it there). Whoever asks for a face still being read
     * waits for it; a face that fails to read here fails again, with its message, where it is asked for.
     */
    public void startLoading(Collection<String> familyNames, Consumer<FontFace> then) {
        familyNames.stream().map(f -> chain(f).get(0)).distinct()
                .forEach(file -> Thread.ofPlatform().daemon().name("font-" + file).start(() -> {
                    try {
                        then.accept(file(file));
                    } catch (RuntimeException ignored) {
                        // reported where the face is needed
                    }
                }));
    }

    /** The face that prints the family (its first file), or the default face for an unknown family. */
    public FontFace face(String family) {
        return file(chain(family).get(0));
    }

    /**
     * The face that prints {@code codePoint} for the family: the family's own files first, then the
     * fallback faces; null when no face has the glyph (see {@link #missingGlyph(int)}).
     */
    public FontFace faceFor(String family, int codePoint) {
        for (FontFace face : candidates(family)) {
            if (face.covers(codePoint)) return face;
        }
        return null;
    }

    /**
     * The family's faces followed by the fallback faces, resolved once per family name: the line
     * breaker asks for every character, and lower-casing and looking up the name each time cost
     * a tenth of a layout.
     */
    private List<FontFace> candidates(String family) {
        return candidates.computeIfAbsent(family == null ? "" : family, f ->
                Stream.concat(chain(f).stream(), fallback.stream()).distinct().map(this::file).toList());
    }

    /** Whether the family name is known (mapped or found in the font folder). */
    public boolean knows(String family) {
        return family != null && families.containsKey(family.toLowerCase(Locale.ROOT));
    }

    /** The warning for a character that no face can print. */
    public static Warning missingGlyph(int codePoint) {
        return new Warning("missing-glyph", String.format("字符“%s”（U+%04X）在所有字体中都没有字形，PDF 中无法显示，请换用常用字或安装含该字的字体。",
                new String(Character.toChars(codePoint)), codePoint));
    }

    private List<String> chain(String family) {
        List<String> c = family == null ? null : families.get(family.trim().toLowerCase(Locale.ROOT));
        return c != null ? c : List.of(defaultFile);
    }

    private FontFace file(String fileName) {
        return loaded.computeIfAbsent(fileName, this::read);
    }

    private FontFace read(String fileName) {
        try {
            Path inFolder = folderFiles.get(fileName);
            byte[] bytes;
            if (inFolder != null) {
                bytes = Files.readAllBytes(inFolder);
            } else {
                try (InputStream in = resource(unpackedBundle, fileName)) {
                    bytes = in.readAllBytes();
                }
            }
            return FontFace.read(fileName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + fileName, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read font " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(Path unpackedBundle, String name) throws IOException {
        Path unpacked = unpackedBundle == null ? null : unpackedBundle.resolve(name);
        if (unpacked != null && Files.isRegularFile(unpacked)) return Files.newInputStream(unpacked);
        InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name);
        if (in == null) throw new IOException("missing bundled font resource " + CLASSPATH_DIR + name);
        return in;
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
