package org.gongwen.store;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The template store of a deployment that runs one process: plain files under {@code <folder>/store/},
 * where {@code folder} is the deployment's templates folder ({@code gongwen.templates.dir}). The
 * hand-placed {@code *.docx} at the folder's top level are read elsewhere and never touched here.
 * Everything is readable with a text editor, and a backup is a copy of the folder:
 * <pre>
 * store/.lock                                  held (FileChannel.lock) by the process that writes, from its first write
 * store/bureaus/&lt;bureau&gt;.properties            name=…, created=2026-12-03T08:00:00Z
 * store/tokens/&lt;bureau&gt;.tsv                    label, token's SHA-256, created; one token a line
 * store/templates/&lt;bureau&gt;/&lt;name&gt;/              a bureau's template; the deployment's own are under "_"
 *     &lt;hash&gt;.docx                               a version, named by the SHA-256 of its bytes
 *     versions.tsv                              hash, created, author, adopted, size; oldest first
 *     publications.tsv                          at, hash ("-" for an unpublish), author; oldest first
 * </pre>
 * Fields are tab-separated ({@link Tsv}), times ISO-8601 in UTC.
 *
 * <p>Every write is atomic: a whole file is written to a temporary file and moved over the old one;
 * a log ({@code versions.tsv}, {@code publications.tsv}) gets one line appended and forced to disk.
 * Damage is tolerated rather than served: a malformed line is skipped, and a version file whose bytes
 * no longer hash to its name counts as missing ({@link #content} is empty, it cannot be published);
 * uploading the same bytes again repairs it.
 *
 * <p>A folder serves one process that changes it: methods are synchronized, and the first write takes
 * the lock on {@code store/.lock} for the store's life, so a second writing process (or a second store
 * in this one) is refused at its first write. Reading needs no lock: a command-line render beside a
 * running service reads the published templates. Several replicas share a
 * {@link PostgresTemplateStore} instead. {@link #revision()} is the publication logs' total length,
 * read from the files each time, so a process that only reads (a command-line render, a replica
 * started while another still runs) sees another's publishes too.
 */
public final class FolderTemplateStore implements TemplateStore {
    private static final String DEPLOYMENT = "_";
    private static final String NONE = "-";

    private final Path folder;
    private final Path root;
    /** Taken by the first write ({@link #writer}); null before. */
    private FileChannel lockFile;
    private FileLock lock;

    private FolderTemplateStore(Path folder) {
        this.folder = folder;
        this.root = folder.resolve("store");
    }

    /**
     * The store under {@code folder}/store. Nothing is read, made or locked here: reading what is there
     * starts with the first call, and the first write makes the folders it needs.
     */
    public static FolderTemplateStore open(Path folder) {
        return new FolderTemplateStore(folder.toAbsolutePath().normalize());
    }

    /**
     * Before every write: makes the store's folder and takes its lock for the rest of this store's life.
     * NOT_CONFIGURED {@code store-in-use} when another process (or another store in this one) holds it.
     */
    private void writer() throws IOException {
        if (lock != null) return;
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null;
        }
        if (taken == null) {
            channel.close();
            throw inUse(folder);
        }
        lockFile = channel;
        lock = taken;
    }

    private static BadInputException inUse(Path dir) {
        return new BadInputException(Fault.NOT_CONFIGURED, "store-in-use",
                "模板库 " + dir.resolve("store") + " 正被另一个 gongwen 进程使用：一个模板文件夹只能供一个进程使用，"
                        + "多个副本请改用 PostgreSQL 模板库。",
                "the template store in " + dir + " is open in another process; a folder serves one process, "
                        + "several replicas need the PostgreSQL store");
    }

    @Override
    public synchronized Bureau createBureau(String id, String name) {
        TemplateIds.checkBureau(id);
        String checkedName = StoreRules.checkBureauName(name);
        return io(() -> {
            writer();
            Path file = bureauFile(id);
            if (Files.exists(file)) throw StoreRules.bureauExists(id);
            Bureau bureau = new Bureau(id, checkedName, StoreRules.now());
            Properties p = new Properties();
            p.setProperty("name", bureau.name());
            p.setProperty("created", bureau.created().toString());
            StringWriter text = new StringWriter();
            p.store(text, null);
            writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
            return bureau;
        });
    }

    @Override
    public synchronized Optional<Bureau> bureau(String id) {
        if (!TemplateIds.isName(id)) return Optional.empty();
        return io(() -> readBureau(bureauFile(id), id));
    }

    @Override
    public synchronized List<Bureau> bureaus() {
        return io(() -> {
            List<Bureau> bureaus = new ArrayList<>();
            for (Path file : list(root.resolve("bureaus"), "*.properties")) {
                String id = file.getFileName().toString().replaceFirst("\\.properties$", "");
                if (TemplateIds.isName(id)) readBureau(file, id).ifPresent(bureaus::add);
            }
            bureaus.sort(Comparator.comparing(Bureau::id));
            return bureaus;
        });
    }

    @Override
    public synchronized void addToken(String bureauId, String label, String tokenHash) {
        TemplateIds.checkBureau(bureauId);
        String checkedLabel = StoreRules.checkLabel(label);
        StoreRules.checkTokenHash(tokenHash);
        io(() -> {
            writer();
            requireBureau(bureauId);
            List<StoredToken> tokens = readTokens(bureauId);
            if (tokens.stream().anyMatch(t -> t.label().equals(checkedLabel))) {
                throw StoreRules.tokenLabelTaken(bureauId, checkedLabel);
            }
            tokens.add(new StoredToken(checkedLabel, tokenHash, StoreRules.now()));
            writeTokens(bureauId, tokens);
            return null;
        });
    }

    @Override
    public synchronized boolean removeToken(String bureauId, String label) {
        if (!TemplateIds.isName(bureauId) || label == null) return false;
        return io(() -> {
            writer();
            List<StoredToken> tokens = readTokens(bureauId);
            if (!tokens.removeIf(t -> t.label().equals(label.strip()))) return false;
            writeTokens(bureauId, tokens);
            return true;
        });
    }

    @Override
    public synchronized List<StoredToken> tokens(String bureauId) {
        if (!TemplateIds.isName(bureauId)) return List.of();
        return io(() -> readTokens(bureauId));
    }

    @Override
    public synchronized Version addVersion(String templateId, byte[] docx, String author, boolean adopted) {
        TemplateIds.checkStorable(templateId);
        StoreRules.checkAuthor(author);
        String hash = ContentHash.of(docx);
        return io(() -> {
            writer();
            requireBureauOf(templateId);
            Path dir = templateDir(templateId);
            Optional<Version> kept = readVersions(templateId).stream().filter(v -> v.hash().equals(hash)).findFirst();
            if (readVerified(dir.resolve(hash + ".docx"), hash).isEmpty()) {
                writeAtomically(dir.resolve(hash + ".docx"), docx);
            }
            if (kept.isPresent()) return kept.get();
            Version version = new Version(templateId, hash, StoreRules.now(), author, adopted, docx.length);
            append(dir.resolve("versions.tsv"), Tsv.line(hash, version.created(), author, adopted, docx.length));
            return version;
        });
    }

    @Override
    public synchronized List<Version> versions(String templateId) {
        TemplateIds.checkStorable(templateId);
        return io(() -> readVersions(templateId));
    }

    @Override
    public synchronized Optional<byte[]> content(String templateId, String hash) {
        TemplateIds.checkStorable(templateId);
        if (!ContentHash.isHash(hash)) return Optional.empty();
        return io(() -> kept(templateId, hash));
    }

    /** A version's bytes when the template has it and its file still hashes to its name; else empty. */
    private Optional<byte[]> kept(String templateId, String hash) throws IOException {
        return hasVersion(templateId, hash) ? readVerified(templateDir(templateId).resolve(hash + ".docx"), hash) : Optional.empty();
    }

    @Override
    public synchronized void publish(String templateId, String hash, String author) {
        TemplateIds.checkStorable(templateId);
        StoreRules.checkAuthor(author);
        io(() -> {
            writer();
            requireBureauOf(templateId);
            if (hash != null && !(ContentHash.isHash(hash) && kept(templateId, hash).isPresent())) {
                throw StoreRules.unknownVersion(templateId, hash);
            }
            append(templateDir(templateId).resolve("publications.tsv"), Tsv.line(StoreRules.now(), hash == null ? NONE : hash, author));
            return null;
        });
    }

    @Override
    public synchronized List<Publication> publications(String templateId) {
        TemplateIds.checkStorable(templateId);
        return io(() -> readPublications(templateId));
    }

    @Override
    public synchronized Map<String, String> published() {
        return io(() -> {
            Map<String, String> published = new TreeMap<>();
            for (String id : templateIds()) {
                List<Publication> all = readPublications(id);
                if (!all.isEmpty() && all.getLast().hash() != null) published.put(id, all.getLast().hash());
            }
            return published;
        });
    }

    /** The publication logs' total length in bytes: they only grow, by a line a publish. */
    @Override
    public synchronized long revision() {
        return io(() -> {
            long bytes = 0;
            for (String id : templateIds()) {
                Path log = templateDir(id).resolve("publications.tsv");
                if (Files.exists(log)) bytes += Files.size(log);
            }
            return bytes;
        });
    }

    @Override
    public String describe() {
        return "folder " + folder;
    }

    /** Releases the folder for another process, if this store wrote to it. */
    @Override
    public synchronized void close() {
        if (lock == null) return;
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(lockFile);
        lock = null;
    }

    // --- reading ---

    private Optional<Bureau> readBureau(Path file, String id) throws IOException {
        Optional<String> text = readText(file);
        if (text.isEmpty()) return Optional.empty();
        Properties p = new Properties();
        p.load(new StringReader(text.get()));
        return parse(p, q -> new Bureau(id, StoreRules.checkBureauName(q.getProperty("name")),
                Instant.parse(q.getProperty("created"))));
    }

    private List<StoredToken> readTokens(String bureauId) throws IOException {
        List<StoredToken> tokens = lines(root.resolve("tokens").resolve(bureauId + ".tsv"),
                f -> new StoredToken(f.get(0), StoreRules.checkTokenHash(f.get(1)), Instant.parse(f.get(2))), 3);
        tokens.sort(Comparator.comparing(StoredToken::label));
        return tokens;
    }

    /** The versions recorded, first line of a hash wins (a crash between file and line may repeat none). */
    private List<Version> readVersions(String templateId) throws IOException {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Version v : lines(templateDir(templateId).resolve("versions.tsv"), f -> new Version(templateId,
                checkHash(f.get(0)), Instant.parse(f.get(1)), f.get(2), parseBoolean(f.get(3)), Long.parseLong(f.get(4))), 5)) {
            versions.putIfAbsent(v.hash(), v);
        }
        return new ArrayList<>(versions.values());
    }

    private List<Publication> readPublications(String templateId) throws IOException {
        return lines(templateDir(templateId).resolve("publications.tsv"), f -> new Publication(templateId,
                f.get(1).equals(NONE) ? null : checkHash(f.get(1)), f.get(2), Instant.parse(f.get(0))), 3);
    }

    private boolean hasVersion(String templateId, String hash) throws IOException {
        return readVersions(templateId).stream().anyMatch(v -> v.hash().equals(hash));
    }

    /** The file's bytes when they still hash to {@code hash}; empty when missing or damaged. */
    private static Optional<byte[]> readVerified(Path file, String hash) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return ContentHash.of(bytes).equals(hash) ? Optional.of(bytes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The parsed lines of a file of {@code width} fields; a line that does not parse is skipped. */
    private static <T> List<T> lines(Path file, Function<List<String>, T> parser, int width) throws IOException {
        List<T> parsed = new ArrayList<>();
        Optional<String> text = readText(file);
        if (text.isEmpty()) return parsed;
        for (String line : text.get().split("\n")) {
            if (line.isEmpty()) continue;
            parse(line, l -> {
                List<String> fields = Tsv.fields(l);
                if (fields.size() != width) throw new IllegalArgumentException("expected " + width + " fields");
                return parser.apply(fields);
            }).ifPresent(parsed::add);
        }
        return parsed;
    }

    private static <S, T> Optional<T> parse(S source, Function<S, T> parser) {
        try {
            return Optional.of(parser.apply(source));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> readText(Path file) throws IOException {
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static String checkHash(String s) {
        if (!ContentHash.isHash(s)) throw new IllegalArgumentException("not a hash");
        return s;
    }

    private static boolean parseBoolean(String s) {
        if (!s.equals("true") && !s.equals("false")) throw new IllegalArgumentException("not a boolean");
        return s.equals("true");
    }

    private List<String> templateIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path bureauDir : list(root.resolve("templates"), "*")) {
            String bureau = bureauDir.getFileName().toString();
            if (!bureau.equals(DEPLOYMENT) && !TemplateIds.isName(bureau)) continue;
            for (Path nameDir : list(bureauDir, "*")) {
                String id = TemplateIds.of(bureau.equals(DEPLOYMENT) ? null : bureau, nameDir.getFileName().toString());
                if (TemplateIds.isTemplateId(id) && Files.isDirectory(nameDir)) ids.add(id);
            }
        }
        return ids;
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> paths = new ArrayList<>();
        if (!Files.isDirectory(dir)) return paths;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            entries.forEach(paths::add);
        }
        return paths;
    }

    // --- writing ---

    private void requireBureau(String bureauId) throws IOException {
        if (readBureau(bureauFile(bureauId), bureauId).isEmpty()) throw StoreRules.unknownBureau(bureauId);
    }

    private void requireBureauOf(String templateId) throws IOException {
        String bureau = TemplateIds.bureauOf(templateId);
        if (bureau != null) requireBureau(bureau);
    }

    private void writeTokens(String bureauId, List<StoredToken> tokens) throws IOException {
        StringBuilder text = new StringBuilder();
        for (StoredToken t : tokens) text.append(Tsv.line(t.label(), t.hash(), t.created()));
        writeAtomically(root.resolve("tokens").resolve(bureauId + ".tsv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a temporary file beside {@code file}, forces it to disk and moves it over {@code file}. */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) out.write(buffer);
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Appends one line and forces it to disk. A line left torn by a crash is ended first, so that it
     * stays one malformed line (skipped) and never swallows the new one.
     */
    private static void append(Path file, String line) throws IOException {
        Files.createDirectories(file.getParent());
        String text = endsTorn(file) ? "\n" + line : line;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) out.write(buffer);
            out.force(true);
        }
    }

    private static boolean endsTorn(Path file) throws IOException {
        if (!Files.exists(file)) return false;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (in.size() == 0) return false;
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, in.size() - 1);
            return last.get(0) != '\n';
        }
    }

    // --- places ---

    private Path bureauFile(String bureauId) {
        return root.resolve("bureaus").resolve(bureauId + ".properties");
    }

    private Path templateDir(String templateId) {
        String bureau = TemplateIds.bureauOf(templateId);
        String name = templateId.substring(templateId.indexOf('/') + 1);
        return root.resolve("templates").resolve(bureau == null ? DEPLOYMENT : bureau).resolve(name);
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new StoreUnavailableException("folder " + root, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
