package org.gongwen.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.gongwen.store.PostgresTemplateStore;
import org.gongwen.store.TestDatabase;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Issue 17: a render with a bureau's published template, kept in the folder store or in PostgreSQL,
 * against the same bytes as the bundled {@code redhead} ({@code -p template=redhead}); and what a
 * replica's refresh costs when nothing was published ({@code refresh}, once every 2 s in a service).
 * The PostgreSQL store needs bin/test-db. Run: {@code bench/jmh.sh StoreBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StoreBenchmark {
    @Param({"folder", "postgresql"})
    public String store;
    @Param({"zijin-wsj/redhead", "redhead"})
    public String template;

    private Gongwen gongwen;
    private OfficialDocument document;
    private Path folder;
    private TestDatabase db;
    private HikariDataSource pool;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (store.equals("folder")) {
            folder = Files.createTempDirectory("gongwen-bench-store");
            gongwen = Gongwen.builder().templates(folder).build();
        } else {
            // pooled as the service's store is (web.DatabaseStore): a connection a query would cost more than the query
            db = TestDatabase.require();
            pool = new HikariDataSource();
            pool.setDataSource(db.freshSchema());
            pool.setMaximumPoolSize(2);
            gongwen = Gongwen.builder().templates(null).store(PostgresTemplateStore.open(pool)).build();
        }
        gongwen.createBureau("zijin-wsj", "紫金县卫生健康局");
        gongwen.putTemplate("zijin-wsj/redhead", TemplateLibrary.shared().get("redhead").bytes(), "bench", true);
        document = gongwen.readText(SharedSamples.text(SharedSamples.ZIJIN));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        gongwen.close();
        if (pool != null) pool.close();
        if (db != null) db.close();
        if (folder != null) org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }

    @Benchmark
    public byte[] render() {
        return gongwen.render(document, template, Format.PDF).bytes();
    }

    @Benchmark
    public Object refresh() {
        return gongwen.refreshTemplates();
    }
}
