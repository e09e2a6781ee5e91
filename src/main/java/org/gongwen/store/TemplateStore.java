package org.gongwen.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a deployment keeps what its bureaus change: the bureaus, the hashes of their tokens, every
 * version of every stored template (immutable, named by its content's SHA-256) and which version of
 * each template is published. Two kinds: {@link FolderTemplateStore} (one process, needs nothing) and
 * {@link PostgresTemplateStore} (several replicas on one database).
 *
 * <p>A template id is {@code name} (the deployment's shared templates, changed by the operator) or
 * {@code bureau/name} (a bureau's own); see {@link TemplateIds}. The store checks ids, not rights:
 * who may do what is decided by its caller. It never sees a token, only {@link Tokens#hash}. A
 * method given a template id refuses a malformed or reserved one ({@link TemplateIds#checkStorable});
 * a malformed bureau id or hash given to a reading method simply names nothing (empty, false).
 *
 * <p>Every method may throw {@link StoreUnavailableException} when the store cannot be reached;
 * refusals of the request itself are {@code BadInputException}s (an unknown bureau, a version that is
 * not this template's, a bureau that exists already).
 */
public interface TemplateStore extends AutoCloseable {

    /**
     * Adds a bureau. INVALID {@code bureau-exists} when the id is taken; UNREADABLE {@code invalid-bureau-id}
     * for a bad id ({@link TemplateIds#checkBureau}); INVALID {@code invalid-bureau-name} for a blank name
     * or one longer than 200 characters or with a line break. The name is kept stripped.
     */
    Bureau createBureau(String id, String name);

    Optional<Bureau> bureau(String id);

    /** Every bureau, by id. */
    List<Bureau> bureaus();

    /**
     * Records a token's hash for a bureau under a label (who holds it, e.g. "办公室-张"). INVALID
     * {@code token-label-taken} when the bureau has a token of that label; NOT_FOUND {@code unknown-bureau};
     * INVALID {@code invalid-token-label} for a blank label, one longer than 200 characters or with a line
     * break (kept stripped). A {@code tokenHash} that is not 64 lowercase hex digits is the caller's bug:
     * IllegalArgumentException, so that a token can never be kept by mistake.
     */
    void addToken(String bureauId, String label, String tokenHash);

    /** Forgets a token; false when the bureau has none of that label. */
    boolean removeToken(String bureauId, String label);

    /** The bureau's tokens (hashes, never tokens), by label; empty for an unknown bureau. */
    List<StoredToken> tokens(String bureauId);

    /**
     * Keeps {@code docx} as a version of the template (the caller has validated it). The same bytes
     * again give the version already kept (its first author and time stay); nothing is published.
     * A bureau's template needs the bureau: NOT_FOUND {@code unknown-bureau}.
     */
    Version addVersion(String templateId, byte[] docx, String author, boolean adopted);

    /** The template's versions, oldest first; empty when it has none. */
    List<Version> versions(String templateId);

    /** The bytes of one of this template's versions; empty when the template has no such version. */
    Optional<byte[]> content(String templateId, String hash);

    /**
     * Makes {@code hash} the template's published version; null unpublishes it (renders then fall back to
     * a hand-placed or bundled template of the same id, or refuse it). NOT_FOUND {@code unknown-version}
     * when the template has no such version. Every call is recorded ({@link #publications}).
     */
    void publish(String templateId, String hash, String author);

    /** Every publish and unpublish of the template, oldest first. */
    List<Publication> publications(String templateId);

    /** Every template with a published version: id → its hash. */
    Map<String, String> published();

    /**
     * A number that changes whenever {@link #published()} may have changed, cheap to read: replicas
     * poll it and reload only when it moved.
     */
    long revision();

    /** Where the store is, for logs and health, without credentials ("folder /srv/templates", "postgresql db@host"). */
    String describe();

    @Override
    void close();
}
