package org.gongwen.cli;

import org.gongwen.Gongwen;
import org.gongwen.TemplateChange;
import org.gongwen.adopt.Adoption;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.store.ContentHash;
import org.gongwen.store.TemplateIds;
import org.gongwen.style.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * {@code gongwen templates adopt FILE.docx --id ID [--out DIR] [--json]}: makes a bureau's own
 * official document its house template and writes DIR/ID.docx, a hand-placed template of the folder
 * ({@link Gongwen#prepareTemplate}, as the service's upload makes one: a file that already meets the
 * template contract is kept as it is).
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
            if (!TemplateIds.isName(id)) {
                throw new BadInputException(Fault.UNREADABLE, "invalid-template-id",
                        "模板名只能由小写字母、数字和连字符组成（1 至 40 个字符）；单位的模板（单位/模板名）请通过服务上传。",
                        "a template file's id is 1 to 40 lowercase letters, digits or hyphens; upload a bureau's template to the service.");
            }
            Adoption prepared = Gongwen.builder().templates(null).build().prepareTemplate(id, InputFile.read(file));
            write(dir, prepared.template());
            change = new TemplateChange(id, prepared.report() != null, prepared.report(), ContentHash.of(prepared.template()), true);
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

    /** Writes DIR/ID.docx whole or not at all: a temporary file moved over it atomically. */
    private void write(Path dir, byte[] template) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, id, ".upload");
            try {
                Files.write(temp, template);
                Files.move(temp, dir.resolve(id + ".docx"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
