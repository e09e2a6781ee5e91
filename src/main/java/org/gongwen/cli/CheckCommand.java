package org.gongwen.cli;

import org.gongwen.Gongwen;
import org.gongwen.check.Finding;
import org.gongwen.model.BadInputException;
import org.gongwen.style.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gongwen check FILE.docx|FILE.pdf [--template report] [--json]}: prints what the file does
 * wrong against GB/T 9704 and the house template. Exit 0 clean (warnings allowed), 1 when any error,
 * 2 when the file cannot be read.
 */
@Command(name = "check", description = "Check a DOCX or PDF against GB/T 9704 and a house template.")
public class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .docx or .pdf to check")
    Path file;

    @Option(names = "--template", defaultValue = TemplateLibrary.DEFAULT_ID, description = "house template id (default: ${DEFAULT-VALUE})")
    String template;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Finding> findings;
        try {
            findings = Gongwen.builder().build().check(file.getFileName().toString(), InputFile.read(file), template);
        } catch (BadInputException e) {
            err.println(e.oneLine());
            return 2;
        }
        long errors = findings.stream().filter(Finding::isError).count();
        if (json) out.println(json(findings, errors));
        else text(out, findings, errors);
        return errors > 0 ? 1 : 0;
    }

    private void text(PrintStream out, List<Finding> findings, long errors) {
        String name = file.getFileName().toString();
        if (findings.isEmpty()) {
            out.println(name + "（模板 " + template + "）：未发现问题");
            return;
        }
        out.println(name + "（模板 " + template + "）：" + errors + " 处错误，" + (findings.size() - errors) + " 处提醒");
        for (Finding f : findings) {
            out.println((f.isError() ? "错误" : "提醒") + "  " + f.location() + "：" + f.message() + "  [" + f.rule() + "]");
        }
    }

    private String json(List<Finding> findings, long errors) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.getFileName().toString());
        report.put("template", template);
        report.put("errors", errors);
        report.put("warnings", findings.size() - errors);
        report.put("findings", findings.stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().label());
            m.put("message", f.message());
            m.put("location", f.location());
            return m;
        }).toList());
        return JsonMapper.builder().build().writeValueAsString(report);
    }
}
