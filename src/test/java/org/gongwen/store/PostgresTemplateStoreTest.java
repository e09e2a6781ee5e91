package org.gongwen.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.gongwen.model.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract on PostgreSQL through a pool, as the service runs it; then what only a database does. */
class PostgresTemplateStoreTest extends TemplateStoreContract {
    private static TestDatabase database;
    private PGSimpleDataSource dataSource;
    private HikariDataSource pool;

    @AfterAll
    static void dropSchemas() {
        if (database != null) database.close();
    }

    @Override
    protected TemplateStore openEmpty() {
        database = TestDatabase.require();
        dataSource = database.freshSchema();
        pool = pool(dataSource);
        return PostgresTemplateStore.open(pool);
    }

    @AfterEach
    void closePool() {
        if (pool != null) pool.close();
    }

    private static HikariDataSource pool(PGSimpleDataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Override
    protected String everythingKept() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = current_schema()")) {
                while (r.next()) tables.add(r.getString(1));
            }
            assertThat(tables).contains("bureau_tokens", "template_versions");
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select t::text from " + table + " t")) {
                    while (r.next()) all.append(table).append(' ').append(r.getString(1)).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void aNewStoreOnTheSameDatabaseReadsEverythingBack() {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        store.addToken("zijin-wsj", "办公室-张", Tokens.hash(Tokens.issue()));
        String one = store.addVersion("zijin-wsj/redhead", bytes("one"), "张", false).hash();
        store.publish("zijin-wsj/redhead", one, "张");

        TemplateStore again = PostgresTemplateStore.open(dataSource);   // another replica, without a pool
        assertThat(again.bureaus()).isEqualTo(store.bureaus());
        assertThat(again.tokens("zijin-wsj")).isEqualTo(store.tokens("zijin-wsj"));
        assertThat(again.versions("zijin-wsj/redhead")).isEqualTo(store.versions("zijin-wsj/redhead"));
        assertThat(again.publications("zijin-wsj/redhead")).isEqualTo(store.publications("zijin-wsj/redhead"));
        assertThat(again.published()).isEqualTo(store.published());
        assertThat(again.revision()).isEqualTo(store.revision());
    }

    @Test
    void replicasOpeningAtOnceOnAnEmptySchemaAllWork() throws Exception {
        PGSimpleDataSource empty = database.freshSchema();
        int replicas = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        List<TemplateStore> opened = new ArrayList<>();
        try {
            List<Future<TemplateStore>> opening = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                opening.add(pool.submit((Callable<TemplateStore>) () -> {
                    go.await();
                    return PostgresTemplateStore.open(empty);
                }));
            }
            go.countDown();
            for (Future<TemplateStore> f : opening) opened.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        opened.getFirst().createBureau("zijin-wsj", "紫金县卫生健康局");
        for (TemplateStore replica : opened) assertThat(replica.bureaus()).extracting(Bureau::id).containsExactly("zijin-wsj");
    }

    @Test
    void aDatabaseThatGoesAwayMakesTheStoreUnavailable() throws Exception {
        TemplateStore direct = PostgresTemplateStore.open(dataSource);
        direct.createBureau("zijin-wsj", "紫金县卫生健康局");
        dataSource.setPortNumbers(new int[] {closedPort()});

        var e = assertThrows(StoreUnavailableException.class, direct::bureaus);
        assertThat(e.fault()).isEqualTo(Fault.UNAVAILABLE);
        assertThrows(StoreUnavailableException.class, () -> direct.publish("zijin-wsj/redhead", null, "张"));
        var atOpen = assertThrows(StoreUnavailableException.class, () -> PostgresTemplateStore.open(dataSource));
        assertThat(atOpen.fault()).isEqualTo(Fault.UNAVAILABLE);
    }

    @Test
    void aPoolThatCannotConnectMakesTheStoreUnavailable() throws Exception {
        PGSimpleDataSource nowhere = database.freshSchema();
        nowhere.setPortNumbers(new int[] {closedPort()});
        try (HikariDataSource empty = pool(nowhere)) {
            var e = assertThrows(StoreUnavailableException.class, () -> PostgresTemplateStore.open(empty));
            assertThat(e.fault()).isEqualTo(Fault.UNAVAILABLE);
        }
        assertThat(store.revision()).isZero();
        dataSource.setPortNumbers(new int[] {closedPort()});
        pool.getHikariPoolMXBean().softEvictConnections();
        var e = assertThrows(StoreUnavailableException.class, () -> store.revision());
        assertThat(e.fault()).isEqualTo(Fault.UNAVAILABLE);
    }

    @Test
    void itsDescriptionHasNoCredentials() {
        assertThat(store.describe()).startsWith("postgresql jdbc:postgresql://").doesNotContain("password").doesNotContain("?");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
