package org.gongwen.cli;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Overrides;
import org.gongwen.PdfTagging;
import org.gongwen.Rendered;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.style.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code gongwen render INPUT… --format docx,pdf,html --out DIR}: writes DIR/NAME.EXT per input.
 * Inputs share one JVM and one loaded set of templates and fonts, and render on all cores. A
 * failed input is named and skipped; its outputs are not written at all (each file is written to a temporary name and moved
 * into place only when every format of that input has rendered).
 */
@Command(name = "render", description = "Render INPUT files (.txt .md .docx .json) as DOCX, PDF and/or portal HTML.")
public class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "input files")
    List<Path> inputs;

    @Option(names = "--template", defaultValue = TemplateLibrary.DEFAULT_ID, description = "house template id (default: ${DEFAULT-VALUE})")
    String template;

    @Option(names = "--format", defaultValue = "docx", split = ",", description = "docx, pdf, html, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--out", defaultValue = ".", description = "output folder (default: current folder)")
    Path out;

    @Option(names = "--title", description = "title, instead of the detected one")
    String title;

    @Option(names = "--issuer", split = ",", description = "issuer(s), comma-separated, instead of the detected ones")
    List<String> issuers;

    @Option(names = "--date", description = "成文日期 as 2025-01-20, instead of the detected one")
    String date;

    @Option(names = "--doc-number", description = "发文字号, e.g. 钟卫健发〔2025〕12号")
    String docNumber;

    @Option(names = "--recipients", description = "主送机关")
    String recipients;

    @Option(names = "--untagged", description = "a PDF without structure tags (PDF/A-2b), for a portal system that cannot take tagged PDF; "
            + "by default the PDF is tagged (PDF/UA-1, PDF/A-2a)")
    boolean untagged;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Set<Format> wanted;
        Overrides overrides;
        try {
            wanted = parseFormats(formats);
            overrides = new Overrides(title, issuers, parseDate(date), docNumber, recipients);
            Files.createDirectories(out);
        } catch (BadInputException e) {
            err.println(e.oneLine());
            return 2;
        } catch (IOException e) {
            err.println("无法创建输出目录“" + out + "” / cannot create output folder " + out);
            return 2;
        }

        Gongwen gongwen = Gongwen.builder().build();
        if (wanted.contains(Format.PDF)) gongwen.prepareFonts(template);
        // Inputs render on all cores; their files are written and their messages printed in the
        // order given, and at most a few inputs' outputs wait in memory for their turn.
        int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("render-", 1).factory());
        int failed = 0;
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < 2 * threads) {
                    Path input = inputs.get(next++);
                    window.add(pool.submit(() -> renderOne(gongwen, input, wanted, overrides)));
                }
                Outcome outcome = window.removeFirst().get();
                if (!outcome.finish(err)) failed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("已中断 / interrupted");
            return 2;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());   // renderOne catches what an input can cause
        } finally {
            pool.shutdownNow();
        }
        if (failed == 0) return 0;
        return failed == inputs.size() ? 2 : 1;
    }

    /** What rendering one input gave: its files, not yet written, and its messages, not yet printed. */
    private record Outcome(Path input, Map<Path, byte[]> outputs, List<String> messages, String failure) {
        /** Writes the files and prints the messages; false when the input failed. */
        boolean finish(PrintStream err) {
            messages.forEach(err::println);
            if (failure != null) {
                err.println(input + ": " + failure);
                return false;
            }
            List<Path> written = new ArrayList<>();
            try {
                for (Map.Entry<Path, byte[]> e : outputs.entrySet()) {
                    writeAtomically(e.getKey(), e.getValue());
                    written.add(e.getKey());
                }
            } catch (IOException e) {
                // all of an input's files or none: the ones already moved into place go again
                for (Path p : written) {
                    try { Files.deleteIfExists(p); } catch (IOException ignored) { /* reported below as a whole */ }
                }
                err.println(input + ": 无法写入输出文件 / cannot write output: " + e.getMessage());
                return false;
            }
            outputs.keySet().forEach(p -> err.println("已生成 / written: " + p));
            return true;
        }
    }

    private Outcome renderOne(Gongwen gongwen, Path input, Set<Format> wanted, Overrides overrides) {
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        try {
            byte[] content = InputFile.read(input);
            OfficialDocument doc = gongwen.withOverrides(gongwen.read(input.getFileName().toString(), content,
                    input.toAbsolutePath().getParent()), overrides);   // a Markdown draft's pictures are files beside it
            List<Warning> warnings = new ArrayList<>(doc.warnings());
            for (Format format : wanted) {
                Rendered r = gongwen.render(doc, template, format, untagged ? PdfTagging.UNTAGGED : PdfTagging.TAGGED);
                warnings.addAll(r.warnings());
                outputs.put(out.resolve(InputFile.baseName(input) + "." + format.extension), r.bytes());
            }
            warnings.stream().distinct().forEach(w -> messages.add(input + ": 提示 / warning [" + w.code() + "] " + w.message()));
            return new Outcome(input, outputs, messages, null);
        } catch (BadInputException e) {
            return new Outcome(input, Map.of(), messages, e.oneLine());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not the clerk's fault: still one line, and the other inputs go on
            return new Outcome(input, Map.of(), messages, "内部错误，请把此文件报告给维护人员 / internal error: " + e);
        }
    }

    /** Writes beside the target under a temporary name, then moves it into place: no half-written file. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Files.write(tmp, bytes); // created with the user's umask, unlike Files.createTempFile
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Set<Format> parseFormats(List<String> names) {
        Set<Format> result = EnumSet.noneOf(Format.class);
        for (String name : names) {
            try {
                result.add(Format.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(Fault.UNREADABLE, "unknown-format", "不支持的输出格式“" + name + "”，可选 docx、pdf、html",
                        "unknown output format '" + name + "': use docx, pdf or html");
            }
        }
        return result;
    }

    static LocalDate parseDate(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(Fault.INVALID, "bad-date", "日期“" + text + "”无法识别，请写成 2025-01-20",
                    "cannot read date '" + text + "': write it as 2025-01-20");
        }
    }
}
