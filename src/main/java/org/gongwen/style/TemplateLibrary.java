package org.gongwen.style;

import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
import org.gongwen.store.TemplateIds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The house templates a deployment offers: those bundled in the jar ({@link #BUNDLED}, at
 * {@code gongwen/templates/ID.docx}), the .docx files placed by hand in an optional folder, whose
 * templates replace bundled ones of the same id, and the published versions of a template store
 * ({@link #with}: shared ones and bureaus' own, {@code zijin-wsj/redhead}), which replace both.
 * Immutable and shared across threads; a change makes a new library.
 */
public final class TemplateLibrary {

    /** The template used when none is named. */
    public static final String DEFAULT_ID = "report";
    /**
     * The templates bundled in the jar, read by name from the class path (a class path cannot be
     * listed without a framework's help); {@code templates/} holds exactly these files.
     */
    public static final List<String> BUNDLED = List.of(DEFAULT_ID, "redhead");
    private static final String CLASSPATH_DIR = "gongwen/templates/";
    /** System property (or environment variable GONGWEN_TEMPLATES_DIR) naming a folder of a deployment's own templates. */
    public static final String DIR_PROPERTY = "gongwen.templates.dir";
    /** Template files larger than this are refused. */
    public static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;

    private final Map<String, HouseTemplate> templates;
    private final Map<String, String> problems;

    private TemplateLibrary(Map<String, HouseTemplate> templates, Map<String, String> problems) {
        this.templates = Collections.unmodifiableMap(templates);
        this.problems = Collections.unmodifiableMap(problems);
    }

    private static final class Shared {
        static final TemplateLibrary INSTANCE = load(configuredDir());
    }

    /** The process-wide library: bundled templates plus the folder named by {@link #DIR_PROPERTY}. */
    public static TemplateLibrary shared() {
        return Shared.INSTANCE;
    }

    /** The folder the environment names ({@link #DIR_PROPERTY} or GONGWEN_TEMPLATES_DIR), or null. */
    public static Path configuredDir() {
        String dir = System.getProperty(DIR_PROPERTY, System.getenv("GONGWEN_TEMPLATES_DIR"));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** Loads the bundled templates and those in {@code folder}; see {@link #load(Path, long)}. */
    public static TemplateLibrary load(Path folder) {
        return load(folder, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /**
     * Loads the bundled templates and those in {@code folder} (null: bundled only), each package
     * unpacking to at most {@code maxUnpackedBytes}. A file that is not a valid template is left out
     * and reported by {@link #problems()}; whatever it makes the reader throw, it never stops the rest.
     */
    public static TemplateLibrary load(Path folder, long maxUnpackedBytes) {
        Map<String, HouseTemplate> templates = new TreeMap<>();
        Map<String, String> problems = new TreeMap<>();
        try {
            for (String id : BUNDLED) {
                try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + id + ".docx")) {
                    if (in == null) throw new IOException("missing bundled template " + CLASSPATH_DIR + id + ".docx");
                    add(templates, problems, id, in.readNBytes((int) MAX_TEMPLATE_BYTES + 1), maxUnpackedBytes);
                }
            }
            if (folder != null && Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.docx")) {
                    for (Path f : files) addFile(templates, problems, f, maxUnpackedBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read house templates", e);
        }
        return new TemplateLibrary(templates, problems);
    }

    private static void addFile(Map<String, HouseTemplate> templates, Map<String, String> problems, Path f, long maxUnpackedBytes) {
        String id = idOf(f.getFileName().toString());
        if (id == null) {
            problems.put(f.getFileName().toString(), "文件名只能用小写字母、数字和连字符 / file name must be [a-z0-9-]");
            return;
        }
        try {
            if (Files.size(f) > MAX_TEMPLATE_BYTES) {
                problems.put(id, "模板文件过大 / template file too large");
            } else {
                add(templates, problems, id, Files.readAllBytes(f), maxUnpackedBytes);
            }
        } catch (IOException e) {
            templates.remove(id);
            problems.put(id, "模板文件无法读取 / cannot read the template file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void add(Map<String, HouseTemplate> templates, Map<String, String> problems, String id, byte[] bytes,
                            long maxUnpackedBytes) {
        if (bytes.length > MAX_TEMPLATE_BYTES) {
            problems.put(id, "模板文件过大 / template file too large");
            return;
        }
        try {
            templates.put(id, HouseTemplate.load(id, bytes, maxUnpackedBytes));
            problems.remove(id);
        } catch (BadInputException e) {
            templates.remove(id);
            problems.put(id, e.oneLine());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // a reader's bug on one odd file: that file is out, the others serve
            templates.remove(id);
            problems.put(id, "模板无法读取（" + e.getClass().getSimpleName() + "）/ the template cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static String idOf(String fileName) {
        if (fileName == null || !fileName.endsWith(".docx")) return null;
        String id = fileName.substring(0, fileName.length() - 5);
        return TemplateIds.isName(id) ? id : null;
    }

    /**
     * This library with a store's published templates over it (they replace bundled and hand-placed
     * templates of the same id), and the store's templates that could not be loaded, with why.
     */
    public TemplateLibrary with(Map<String, HouseTemplate> stored, Map<String, String> storedProblems) {
        Map<String, HouseTemplate> all = new TreeMap<>(templates);
        Map<String, String> allProblems = new TreeMap<>(problems);
        all.putAll(stored);
        stored.keySet().forEach(allProblems::remove);
        // a published version that cannot be loaded is said, also when a bundled or hand-placed template of
        // its id serves meanwhile
        storedProblems.forEach((id, why) -> allProblems.put(all.containsKey(id) ? id + "（模板库中已发布的版本）" : id,
                all.containsKey(id) ? why + "；暂用同名的随程序模板" : why));
        return new TemplateLibrary(all, allProblems);
    }

    /**
     * The template of this id. BadInputException {@code invalid-template-id} (UNREADABLE) for an id that is
     * neither a name of [a-z0-9-]{1,40} nor bureau/name, {@code unknown-template} (NOT_FOUND) when there is none.
     */
    public HouseTemplate get(String id) {
        if (!TemplateIds.isTemplateId(id)) {
            throw new BadInputException(Fault.UNREADABLE, "invalid-template-id",
                    "模板名只能由小写字母、数字和连字符组成（1 至 40 个字符），单位的模板写作“单位/模板名”，例如 report 或 zijin-wsj/redhead",
                    "a template id is 1 to 40 lowercase letters, digits or hyphens, or bureau/name, e.g. report or zijin-wsj/redhead");
        }
        HouseTemplate t = templates.get(id);
        if (t == null) {
            String known = String.join("、", templates.keySet());
            throw new BadInputException(Fault.NOT_FOUND, "unknown-template",
                    "没有名为 " + id + " 的模板" + (problems.containsKey(id) ? "（该模板无效：" + problems.get(id) + "）" : "")
                            + "，可用的模板：" + known,
                    "no template named " + id + "; available: " + String.join(", ", templates.keySet()));
        }
        return t;
    }

    /** The valid templates, ordered by id. */
    public List<HouseTemplate> list() {
        return new ArrayList<>(templates.values());
    }

    /** Template files that could not be loaded: id (or file name) → why, one line. */
    public Map<String, String> problems() {
        return problems;
    }
}
