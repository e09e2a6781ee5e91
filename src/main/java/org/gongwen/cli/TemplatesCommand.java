package org.gongwen.cli;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gongwen templates}: one line per house template (id, kind, page grid, description) and one
 * per template file that failed validation. Exit 1 when any failed.
 */
@Command(name = "templates", description = "List the house templates and whether each passes validation.")
public class TemplatesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TemplateLibrary library = TemplateLibrary.shared();
        for (HouseTemplate t : library.list()) {
            HouseStyle.PageSetup page = t.style().page();
            out.printf("%-12s ok       %s  %d行x%d字  %s%n", t.id(), t.redHeader() ? "红头" : "普通",
                    page.linesPerPage(), page.charsPerLine(), t.description());
        }
        for (Map.Entry<String, String> p : library.problems().entrySet()) {
            out.printf("%-12s invalid  %s%n", p.getKey(), p.getValue());
        }
        return library.problems().isEmpty() ? 0 : 1;
    }
}
