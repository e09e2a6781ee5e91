package org.gongwen.store;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The PostgreSQL the store's tests run on, each schema fresh and dropped afterwards:
 * {@code GONGWEN_TEST_DB_URL} (default {@value #DEFAULT_URL}), {@code GONGWEN_TEST_DB_USER} and
 * {@code GONGWEN_TEST_DB_PASSWORD} (both {@code gongwen}), as {@code bin/test-db} makes it. Without
 * it the tests are skipped, except on CI ({@code CI=true}), where they fail: CI must test both stores.
 */
public final class TestDatabase implements AutoCloseable {
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/gongwen_test";

    private final String url = env("GONGWEN_TEST_DB_URL", DEFAULT_URL);
    private final String user = env("GONGWEN_TEST_DB_USER", "gongwen");
    private final String password = env("GONGWEN_TEST_DB_PASSWORD", "gongwen");
    private final List<String> schemas = new ArrayList<>();

    private static TestDatabase reachable;
    private static String unreachable;

    /**
     * The test database, or the calling test skipped (failed on CI) when it cannot be reached. Call it
     * before each test, not once for a class: JUnit counts every test it skips then, so the skip shows.
     */
    public static synchronized TestDatabase require() {
        if (reachable == null && unreachable == null) {
            TestDatabase db = new TestDatabase();
            try (Connection c = db.dataSource(null).getConnection()) {
                c.isValid(5);
                reachable = db;
            } catch (SQLException e) {
                unreachable = "PostgreSQL for the template store's tests is not reachable at " + db.url + " as " + db.user
                        + " (" + e.getMessage() + "); start it with bin/test-db, or set GONGWEN_TEST_DB_URL, "
                        + "GONGWEN_TEST_DB_USER and GONGWEN_TEST_DB_PASSWORD";
            }
        }
        if (unreachable != null) {
            if ("true".equals(System.getenv("CI"))) Assertions.fail(unreachable);
            Assumptions.assumeTrue(false, unreachable);
        }
        return reachable;
    }

    /** A new, empty schema and a DataSource whose connections work in it. */
    public PGSimpleDataSource freshSchema() {
        return dataSource(freshSchemaName());
    }

    /** A new, empty schema's name (dropped by {@link #close}). */
    public String freshSchemaName() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("create schema " + schema);
        schemas.add(schema);
        return schema;
    }

    /** The JDBC URL whose connections work in {@code schema}, as a service's spring.datasource.url names it. */
    public String url(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A statement run outside any test schema, e.g. to read what a store wrote. */
    void execute(String sql) {
        try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(5);
        if (schema != null) ds.setCurrentSchema(schema);
        return ds;
    }

    /** Drops the schemas made so far; the database stays usable. */
    @Override
    public void close() {
        for (String schema : schemas) execute("drop schema if exists " + schema + " cascade");
        schemas.clear();
    }

    private static String env(String name, String otherwise) {
        return Objects.requireNonNullElse(System.getenv(name), otherwise);
    }
}
