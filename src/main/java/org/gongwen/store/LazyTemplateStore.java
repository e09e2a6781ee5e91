package org.gongwen.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A store opened on first use and again after a failed open: a replica that starts while its database
 * is down comes up (serving bundled and hand-placed templates, and saying so in its health) and takes
 * the store's templates once the database answers, instead of failing to start.
 */
public final class LazyTemplateStore implements TemplateStore {
    private final Supplier<TemplateStore> opener;
    /** After a failed open, how long requests are answered unavailable at once rather than trying again. */
    private final long retryNanos;
    private final String where;
    private final ReentrantLock opening = new ReentrantLock();
    private volatile TemplateStore store;
    private volatile long failedAt;
    private volatile boolean failed;

    /**
     * {@code opener} opens the store (and may throw {@link StoreUnavailableException}); {@code where}
     * describes it until then; after a failed open, the next is tried no sooner than {@code retryAfter}.
     */
    public LazyTemplateStore(Supplier<TemplateStore> opener, String where, Duration retryAfter) {
        this.opener = opener;
        this.where = where;
        this.retryNanos = retryAfter.toNanos();
    }

    /**
     * The store, opened now if need be. One caller opens while the others are answered unavailable at once,
     * and so is everyone for a while after a failed open: no request waits in line behind
     * attempts to reach a database that is down.
     */
    private TemplateStore store() {
        TemplateStore s = store;
        if (s != null) return s;
        if (failed && System.nanoTime() - failedAt < retryNanos || !opening.tryLock()) {
            throw new StoreUnavailableException(where, null);
        }
        try {
            if (store == null) {
                try {
                    store = opener.get();
                    failed = false;
                } catch (RuntimeException e) {
                    failedAt = System.nanoTime();
                    failed = true;
                    throw e;
                }
            }
            return store;
        } finally {
            opening.unlock();
        }
    }

    @Override public Bureau createBureau(String id, String name) { return store().createBureau(id, name); }
    @Override public Optional<Bureau> bureau(String id) { return store().bureau(id); }
    @Override public List<Bureau> bureaus() { return store().bureaus(); }
    @Override public void addToken(String bureauId, String label, String tokenHash) { store().addToken(bureauId, label, tokenHash); }
    @Override public boolean removeToken(String bureauId, String label) { return store().removeToken(bureauId, label); }
    @Override public List<StoredToken> tokens(String bureauId) { return store().tokens(bureauId); }
    @Override public Version addVersion(String templateId, byte[] docx, String author, boolean adopted) {
        return store().addVersion(templateId, docx, author, adopted);
    }
    @Override public List<Version> versions(String templateId) { return store().versions(templateId); }
    @Override public Optional<byte[]> content(String templateId, String hash) { return store().content(templateId, hash); }
    @Override public void publish(String templateId, String hash, String author) { store().publish(templateId, hash, author); }
    @Override public List<Publication> publications(String templateId) { return store().publications(templateId); }
    @Override public Map<String, String> published() { return store().published(); }
    @Override public long revision() { return store().revision(); }

    @Override
    public String describe() {
        TemplateStore s = store;
        return s == null ? where : s.describe();
    }

    @Override
    public void close() {
        TemplateStore s = store;
        if (s != null) s.close();
    }
}
