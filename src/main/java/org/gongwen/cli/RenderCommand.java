package org.gongwen.cli;

import org.gongwen.flow.Format;
import org.gongwen.flow.Gongwen;
import org.gongwen.flow.Overrides;
import org.gongwen.flow.Rendered;
import org.gongwen.model.BadInputException;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
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
import java.util.concurrent.Callable;

/**
 * {@code gongwen render INPUT… --format docx,pdf,html --out DIR}: writes DIR/NAME.EXT per input.
 * Inputs share one JVM and one loaded set of templates and fonts. A failed input is named and
 * skipped; its outputs are not written at all (each file is written to a temporary name and moved
 * into place only when every format of that input has rendered).
 */
@Command(name = "render", description = "Render INPUT files (.txt .md .docx .json) as DOCX, PDF and/or portal HTML.")
public class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "input files")
    List<Path> inputs;

    @Option(names = "--template", defaultValue = "report", description = "house template id (default: ${DEFAULT-VALUE})")
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

        Gongwen gongwen = new Gongwen();
        if (wanted.contains(Format.PDF)) gongwen.prepareFonts(template);
        int failed = 0;
        for (Path input : inputs) {
            try {
                List<Path> written = renderOne(gongwen, input, wanted, overrides, err);
                written.forEach(p -> err.println("已生成 / written: " + p));
            } catch (BadInputException e) {
                failed++;
                err.println(input + ": " + e.oneLine());
            } catch (IOException e) {
                failed++;
                err.println(input + ": 无法写入输出文件 / cannot write output: " + e.getMessage());
            } catch (RuntimeException e) {
                // a bug, not the clerk's fault: still one line, and the other inputs go on
                failed++;
                err.println(input + ": 内部错误，请把此文件报告给维护人员 / internal error: " + e);
            }
        }
        if (failed == 0) return 0;
        return failed == inputs.size() ? 2 : 1;
    }

    private List<Path> renderOne(Gongwen gongwen, Path input, Set<Format> wanted, Overrides overrides,
                                 PrintStream err) throws IOException {
        byte[] content = InputFile.read(input);
        OfficialDocument doc = gongwen.withOverrides(gongwen.read(input.getFileName().toString(), content), overrides);
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        for (Format format : wanted) {
            Rendered r = gongwen.render(doc, template, format);
            warnings.addAll(r.warnings());
            outputs.put(out.resolve(InputFile.baseName(input) + "." + format.extension), r.bytes());
        }
        warnings.stream().distinct().forEach(w -> err.println(input + ": 提示 / warning [" + w.code() + "] " + w.message()));
        for (Map.Entry<Path, byte[]> e : outputs.entrySet()) writeAtomically(e.getKey(), e.getValue());
        return List.copyOf(outputs.keySet());
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
                throw new BadInputException("unknown-format", "不支持的输出格式“" + name + "”，可选 docx、pdf、html",
                        "unknown output format '" + name + "': use docx, pdf or html", 400, null);
            }
        }
        return result;
    }

    static LocalDate parseDate(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("bad-date", "日期“" + text + "”无法识别，请写成 2025-01-20",
                    "cannot read date '" + text + "': write it as 2025-01-20", 400, null);
        }
    }
}
