package org.gongwen.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/** STUB (not committed): in-memory until the helper's store is merged. */
public final class FolderTemplateStore implements TemplateStore {
    private final Path folder;
    private final Map<String, Bureau> bureaus = new TreeMap<>();
    private final Map<String, List<StoredToken>> tokens = new HashMap<>();
    private final Map<String, List<Version>> versions = new HashMap<>();
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, List<Publication>> pubs = new HashMap<>();
    private final Map<String, String> published = new TreeMap<>();
    private long rev;
    private FolderTemplateStore(Path f) { folder = f; }
    public static FolderTemplateStore open(Path f) { return new FolderTemplateStore(f); }
    public synchronized Bureau createBureau(String id, String name) { Bureau b = new Bureau(id, name, Instant.now()); if (bureaus.putIfAbsent(id, b) != null) throw new org.gongwen.model.BadInputException(org.gongwen.model.Fault.INVALID, "bureau-exists", "exists", "exists"); return b; }
    public synchronized Optional<Bureau> bureau(String id) { return Optional.ofNullable(bureaus.get(id)); }
    public synchronized List<Bureau> bureaus() { return new ArrayList<>(bureaus.values()); }
    public synchronized void addToken(String b, String label, String hash) { if (!bureaus.containsKey(b)) throw new org.gongwen.model.BadInputException(org.gongwen.model.Fault.NOT_FOUND, "unknown-bureau", "x", "x"); tokens.computeIfAbsent(b, k -> new ArrayList<>()).add(new StoredToken(label, hash, Instant.now())); }
    public synchronized boolean removeToken(String b, String label) { List<StoredToken> l = tokens.get(b); return l != null && l.removeIf(t -> t.label().equals(label)); }
    public synchronized List<StoredToken> tokens(String b) { return List.copyOf(tokens.getOrDefault(b, List.of())); }
    public synchronized Version addVersion(String id, byte[] docx, String author, boolean adopted) {
        String b = TemplateIds.bureauOf(id); if (b != null && !bureaus.containsKey(b)) throw new org.gongwen.model.BadInputException(org.gongwen.model.Fault.NOT_FOUND, "unknown-bureau", "x", "x");
        String h = ContentHash.of(docx); List<Version> l = versions.computeIfAbsent(id, k -> new ArrayList<>());
        for (Version v : l) if (v.hash().equals(h)) return v;
        Version v = new Version(id, h, Instant.now(), author, adopted, docx.length); l.add(v); blobs.put(id + "@" + h, docx.clone()); return v; }
    public synchronized List<Version> versions(String id) { return List.copyOf(versions.getOrDefault(id, List.of())); }
    public synchronized Optional<byte[]> content(String id, String h) { byte[] b = blobs.get(id + "@" + h); return Optional.ofNullable(b == null ? null : b.clone()); }
    public synchronized void publish(String id, String h, String author) { if (h != null && !blobs.containsKey(id + "@" + h)) throw new org.gongwen.model.BadInputException(org.gongwen.model.Fault.NOT_FOUND, "unknown-version", "x", "x"); if (h == null) published.remove(id); else published.put(id, h); pubs.computeIfAbsent(id, k -> new ArrayList<>()).add(new Publication(id, h, author, Instant.now())); rev++; }
    public synchronized List<Publication> publications(String id) { return List.copyOf(pubs.getOrDefault(id, List.of())); }
    public synchronized Map<String, String> published() { return new TreeMap<>(published); }
    public synchronized long revision() { return rev; }
    public String describe() { return "folder " + folder; }
    public void close() {}
}
