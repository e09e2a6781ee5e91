package org.gongwen.cli;

import org.gongwen.Gongwen;
import org.gongwen.TemplateChange;
import org.gongwen.model.BadInputException;
import org.gongwen.style.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gongwen templates adopt FILE.docx --id ID [--out DIR] [--json]}: makes a bureau's own
 * official document its house template and writes DIR/ID.docx, as the service's template upload does
 * ({@link Gongwen#putTemplate}: a file that already meets the template contract is kept as it is).
 * Prints what was learned, then names the file on stderr as {@code render} does. Exit 0 written, 2
 * bad input (nothing written).
 */
@Command(name = "adopt", description = "Make a bureau's own official document (.docx) a house template: writes DIR/ID.docx and reports what was learned.")
public class AdoptCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the bureau's official document (.docx)")
    Path file;

    @Option(names = "--id", required = true, description = "template id: 1-40 lowercase letters, digits or hyphens")
    String id;

    @Option(names = "--out", description = "folder to write ID.docx to (default: the templates folder, GONGWEN_TEMPLATES_DIR, else ./templates)")
    Path out;

    @Option(names = "--json", description = "print what was learned as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path dir = out != null ? out : TemplateLibrary.configuredDir() != null ? TemplateLibrary.configuredDir() : Path.of("templates");
        TemplateChange change;
        try {
            // the Gongwen of that folder stores into it: validated, temporary file, atomic move
            change = Gongwen.builder().templates(dir).build().putTemplate(id, InputFile.read(file));
        } catch (BadInputException e) {
            err.println(e.oneLine());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("无法写入模板目录“" + dir + "” / cannot write to " + dir + ": " + e.getCause().getMessage());
            return 2;
        } catch (RuntimeException e) {
            // a bug, not the clerk's fault: still one line, as render says it
            err.println("内部错误，请把此文件报告给维护人员 / internal error: " + e);
            return 2;
        }
        if (json) {
            stdout.println(JsonMapper.builder().build().writeValueAsString(change));
        } else if (change.adopted()) {
            stdout.print(change.report().text());
        } else {
            stdout.println("“" + file.getFileName() + "”已符合模板约定，原样作为模板 " + id + " 保存。");
        }
        err.println("已生成 / written: " + dir.resolve(id + ".docx"));
        return 0;
    }
}
