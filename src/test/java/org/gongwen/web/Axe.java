package org.gongwen.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core, the accessibility rules, run on the page a browser shows. Its source is fetched once by
 * {@code bin/axe-core} into {@code target/axe-core/axe.min.js} (test-only, never in the jar); without it the
 * tests that use it skip, except on CI ({@code CI=true}), where they fail. It goes into the page with
 * WebDriver's {@code executeScript}, which the pages' Content-Security-Policy does not govern (a script tag
 * would be refused, as the policy refuses every inline script). Each page's violations, every impact, are
 * written to {@code target/axe/NAME.txt}.
 */
final class Axe {
    static final Path SOURCE = Path.of("target", "axe-core", "axe.min.js");
    static final Path REPORTS = Path.of("target", "axe");

    /** One rule a page breaks: its id, impact, help text and the first few elements that break it. */
    record Violation(String id, String impact, String help, long count, List<String> targets) {
        boolean blocking() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + "; " + count + " element" + (count == 1 ? "" : "s") + "): "
                    + String.join(" | ", targets);
        }
    }

    private static String source;

    private Axe() {}

    /** axe-core's source; the test is skipped without it, or fails on CI. */
    static synchronized String source() throws IOException {
        if (source == null) {
            if (!Files.isRegularFile(SOURCE)) {
                String why = SOURCE + " is missing: run bin/axe-core once (it fetches axe-core with npm)";
                if ("true".equals(System.getenv("CI"))) fail(why);
                assumeTrue(false, why);
            }
            source = Files.readString(SOURCE);
        }
        return source;
    }

    /** The violations axe finds on the page the browser shows now (every impact), also written to target/axe/NAME.txt. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver browser, String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(source());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                function found(v) {
                  return {id: v.id, impact: v.impact || 'none', help: v.help, count: v.nodes.length,
                          targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' >>> '); })};
                }
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done({violations: r.violations.map(found), incomplete: r.incomplete.map(found)});
                }, function (e) { done('axe failed: ' + e); });""");
        if (answer instanceof String failure) throw new AssertionError(name + ": " + failure);
        Map<String, List<Map<String, Object>>> results = (Map<String, List<Map<String, Object>>>) answer;
        List<Violation> violations = violations(results.get("violations"));
        Files.createDirectories(REPORTS);
        StringBuilder report = new StringBuilder(browser.getCurrentUrl()).append('\n');
        violations.forEach(v -> report.append(v).append('\n'));
        // what axe could not decide by itself (a colour over a picture, say): for a person to look at
        violations(results.get("incomplete")).forEach(v -> report.append("to review: ").append(v).append('\n'));
        Files.writeString(REPORTS.resolve(name + ".txt"), report);
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> violations(List<Map<String, Object>> found) {
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : found) {
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    ((Number) v.get("count")).longValue(), List.copyOf((List<String>) v.get("targets"))));
        }
        return violations;
    }

    /** The serious and critical violations on the page, each as "page: impact id (help; n elements): targets". */
    static List<String> blocking(WebDriver browser, String name) throws IOException {
        return run(browser, name).stream().filter(Violation::blocking).map(v -> name + ": " + v).toList();
    }
}
