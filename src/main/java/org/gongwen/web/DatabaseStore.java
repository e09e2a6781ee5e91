package org.gongwen.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.gongwen.store.LazyTemplateStore;
import org.gongwen.store.PostgresTemplateStore;
import org.gongwen.store.TemplateStore;

import java.time.Duration;

/**
 * The PostgreSQL template store of a deployment with several replicas, made from Spring's usual
 * datasource settings ({@code spring.datasource.url}, {@code .username}, {@code .password},
 * {@code spring.datasource.hikari.maximum-pool-size}, {@code .connection-timeout}). Opened on first use
 * and again after a failed open ({@link LazyTemplateStore}), so a replica starts while the database is
 * down. Owns its connection pool: closing it closes the pool.
 */
final class DatabaseStore implements AutoCloseable {
    private final HikariDataSource pool;
    private final TemplateStore store;

    DatabaseStore(String url, String username, String password, int maxPoolSize, long connectionTimeoutMs) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1);
        // a lost database is answered 503 within this, instead of a request waiting Hikari's default 30 s
        config.setConnectionTimeout(connectionTimeoutMs);
        // and a database that stops answering on a connection already open ends a query after these
        // seconds (pgjdbc's socketTimeout), so neither a request nor the replicas' refresh waits for ever
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "10");
        // the pool is made without a connection: the store opens (and migrates) on first use
        config.setInitializationFailTimeout(-1);
        config.setPoolName("gongwen-store");
        this.pool = new HikariDataSource(config);
        this.store = new LazyTemplateStore(() -> PostgresTemplateStore.open(pool),
                "postgresql " + PostgresTemplateStore.withoutCredentials(url), Duration.ofSeconds(2));
    }

    TemplateStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        pool.close();
    }
}
