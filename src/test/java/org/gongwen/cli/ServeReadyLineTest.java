package org.gongwen.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongwen serve} as a newcomer starts it: one human line with the address when ready, with
 * the port the server really listens on, and not the start-up's pages of log lines; the request
 * lines still reach stdout, as JSON; a port in use is one line too. Started on a free port, as a child JVM with the service's own
 * logging set-up (without the test suite's logback-test.xml).
 */
class ServeReadyLineTest {
    private static final Pattern READY = Pattern.compile("gongwen 已启动：http://localhost:(\\d+)/ （按 Ctrl\\+C 停止）");

    @Test
    void serveSaysInOneLineWhereItListens() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the service's own logging set-up, not the test suite's (logback-test.xml is in test-classes)
        // (Surefire's java.class.path may be one jar naming the others; it gives the list itself here)
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classPath, Main.class.getName(), "serve", "--port", "0",
                "--server.address=127.0.0.1")
                .start();
        StringBuilder out = new StringBuilder();
        // threads of their own: the common pool may have one thread on 2 cores, and both block reading
        ExecutorService readers = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> stdout = CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) synchronized (out) { out.append(line).append('\n'); }
            } catch (Exception ignored) {
                // the process was stopped
            }
        }, readers);
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return err.readLine();
                } catch (Exception e) {
                    return null;
                }
            }, readers).get(120, TimeUnit.SECONDS);
            assertThat(first).as("stderr's first line").isNotNull();
            // the address is given as a browser opens it: the bound 127.0.0.1 would do too, localhost is what a person types
            Matcher m = Pattern.compile("gongwen 已启动：http://127\\.0\\.0\\.1:(\\d+)/ （按 Ctrl\\+C 停止）").matcher(first);
            assertThat(m.matches()).as(first).isTrue();
            int port = Integer.parseInt(m.group(1));
            assertThat(port).isPositive();

            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/templates")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            String logged = "";
            for (int i = 0; i < 100 && !logged.contains("/api/v1/templates"); i++) {
                Thread.sleep(100);
                synchronized (out) { logged = out.toString(); }
            }
            // stdout: the request line only; no banner, no Tomcat or Spring start-up lines
            assertThat(logged).contains("GET /api/v1/templates status=200").doesNotContain("Tomcat").doesNotContain("Started")
                    .doesNotContain("SpringDoc");
            assertThat(logged.lines()).allSatisfy(line -> assertThat(line).startsWith("{"));

            // a second one on the same port says so in one line, without a stack trace, and exits 1
            Process second = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classPath, Main.class.getName(), "serve",
                    "--port", String.valueOf(port), "--server.address=127.0.0.1").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<String> secondErr = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (Exception e) {
                    return "";
                }
            }, readers);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(secondErr.get(10, TimeUnit.SECONDS).strip()).isEqualTo("gongwen 未能启动：端口 " + port
                    + " 已被占用，请用 --port 换一个 / port " + port + " is in use: choose another with --port");
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            stdout.get(30, TimeUnit.SECONDS);
            readers.shutdownNow();
        }
    }

    @Test
    void theAddressIsTheOneABrowserOpens() {
        assertThat(ServeCommand.address(null, 8080, null)).isEqualTo("http://localhost:8080/");
        assertThat(ServeCommand.address("0.0.0.0", 8080, "")).isEqualTo("http://localhost:8080/");
        assertThat(ServeCommand.address("127.0.0.1", 18092, "/")).isEqualTo("http://127.0.0.1:18092/");
        assertThat(ServeCommand.address("::1", 80, "gongwen/")).isEqualTo("http://[::1]:80/gongwen/");
        assertThat(READY.matcher("gongwen 已启动：" + ServeCommand.address("", 8080, null) + " （按 Ctrl+C 停止）").matches()).isTrue();
    }
}
