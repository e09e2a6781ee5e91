package org.gongwen.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The template store of a deployment with several replicas: tables in PostgreSQL (the schema is
 * {@code db/migration/store/V1__template_store.sql}, applied by Flyway when the store opens). Every
 * replica may upload and publish at the same moment: a version is inserted if absent and read back,
 * a publish is one transaction that also raises the one-row revision the replicas poll.
 *
 * <p>The {@link DataSource} belongs to the caller (usually a pool): the store takes a connection per
 * call, gives it back, and {@link #close()} closes nothing. A database that cannot be reached is a
 * {@link StoreUnavailableException}; any other database error is a bug and thrown as one
 * ({@link IllegalStateException}).
 */
public final class PostgresTemplateStore implements TemplateStore {
    /** SQLSTATEs besides class 08 (connection exception) that mean "the server is not there for us now". */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", "57P02", "57P03", // admin shutdown, crash shutdown, cannot connect now
            "53300");                   // too many connections

    private final DataSource dataSource;
    private final String where;

    private PostgresTemplateStore(DataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.where = where;
    }

    /**
     * Brings the database's schema up to date (several replicas may do so at once: Flyway locks) and
     * opens the store on it. The store wants a schema that is empty or its own (e.g. {@code
     * currentSchema=gongwen} in the URL): Flyway refuses a schema holding other tables and no history
     * of its own, rather than guess. (Baselining such a schema on migrate would also make replicas that
     * start together on an empty one trip over each other's new history table.)
     */
    public static PostgresTemplateStore open(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/store")
                    .table("gongwen_schema_history")
                    .load().migrate();
        } catch (FlywayException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && isUnavailable(s)) throw new StoreUnavailableException("postgresql", e);
            }
            throw e;
        }
        try (Connection c = dataSource.getConnection()) {
            return new PostgresTemplateStore(dataSource, "postgresql " + withoutCredentials(c.getMetaData().getURL()));
        } catch (SQLException e) {
            throw isUnavailable(e) ? new StoreUnavailableException("postgresql", e) : new IllegalStateException(e);
        }
    }

    /** A JDBC URL without its parameters (where a password may be) or user info. */
    public static String withoutCredentials(String url) {
        String bare = url.replaceFirst("[?;].*$", "");
        return bare.replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public Bureau createBureau(String id, String name) {
        TemplateIds.checkBureau(id);
        Bureau bureau = new Bureau(id, StoreRules.checkBureauName(name), StoreRules.now());
        return transaction(c -> {
            int added = update(c, "insert into bureaus (id, name, created) values (?, ?, ?) on conflict do nothing",
                    bureau.id(), bureau.name(), bureau.created());
            if (added == 0) throw StoreRules.bureauExists(id);
            return bureau;
        });
    }

    @Override
    public Optional<Bureau> bureau(String id) {
        if (!TemplateIds.isName(id)) return Optional.empty();
        return call(c -> query(c, "select id, name, created from bureaus where id = ?", PostgresTemplateStore::bureau, id)
                .stream().findFirst());
    }

    @Override
    public List<Bureau> bureaus() {
        return call(c -> query(c, "select id, name, created from bureaus order by id collate \"C\"", PostgresTemplateStore::bureau));
    }

    @Override
    public void addToken(String bureauId, String label, String tokenHash) {
        TemplateIds.checkBureau(bureauId);
        String checkedLabel = StoreRules.checkLabel(label);
        StoreRules.checkTokenHash(tokenHash);
        transaction(c -> {
            requireBureau(c, bureauId);
            int added = update(c, "insert into bureau_tokens (bureau_id, label, token_hash, created) values (?, ?, ?, ?) "
                    + "on conflict do nothing", bureauId, checkedLabel, tokenHash, StoreRules.now());
            if (added == 0) throw StoreRules.tokenLabelTaken(bureauId, checkedLabel);
            return null;
        });
    }

    @Override
    public boolean removeToken(String bureauId, String label) {
        if (!TemplateIds.isName(bureauId) || label == null) return false;
        return call(c -> update(c, "delete from bureau_tokens where bureau_id = ? and label = ?", bureauId, label.strip()) > 0);
    }

    @Override
    public List<StoredToken> tokens(String bureauId) {
        if (!TemplateIds.isName(bureauId)) return List.of();
        return call(c -> query(c, "select label, token_hash, created from bureau_tokens where bureau_id = ? order by label collate \"C\"",
                r -> new StoredToken(r.getString(1), r.getString(2), instant(r, 3)), bureauId));
    }

    @Override
    public Version addVersion(String templateId, byte[] docx, String author, boolean adopted) {
        TemplateIds.checkStorable(templateId);
        StoreRules.checkAuthor(author);
        String hash = ContentHash.of(docx);
        return transaction(c -> {
            requireBureauOf(c, templateId);
            Optional<Version> kept = version(c, templateId, hash);
            if (kept.isPresent()) return kept.get();
            update(c, "insert into templates (id, bureau_id) values (?, ?) on conflict do nothing", templateId, TemplateIds.bureauOf(templateId));
            if (query(c, "select 1 from template_blobs where hash = ?", r -> true, hash).isEmpty()) {
                update(c, "insert into template_blobs (hash, content) values (?, ?) on conflict do nothing", hash, docx);
            }
            // another replica may have kept the same bytes a moment ago: its row, first author, wins
            update(c, "insert into template_versions (template_id, hash, created, author, adopted, size) values (?, ?, ?, ?, ?, ?) "
                    + "on conflict do nothing", templateId, hash, StoreRules.now(), author, adopted, (long) docx.length);
            return version(c, templateId, hash).orElseThrow();
        });
    }

    @Override
    public List<Version> versions(String templateId) {
        TemplateIds.checkStorable(templateId);
        return call(c -> query(c, "select template_id, hash, created, author, adopted, size from template_versions "
                + "where template_id = ? order by seq", PostgresTemplateStore::version, templateId));
    }

    @Override
    public Optional<byte[]> content(String templateId, String hash) {
        TemplateIds.checkStorable(templateId);
        if (!ContentHash.isHash(hash)) return Optional.empty();
        return call(c -> query(c, "select b.content from template_versions v join template_blobs b on b.hash = v.hash "
                + "where v.template_id = ? and v.hash = ?", r -> r.getBytes(1), templateId, hash).stream().findFirst());
    }

    @Override
    public void publish(String templateId, String hash, String author) {
        TemplateIds.checkStorable(templateId);
        StoreRules.checkAuthor(author);
        transaction(c -> {
            requireBureauOf(c, templateId);
            if (hash != null && (!ContentHash.isHash(hash) || version(c, templateId, hash).isEmpty())) {
                throw StoreRules.unknownVersion(templateId, hash);
            }
            update(c, "insert into templates (id, bureau_id) values (?, ?) on conflict do nothing", templateId, TemplateIds.bureauOf(templateId));
            update(c, "update templates set published_hash = ? where id = ?", hash, templateId);
            update(c, "insert into publications (template_id, hash, author, at) values (?, ?, ?, ?)", templateId, hash, author, StoreRules.now());
            update(c, "update template_store_revision set revision = revision + 1");
            return null;
        });
    }

    @Override
    public List<Publication> publications(String templateId) {
        TemplateIds.checkStorable(templateId);
        return call(c -> query(c, "select template_id, hash, author, at from publications where template_id = ? order by seq",
                r -> new Publication(r.getString(1), r.getString(2), r.getString(3), instant(r, 4)), templateId));
    }

    @Override
    public Map<String, String> published() {
        return call(c -> {
            Map<String, String> published = new TreeMap<>();
            for (Map.Entry<String, String> e : query(c, "select id, published_hash from templates where published_hash is not null",
                    r -> Map.entry(r.getString(1), r.getString(2)))) {
                published.put(e.getKey(), e.getValue());
            }
            return published;
        });
    }

    @Override
    public long revision() {
        return call(c -> query(c, "select revision from template_store_revision", r -> r.getLong(1)).getFirst());
    }

    @Override
    public String describe() {
        return where;
    }

    /** Nothing to close: the DataSource is the caller's, and no connection is held between calls. */
    @Override
    public void close() {}

    // --- rows ---

    private static Bureau bureau(ResultSet r) throws SQLException {
        return new Bureau(r.getString(1), r.getString(2), instant(r, 3));
    }

    private static Version version(ResultSet r) throws SQLException {
        return new Version(r.getString(1), r.getString(2), instant(r, 3), r.getString(4), r.getBoolean(5), r.getLong(6));
    }

    private static Optional<Version> version(Connection c, String templateId, String hash) throws SQLException {
        return query(c, "select template_id, hash, created, author, adopted, size from template_versions "
                + "where template_id = ? and hash = ?", PostgresTemplateStore::version, templateId, hash).stream().findFirst();
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void requireBureau(Connection c, String bureauId) throws SQLException {
        if (query(c, "select 1 from bureaus where id = ?", r -> true, bureauId).isEmpty()) throw StoreRules.unknownBureau(bureauId);
    }

    private static void requireBureauOf(Connection c, String templateId) throws SQLException {
        String bureau = TemplateIds.bureauOf(templateId);
        if (bureau != null) requireBureau(c, bureau);
    }

    // --- JDBC ---

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private interface Row<T> {
        T of(ResultSet r) throws SQLException;
    }

    /** Runs {@code work} on a connection of its own, each statement committed as it runs. */
    private <T> T call(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T transaction(Work<T> work) {
        return call(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) rows.add(row.of(r));
            return rows;
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                switch (params[i]) {
                    case null -> s.setNull(i + 1, Types.VARCHAR);
                    case Instant t -> s.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                    case byte[] b -> s.setBytes(i + 1, b);
                    default -> s.setObject(i + 1, params[i]);
                }
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    private RuntimeException failure(SQLException e) {
        return isUnavailable(e) ? new StoreUnavailableException(where, e)
                : new IllegalStateException("template store: unexpected database error " + e.getSQLState() + ": " + e.getMessage(), e);
    }

    /** Whether {@code e} says the database cannot be reached, as opposed to a statement it refused. */
    static boolean isUnavailable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(s.getSQLState()))) return true;
        }
        return false;
    }
}
