package org.gongwen.hardening;

import org.gongwen.web.GongwenApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as the internet meets it, over real HTTP: security headers on every answer, user
 * text escaped in every HTML it makes, the admin token and document text kept out of the logs,
 * and nothing from a request used as a path. The service keeps its container's files (upload
 * buffers, work folder) in this test's own temporary folder, and the test looks only there: another
 * gongwen running on the machine does not disturb it. The context is closed after the class, so
 * that nothing writes into the folder once JUnit removes it.
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.admin-token=tok-" + ServiceSafetyTest.TOKEN_TAIL)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ServiceSafetyTest {
    static final String TOKEN_TAIL = "Zq81xKp0";
    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
    static final String SVG = "<svg onload=alert(1)>";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** This test's folder; the service's container (Tomcat's base folder) works in service/tomcat under it. */
    @TempDir
    static Path root;

    @DynamicPropertySource
    static void ownFolder(DynamicPropertyRegistry registry) {
        registry.add("server.tomcat.basedir", () -> root.resolve("service").resolve("tomcat").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /", "GET /check", "GET /templates", "GET /api/v1/templates", "GET /api/v1/no-such",
            "GET /no-such-page", "GET /actuator/health", "GET /v3/api-docs", "POST /api/v1/render", "POST /api/v1/parse",
            "DELETE /api/v1/templates/report", "GET /api/v1/templates/..%2f..%2fetc", "GET /error"})
    void securityHeadersOnEveryAnswer(String request) throws Exception {
        String[] mp = request.split(" ", 2);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(mp[1])).method(mp[0], HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "multipart/form-data; boundary=x").build(), HttpResponse.BodyHandlers.ofString());
        assertSecurityHeaders(r.headers().map());
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundNotAServerError() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/error")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertSecurityHeaders(r.headers().map());
    }

    @Test
    void securityHeadersOnAMalformedRequest() throws IOException {
        // a request the servlet container refuses itself, before any filter of the application
        String raw = rawRequest("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String status = raw.lines().findFirst().orElse("");
        assertThat(status).contains(" 400");
        assertThat(raw).containsIgnoringCase("Content-Security-Policy: default-src").containsIgnoringCase("X-Content-Type-Options: nosniff");
        assertThat(raw).doesNotContain("Apache Tomcat/").doesNotContain("Exception");
    }

    @Test
    void portalHtmlEscapesScriptsInTitleAndBody() throws Exception {
        String body = "关于开展安全检查的通知" + IMG + "\n\n各科室：\n\n" + SCRIPT + "请做好检查" + SVG + "。\n\n"
                + "[点击](javascript:alert(1))\n";
        for (String format : List.of("html", "fragment")) {
            HttpResponse<String> r = post("/api/v1/render", Map.of("text", body, "format", format,
                    "title", "关于" + SCRIPT + IMG + "的通知", "issuer", "某某局" + SVG));
            assertThat(r.statusCode()).isEqualTo(200);
            assertNoActiveContent(Jsoup.parse(r.body()));
            assertThat(Jsoup.parse(r.body()).text()).contains("<script>document.title='pwned'</script>");
        }
    }

    @Test
    void markdownUploadCannotCarryHtmlOrScriptLinks() throws Exception {
        String md = "# 关于检查的通知\n\n各科室：\n\n<script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[点击](javascript:alert(1)) ![x](javascript:alert(2)) <a href=\"javascript:alert(3)\">链接</a>\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/render?format=html"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.md\"\r\n"
                        + "Content-Type: text/markdown\r\n\r\n" + md + "\r\n--b--\r\n", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoActiveContent(Jsoup.parse(r.body()));
    }

    @Test
    void clerkPagesEscapeScriptsInPastedText() throws Exception {
        HttpResponse<String> r = post("/understand", Map.of("text", "关于" + SCRIPT + "的通知\n\n各科室：\n\n" + IMG + SVG + "请做好工作。",
                "template", "report"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        // the UI's own scripts are files of this origin; nothing inline, no handler attributes
        for (Element s : page.select("script")) assertThat(s.attr("src")).startsWith("/");
        assertNoHandlers(page);
        assertSecurityHeaders(r.headers().map());
    }

    @Test
    void adminTokenAndDocumentTextNeverReachTheLogs(CapturedOutput output) throws Exception {
        String secretText = "内部事项" + "Kx7Wq2Mv";
        post("/api/v1/render", Map.of("text", "关于" + secretText + "的通知\n\n各科室：\n\n" + secretText + "请做好工作。", "format", "pdf"));
        post("/api/v1/parse", Map.of("text", "关于通知\n\n" + secretText));
        for (String auth : List.of("Bearer tok-" + TOKEN_TAIL, "Bearer tok-" + TOKEN_TAIL + "x", "tok-" + TOKEN_TAIL)) {
            http.send(HttpRequest.newBuilder(uri("/api/v1/templates/custom")).DELETE().header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(output.getAll()).contains("/api/v1/render") // the request lines are logged …
                .doesNotContain(TOKEN_TAIL).doesNotContain("Kx7Wq2Mv"); // … never the token or the text
        HttpResponse<String> env = http.send(HttpRequest.newBuilder(uri("/actuator/env")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode()).isEqualTo(404);
        assertThat(env.body()).doesNotContain(TOKEN_TAIL);
    }

    @Test
    void uploadNamesAreNeverUsedAsPaths() throws Exception {
        Path tmp = root.toAbsolutePath();
        String evil = "gongwen-evil-" + ProcessHandle.current().pid();
        for (String name : List.of("../../../../" + tmp + "/" + evil + ".txt", "/" + tmp + "/" + evil + ".txt", "..\\..\\" + evil + ".txt")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/render?format=docx"))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + name + "\"\r\nContent-Type: text/plain\r\n\r\n关于开展安全检查的通知\n\n请做好检查。\r\n--b--\r\n",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).doesNotContain("..").doesNotContain("/");
        }
        // the absolute names point into this test's folder, which holds the container's own folder too
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(evil)).toList()).isEmpty();
        }
        assertThat(Path.of(evil + ".txt")).doesNotExist();
        // the container's upload buffer lives in its work folder (in this test's folder) and is
        // emptied after each request: Tomcat deletes it as it recycles the request, which may come
        // a moment after the client has its answer, so wait for that (for up to 10 s) before looking
        assertThat(tmp.resolve("service").resolve("tomcat").resolve("work")).as("the container's work folder").isDirectory();
        List<Path> left = uploadBuffers(tmp);
        for (int i = 0; i < 200 && !left.isEmpty(); i++) {
            Thread.sleep(50);
            left = uploadBuffers(tmp);
        }
        assertThat(left).isEmpty();
    }

    /** The upload buffers under the folder; a buffer deleted while the folder is walked means: look again. */
    private static List<Path> uploadBuffers(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload_")).toList();
        } catch (java.io.UncheckedIOException deletedMeanwhile) {
            return List.of(folder);
        }
    }

    private static void assertSecurityHeaders(Map<String, List<String>> headers) {
        Map<String, String> h = headers.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()), (a, b) -> a));
        assertThat(h.get("content-security-policy")).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .contains("object-src 'none'");
        assertThat(h.get("x-content-type-options")).isEqualTo("nosniff");
    }

    private static void assertNoActiveContent(Document page) {
        assertThat(page.select("script, iframe, object, embed, svg")).isEmpty();
        assertNoHandlers(page);
        for (Element e : page.select("[href], [src]")) {
            assertThat(e.attr("href") + e.attr("src")).doesNotContainIgnoringCase("javascript:");
        }
    }

    private static void assertNoHandlers(Document page) {
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) assertThat(a.getKey()).doesNotStartWithIgnoringCase("on");
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append("--b\r\nContent-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                .append(v).append("\r\n"));
        body.append("--b--\r\n");
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String rawRequest(String request) throws IOException {
        try (Socket s = new Socket("localhost", port); OutputStream out = s.getOutputStream(); InputStream in = s.getInputStream()) {
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
