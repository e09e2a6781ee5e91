package org.gongwen.testing;

import org.gongwen.docx.DocxWriter;
import org.gongwen.ingest.Importers;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.TemplateLibrary;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * LibreOffice's PDF of gongwen's DOCX, for the tests that hold gongwen against LibreOffice (tagged
 * {@code libreoffice}). Each DOCX is converted once per test run: the PDFs stay in one temporary
 * folder for the run's JVM (removed when it exits), so two tests asking for the same sample in the
 * same template share one conversion, and the DOCX files still to convert go to soffice together
 * (one start). soffice runs with its own profile in that folder and the bundled fonts under the
 * official names (fonts/fontconfig/gongwen-fonts.conf). Without soffice on the PATH this fails, it
 * does not skip: such tests run everywhere unless excluded ({@code -DexcludedGroups=libreoffice}).
 */
public final class LibreOffice {
    /** A DOCX to convert: {@code name} without extension (the PDF's name too), its bytes when needed. */
    public record Docx(String name, Supplier<byte[]> bytes) {}

    private static final Map<String, Path> CONVERTED = new HashMap<>();
    private static Path dir;

    private LibreOffice() {}

    /** The name gongwen's DOCX of a sample in a template goes by: {@code zijin-…-report}. */
    public static String sampleName(String sample, String templateId) {
        return sample.replace(".txt", "") + "-" + templateId;
    }

    /** gongwen's DOCX of a sample in a template, as {@link DocxWriter} writes it, named by {@link #sampleName}. */
    public static Docx sample(String sample, String templateId) {
        return new Docx(sampleName(sample, templateId), () -> {
            OfficialDocument doc = Importers.read(sample, SharedSamples.bytes(sample));
            return new DocxWriter().write(doc, TemplateLibrary.shared().get(templateId));
        });
    }

    /** LibreOffice's PDF of gongwen's DOCX of each sample in the template, by sample name, in the samples' order. */
    public static Map<String, Path> samplePdfs(List<String> samples, String templateId) {
        Map<String, Path> pdfs = pdfs(samples.stream().map(s -> sample(s, templateId)).toList());
        Map<String, Path> bySample = new LinkedHashMap<>();
        for (String s : samples) bySample.put(s, pdfs.get(sampleName(s, templateId)));
        return bySample;
    }

    /**
     * LibreOffice's PDF of each DOCX, by name; the ones this run has not converted yet are written and
     * converted in one soffice call. A name stands for one document: the first DOCX given under it
     * is the one converted.
     */
    public static synchronized Map<String, Path> pdfs(List<Docx> docx) {
        Map<String, Docx> missing = new LinkedHashMap<>();
        for (Docx d : docx) if (!CONVERTED.containsKey(d.name())) missing.putIfAbsent(d.name(), d);
        if (!missing.isEmpty()) convert(List.copyOf(missing.values()));
        Map<String, Path> out = new LinkedHashMap<>();
        for (Docx d : docx) out.put(d.name(), CONVERTED.get(d.name()));
        return out;
    }

    private static void convert(List<Docx> docx) {
        requireSoffice();
        try {
            Path work = dir();
            Path batch = Files.createTempDirectory(work, "batch");
            List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", batch.toString()));
            for (Docx d : docx) {
                Path file = batch.resolve(d.name() + ".docx");
                Files.write(file, d.bytes().get());
                cmd.add(file.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(batch.resolve("soffice.log").toFile());
            pb.environment().put("FONTCONFIG_FILE", Path.of("fonts", "fontconfig", "gongwen-fonts.conf").toAbsolutePath().toString());
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("soffice did not finish in 300 s");
            }
            for (Docx d : docx) {
                Path pdf = batch.resolve(d.name() + ".pdf");
                if (!Files.isRegularFile(pdf)) {
                    throw new AssertionError("LibreOffice did not convert " + d.name() + ".docx (see " + batch.resolve("soffice.log") + ")");
                }
                CONVERTED.put(d.name(), pdf);
            }
            System.out.printf("LibreOffice converted %d DOCX in %.1f s: %s%n", docx.size(), (System.nanoTime() - start) / 1e9,
                    docx.stream().map(Docx::name).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while soffice converted", e);
        }
    }

    /** Fails (never skips) where soffice is not on the PATH. */
    public static void requireSoffice() {
        if (!onPath("soffice")) {
            throw new AssertionError("LibreOffice (soffice) is not on the PATH: install it (.ci/run does) "
                    + "or leave these tests out with -DexcludedGroups=libreoffice");
        }
    }

    /** {@code program} is an executable in a folder of the PATH. */
    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) return true;
        }
        return false;
    }

    private static Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("gongwen-libreoffice");
            Path made = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "gongwen-libreoffice-cleanup"));
        }
        return dir;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: what is left the system cleans
        }
    }
}
