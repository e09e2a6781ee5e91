package org.gongwen.hardening;

import org.gongwen.web.GongwenApplication;
import org.gongwen.web.RenderGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The second round of hostile requests over real HTTP (issue 12): every answer is problem+json, a
 * body over the limit is refused whether or not anything reads it, a template change without the
 * token is refused before its body is sent ({@link TokenGuessingTest}: guessing it is slowed down),
 * a title no title can be is refused, and a check takes its place at the gate like a render.
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongwen.admin-token=" + HostileRequestsTest.TOKEN, "gongwen.limits.max-upload=1MB",
                "gongwen.renders.concurrency=2", "gongwen.renders.queue=0"})
class HostileRequestsTest {
    static final String TOKEN = "tok-7fQ2pLm9";
    static final String PROBLEM_JSON = "application/problem+json";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RenderGate gate;

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/v1/templates/a%2fb HTTP/1.1",     // an encoded slash
            "GET /api/v1/templates/a%5cb HTTP/1.1",     // an encoded backslash
            "GET /api/v1/templates/a%00b HTTP/1.1",     // NUL
            "GET /%zz HTTP/1.1"})                        // not a URL at all
    void theContainersOwnRefusalsAreProblemJson(String requestLine) throws IOException {
        Raw r = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(r.status).isEqualTo(400);
        assertProblem(r, "bad-request");
    }

    @Test
    void hugeHeadersAreProblemJson() throws IOException {
        Raw r = raw("GET /api/v1/templates HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n", null);
        assertThat(r.status).isBetween(400, 431);
        assertThat(r.head).containsIgnoringCase("Content-Type: " + PROBLEM_JSON);
    }

    @Test
    void traceAndTheErrorPathAreProblemJson() throws IOException {
        Raw trace = raw("TRACE /api/v1/templates HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(trace.status).isEqualTo(405);
        assertProblem(trace, "method-not-allowed");
        Raw error = raw("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(error.status).isEqualTo(404);
        assertProblem(error, "not-found");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        // Expect: 100-continue and no body: the answer must come without the body being sent
        for (String target : List.of("POST /api/v1/render", "PUT /api/v1/templates/x", "POST /api/v1/no-such-path")) {
            Raw r = raw(target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Length: 419430400\r\nExpect: 100-continue\r\n\r\n", null);
            assertThat(r.status).as(target).isEqualTo(413);
            assertProblem(r, "too-large");
            assertThat(r.body).contains("1 MB");
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws IOException {
        // no declared length: the JSON reader stops where the body passes 1 MB
        byte[] chunk = ("{\"title\":\"" + "关".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        Raw r = raw("POST /api/v1/render HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", out -> {
            for (int i = 0; i < 20; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(r.status).isEqualTo(413);
        assertProblem(r, "too-large");
    }

    @Test
    void aTemplateChangeWithoutTheTokenIsRefusedBeforeItsBodyIsSent() throws IOException {
        Raw r = raw("PUT /api/v1/templates/x HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 900000\r\nExpect: 100-continue\r\n\r\n", null);
        assertThat(r.status).isEqualTo(401);
        assertProblem(r, "admin-token-invalid");
    }

    @Test
    void tooManyPartsNamesTheLimit() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/render"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("too-many-parts").contains("50");
    }

    @Test
    void bidiControlsNeverReachTheDownloadName() throws Exception {
        String json = "{\"title\":\"关于印发\u202Efdp.exe的通知\u2066x\u2069\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"正文。\"}]}";
        HttpResponse<String> r = renderJson(json, "html");
        assertThat(r.statusCode()).isEqualTo(200);
        String disposition = URLDecoder.decode(r.headers().firstValue("Content-Disposition").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(disposition).contains("关于印发fdp.exe的通知x.html").doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void aLongTitleRendersAndATitleNoTitleCanBeIsRefused() throws Exception {
        // 150 characters once made the title breaker search for ever
        String title = "关于进一步加强和改进全区卫生健康系统行政执法监督工作的通知".repeat(6).substring(0, 150);
        HttpResponse<String> ok = assertTimeoutPreemptively(HostileImportTest.HANG,
                () -> renderJson("{\"title\":\"" + title + "\",\"blocks\":[]}", "pdf"));
        assertThat(ok.statusCode()).isEqualTo(200);
        HttpResponse<String> refused = renderJson("{\"title\":\"" + "关".repeat(201) + "\",\"blocks\":[]}", "pdf");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("title-too-long").contains("200");
    }

    @Test
    void aNoteWithoutTextIsDroppedWithAWarning() throws Exception {
        String json = "{\"title\":\"t\",\"blocks\":[{\"type\":\"note\"},{\"type\":\"paragraph\",\"text\":\"正文。\"}]}";
        HttpResponse<String> parsed = http.send(HttpRequest.newBuilder(uri("/api/v1/parse")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(parsed.statusCode()).isEqualTo(200);
        assertThat(parsed.body()).contains("empty-note").contains("blocks[0]").doesNotContain("\"type\" : \"note\"");
        for (String format : List.of("docx", "pdf", "html")) assertThat(renderJson(json, format).statusCode()).isEqualTo(200);
    }

    @Test
    void tooManyBlocksAreRefusedBeforeWriting() throws Exception {
        String json = "{\"title\":\"t\",\"blocks\":[" + String.join(",", Collections.nCopies(10_001, "{\"type\":\"note\",\"text\":\"注\"}")) + "]}";
        HttpResponse<String> r = renderJson(json, "docx");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("too-many-blocks").contains("10000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-drawing", "nested", "pages", "glyphs"})
    void hostilePdfsGivenToCheckAreRefused(String kind) throws Exception {
        byte[] pdf = RefusedInputs.pdf(kind);
        HttpResponse<String> r = assertTimeoutPreemptively(HostileImportTest.HANG, () -> check("hostile.pdf", pdf));
        assertThat(r.statusCode()).as(r.body()).isIn(413, 422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(r.body()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
        if (kind.equals("pages")) assertThat(r.statusCode()).isEqualTo(413);
        if (kind.equals("pages")) assertThat(r.body()).contains("300");
    }

    @Test
    void aCheckTakesItsPlaceAtTheGate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Object>> holding = new ArrayList<>();
        try {
            for (int i = 0; i < gate.capacity().concurrency(); i++) {
                holding.add(gate.submit(() -> {
                    release.await();
                    return null;
                }));
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/check"))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.body()).contains("busy");
        } finally {
            release.countDown();
            for (Future<Object> f : holding) f.get();
        }
    }

    private HttpResponse<String> check(String name, byte[] file) throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return http.send(HttpRequest.newBuilder(uri("/api/v1/check")).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> renderJson(String json, String format) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/render?format=" + format)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(Raw r, String code) {
        assertThat(r.head).containsIgnoringCase("Content-Type: " + PROBLEM_JSON);
        assertThat(r.body).contains("\"type\":\"urn:gongwen:problem:" + code + "\"").containsPattern("\\p{IsHan}")
                .doesNotContain("Exception").doesNotContain("<html");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The final answer (after any 100 Continue) to bytes written on a socket, as the client sent them. */
    record Raw(int status, String head, String body) {}

    private Raw raw(String head, Body body) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    body.write(out);
                } catch (IOException refusedMidway) {
                    // the server may answer and close before the whole body is sent
                }
            }
            out.flush();
            String answer = readAnswer(s.getInputStream());
            while (answer.startsWith("HTTP/1.1 100")) answer = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            int status = Integer.parseInt(answer.substring(9, 12));
            int split = answer.indexOf("\r\n\r\n");
            return new Raw(status, answer.substring(0, split), answer.substring(split + 4));
        }
    }

    /** Reads until the server closes or a complete answer with a Content-Length (or a chunked end) has arrived. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            got.write(buf, 0, n);
            String text = got.toString(StandardCharsets.UTF_8);
            if (complete(text)) break;
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String text) {
        String rest = text;
        while (rest.startsWith("HTTP/1.1 100")) {
            int end = rest.indexOf("\r\n\r\n");
            if (end < 0) return false;
            rest = rest.substring(end + 4);
        }
        int split = rest.indexOf("\r\n\r\n");
        if (split < 0) return false;
        String head = rest.substring(0, split).toLowerCase();
        int at = head.indexOf("content-length: ");
        if (at >= 0) {
            int len = Integer.parseInt(head.substring(at + 16).lines().findFirst().orElse("0").strip());
            return rest.substring(split + 4).getBytes(StandardCharsets.UTF_8).length >= len;
        }
        return head.contains("transfer-encoding: chunked") && rest.endsWith("0\r\n\r\n");
    }
}
