package org.gongwen.cli;

import org.gongwen.Gongwen;
import org.gongwen.TemplateInfo;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongwen templates}: one line per house template (id, validity, kind, description), then what
 * template validation found in it, indented. Exit 1 when any template is invalid. {@code templates adopt}
 * makes a bureau's own document a template ({@link AdoptCommand}).
 */
@Command(name = "templates", description = "List the house templates and whether each passes validation.",
        subcommands = AdoptCommand.class)
public class TemplatesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<TemplateInfo> templates = Gongwen.builder().build().templates();
        for (TemplateInfo t : templates) {
            out.printf("%-12s %-8s %s  %s%n", t.id(), t.valid() ? "ok" : "invalid", t.redHeader() ? "红头" : "普通",
                    t.description());
            t.findings().forEach(f -> out.println("    " + f));
        }
        return templates.stream().allMatch(TemplateInfo::valid) ? 0 : 1;
    }
}
