package org.gongwen.web;

import org.gongwen.cli.Main;
import org.gongwen.store.TestDatabase;
import org.gongwen.testing.FinishedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's replicas: two gongwen processes, as a province runs them behind a load balancer, on one
 * PostgreSQL. A version published through one is used by a render on the other within 5 s (each polls
 * the store every 2 s); a rollback too; a render on either names the version in its PDF's XMP and its
 * response header. Needs the test database ({@code bin/test-db}; skipped without it, failed on CI).
 */
class TwoReplicasTest {
    private static final String OPERATOR = "replica-operator-s3cret";
    private static final long WITHIN_MS = 5_000;
    private static final Pattern READY = Pattern.compile("gongwen 已启动：http://127\\.0\\.0\\.1:(\\d+)/.*");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();
    private TestDatabase db;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : processes) p.destroy();
        for (Process p : processes) if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        if (db != null) db.close();
    }

    @Test
    void aVersionPublishedThroughOneReplicaIsRenderedByTheOther() throws Exception {
        db = TestDatabase.require();
        String url = db.url(db.freshSchemaName());
        CompletableFuture<String> startA = CompletableFuture.supplyAsync(() -> start(url));
        CompletableFuture<String> startB = CompletableFuture.supplyAsync(() -> start(url));
        String a = startA.get(180, TimeUnit.SECONDS);
        String b = startB.get(180, TimeUnit.SECONDS);

        // the operator adds the bureau on A; its token works on B
        assertThat(post(a + "/api/v1/bureaus", "{\"id\":\"zijin-wsj\",\"name\":\"紫金县卫生健康局\"}", OPERATOR).statusCode()).isEqualTo(201);
        String issued = post(a + "/api/v1/bureaus/zijin-wsj/tokens", "{\"label\":\"办公室\"}", OPERATOR).body();
        String token = issued.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");

        String first = put(b + "/api/v1/templates/zijin-wsj/redhead", FinishedDocuments.redheadInSongti(), token);
        long seenOnA = seen(a, first);
        String second = put(a + "/api/v1/templates/zijin-wsj/redhead", FinishedDocuments.redhead(), token);
        assertThat(second).isNotEqualTo(first);
        long seenOnB = seen(b, second);
        HttpResponse<String> rolledBack = post(b + "/api/v1/templates/zijin-wsj/redhead/rollback", "", token);
        assertThat(rolledBack.statusCode()).isEqualTo(200);
        assertThat(rolledBack.body()).contains("\"published\":\"" + first + "\"");
        long rollbackSeenOnA = seen(a, first);
        System.out.printf("two replicas: publish on B seen by a render on A after %d ms, on A seen on B after %d ms, "
                + "rollback on B seen on A after %d ms%n", seenOnA, seenOnB, rollbackSeenOnA);

        // another bureau's token sees nothing of it on either replica
        assertThat(post(a + "/api/v1/bureaus", "{\"id\":\"other\",\"name\":\"别的单位\"}", OPERATOR).statusCode()).isEqualTo(201);
        String other = post(b + "/api/v1/bureaus/other/tokens", "{\"label\":\"x\"}", OPERATOR).body()
                .replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(get(b + "/api/v1/templates/zijin-wsj/redhead/versions", other).statusCode()).isEqualTo(401);
        assertThat(get(a + "/api/v1/templates/zijin-wsj/redhead/versions", token).statusCode()).isEqualTo(200);
    }

    /** How long until a PDF render on {@code replica} uses {@code version}; fails after {@link #WITHIN_MS}. */
    private long seen(String replica, String version) throws Exception {
        long start = System.nanoTime();
        String used = null;
        while (System.nanoTime() - start < WITHIN_MS * 1_000_000) {
            used = TracedRenders.pdfVersion(http, replica, "zijin-wsj/redhead");
            if (version.equals(used)) return (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(100);
        }
        throw new AssertionError(replica + " still renders with " + used + " " + WITHIN_MS + " ms after " + version + " was published");
    }

    /** Starts {@code gongwen serve} on the database; its address once it says it is ready. */
    private String start(String url) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        try {
            Process p = new ProcessBuilder(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                    Main.class.getName(), "serve", "--port", "0", "--server.address=127.0.0.1",
                    "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.user(),
                    "--spring.datasource.password=" + db.password(), "--gongwen.admin-token=" + OPERATOR,
                    "--logging.level.org.gongwen=warn")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            synchronized (processes) {
                processes.add(p);
            }
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            for (String line; (line = err.readLine()) != null; ) {
                Matcher m = READY.matcher(line);
                if (m.matches()) {
                    // the rest of stderr is drained so the process never blocks on a full pipe
                    Thread.ofVirtual().start(() -> err.lines().forEach(l -> { }));
                    return "http://127.0.0.1:" + m.group(1);
                }
            }
            throw new IllegalStateException("gongwen serve ended before it was ready");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String put(String address, byte[] docx, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(address))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(docx)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll("(?s)^.*?\"version\":\"([0-9a-f]{64})\".*", "$1");
    }

    private HttpResponse<String> post(String address, String json, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String address, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
