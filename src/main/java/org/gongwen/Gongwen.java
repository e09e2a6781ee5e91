package org.gongwen;

import org.gongwen.check.DocxChecker;
import org.gongwen.check.Finding;
import org.gongwen.check.PdfChecker;
import org.gongwen.check.PdfLimits;
import org.gongwen.adopt.Adopter;
import org.gongwen.adopt.Adoption;
import org.gongwen.check.TemplateValidator;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.docx.DocxWriter;
import org.gongwen.html.PortalPage;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.Importers;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyleDiff;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.store.Bureau;
import org.gongwen.store.ContentHash;
import org.gongwen.store.FolderTemplateStore;
import org.gongwen.store.StoreUnavailableException;
import org.gongwen.store.StoredToken;
import org.gongwen.store.TemplateIds;
import org.gongwen.store.TemplateStore;
import org.gongwen.store.Tokens;
import org.gongwen.store.Version;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole flow behind one door: read content into an {@link OfficialDocument}, let a clerk override
 * its metadata, write it as DOCX, PDF or portal HTML with a house template, check a DOCX or PDF. The CLI and
 * the web service both use it, and so can any Java program: {@code Gongwen.builder()…build()}. One
 * instance per process is enough; thread-safe (templates, styles and fonts
 * are loaded once and only read afterwards; a template change swaps the whole library at once).
 */
public final class Gongwen implements AutoCloseable {
    private final ImportLimits limits;
    private final int maxTemplatesPerBureau;
    /** The bundled and hand-placed templates: what a store's published templates go over. */
    private final TemplateLibrary base;
    /** Where template changes are kept; null: template changes are off. */
    private final TemplateStore store;
    /** Whether {@link #store} was opened here (a folder store), so {@link #close} closes it. */
    private final boolean ownsStore;
    /** {@link #base} with the store's published templates over it, as of {@link #loadedRevision}. */
    private volatile TemplateLibrary library;
    private volatile TemplateStoreStatus storeStatus;
    /** The store's published templates as loaded: id → version. */
    private volatile Map<String, String> storedVersions = Map.of();
    /** The store's revision {@link #library} was made from; -1 before the first load. Guarded by {@code this}. */
    private long loadedRevision = -1;
    /** Published templates read so far, by id and version: a refresh reads only versions it has not seen. Guarded by {@code this}. */
    private final Map<String, HouseTemplate> compiled = new HashMap<>();
    /** {@link #templates()} for the library it was made from: validation reads every template, once per library. */
    private volatile TemplateListing listing;
    private final FontLibrary fonts;
    private final Typesetter typesetter;
    private final PdfPainter pdfPainter = new PdfPainter();
    private final DocxWriter docxWriter = new DocxWriter();
    private final DocxChecker docxChecker;
    private final PdfChecker pdfChecker;
    private final TemplateValidator templateValidator;

    private Gongwen(Builder b) {
        this.limits = b.limits;
        this.maxTemplatesPerBureau = b.maxTemplatesPerBureau;
        this.pdfChecker = new PdfChecker(b.pdfLimits);
        this.docxChecker = new DocxChecker(limits.maxUnpackedBytes());
        this.templateValidator = new TemplateValidator(limits.maxUnpackedBytes());
        // the process-wide libraries when they are the ones asked for: each is read once per process
        this.base = b.templates == null && TemplateLibrary.configuredDir() == null ? TemplateLibrary.shared()
                : TemplateLibrary.load(b.templates, limits.maxUnpackedBytes());
        this.library = base;
        this.ownsStore = b.store == null && b.templates != null;
        this.store = b.store != null ? b.store : ownsStore ? FolderTemplateStore.open(b.templates) : null;
        this.storeStatus = store == null ? TemplateStoreStatus.NONE
                : new TemplateStoreStatus(store.describe(), false, false, -1, 0, null, null);
        refreshTemplates();
        this.fonts = Objects.equals(b.fonts, FontLibrary.configuredDir()) ? FontLibrary.shared() : FontLibrary.load(b.fonts);
        this.typesetter = new Typesetter(fonts);
    }

    /**
     * How a {@link Gongwen} is made: {@code Gongwen.builder().templates(dir).fonts(dir).build()}.
     * The folders default to those the environment names (the system properties
     * {@value TemplateLibrary#DIR_PROPERTY} and {@value FontLibrary#FONTS_DIR_PROPERTY}, else the
     * variables GONGWEN_TEMPLATES_DIR and GONGWEN_FONTS_DIR), the limits to their defaults.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings of a {@link Gongwen}; see {@link Gongwen#builder()}. */
    public static final class Builder {
        private Path templates = TemplateLibrary.configuredDir();
        private Path fonts = FontLibrary.configuredDir();
        private ImportLimits limits = ImportLimits.DEFAULT;
        private PdfLimits pdfLimits = PdfLimits.DEFAULT;
        private TemplateStore store;
        private int maxTemplatesPerBureau = 100;

        private Builder() {}

        /** How many templates a bureau (or the deployment, for its shared ones) may have published at once. */
        public Builder maxTemplatesPerBureau(int max) {
            this.maxTemplatesPerBureau = max;
            return this;
        }

        /**
         * A deployment's own house templates folder: the .docx files placed in it replace bundled ones of
         * the same id, and, unless {@link #store} names another store, template changes
         * ({@link Gongwen#putTemplate}, {@link Gongwen#publishTemplate}…) are kept in it
         * ({@link FolderTemplateStore}, one process). Null: the bundled templates only.
         */
        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        /**
         * Where template changes and bureaus are kept, e.g. {@link org.gongwen.store.PostgresTemplateStore}
         * for several replicas (the caller keeps and closes it). Null: the templates folder's own store, if
         * there is a folder; else template changes are off.
         */
        public Builder store(TemplateStore store) {
            this.store = store;
            return this;
        }

        /**
         * Licensed faces (.otf, .ttf): used for the family names inside them, before the bundled
         * Fandol faces. Null: the bundled faces only.
         */
        public Builder fonts(Path folder) {
            this.fonts = folder;
            return this;
        }

        /** What input is accepted (file size, characters, blocks, title length, unpacked DOCX size); over them it is refused before any parsing. */
        public Builder limits(ImportLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** How much of a PDF one check reads (pages, forms, glyphs, operators). */
        public Builder pdfLimits(PdfLimits pdfLimits) {
            this.pdfLimits = Objects.requireNonNull(pdfLimits);
            return this;
        }

        public Gongwen build() {
            return new Gongwen(this);
        }
    }

    /** Reads an uploaded file; the extension of {@code fileName} picks the importer. */
    public OfficialDocument read(String fileName, byte[] content) {
        return Importers.read(fileName, content, limits);
    }

    /**
     * Reads a file whose pictures a Markdown draft names by relative path ({@code ![说明](图/a.png)})
     * are in {@code folder} (the draft's own folder); only files inside it are read. Null: as
     * {@link #read(String, byte[])}, such pictures are warned about and their captions kept as text.
     */
    public OfficialDocument read(String fileName, byte[] content, Path folder) {
        return Importers.read(fileName, content, limits, folder);
    }

    /** Reads pasted text, as copied from a portal, a chat or a draft. */
    public OfficialDocument readText(String text) {
        return Importers.readText(text, limits);
    }

    /** Reads the model's JSON form (the API's and the UI's exchange format). */
    public OfficialDocument fromJson(String json) {
        return admitted(ModelJson.read(json));
    }

    /**
     * A document made or corrected by hand (the clerk's review), once it is within the limits every input
     * keeps; BadInputException naming the limit when not.
     */
    public OfficialDocument admit(OfficialDocument document) {
        return admitted(document);
    }

    /** The document, once {@link ImportLimits#checkDocument} finds nothing no writer should be asked to write. */
    private OfficialDocument admitted(OfficialDocument document) {
        limits.checkDocument(document);
        return document;
    }

    /** Writes the model's JSON form. */
    public String toJson(OfficialDocument document) {
        return ModelJson.write(document);
    }

    public OfficialDocument withOverrides(OfficialDocument document, Overrides overrides) {
        if (overrides == null || overrides.isEmpty()) return document;
        OfficialDocument.Builder b = document.toBuilder();
        if (overrides.title() != null) b.title(blankToNull(overrides.title()));
        if (overrides.issuers() != null) b.issuers(overrides.issuers().stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (overrides.date() != null) b.date(overrides.date());
        if (overrides.docNumber() != null) b.docNumber(blankToNull(overrides.docNumber()));
        if (overrides.recipients() != null) b.recipients(blankToNull(overrides.recipients()));
        return admitted(b.build());
    }

    public Rendered render(OfficialDocument document, String templateId, Format format) {
        return render(document, templateId, format, PdfTagging.TAGGED);
    }

    /** Like {@link #render(OfficialDocument, String, Format)}, a PDF tagged or not ({@link PdfTagging}). */
    public Rendered render(OfficialDocument document, String templateId, Format format, PdfTagging tagging) {
        return render(document, library.get(templateId), format, tagging);
    }

    /**
     * Renders with a template that is not in the library (yet): the preview of an adopted version before
     * it is published, a history's kept versions. BadInputException as {@link HouseTemplate#load} when the file cannot serve.
     */
    public Rendered render(OfficialDocument document, String templateId, byte[] templateDocx, Format format) {
        return render(document, HouseTemplate.load(templateId, templateDocx, limits.maxUnpackedBytes()), format,
                PdfTagging.TAGGED);
    }

    /**
     * Learns a house template from a bureau's own official document (org.gongwen.adopt); nothing is
     * stored. BadInputException when it is not a DOCX or has no title or body to learn from.
     */
    public Adoption adoptTemplate(String templateId, byte[] docx) {
        TemplateIds.checkStorable(templateId);
        return Adopter.adopt(templateId, docx, limits.maxUnpackedBytes());
    }

    private Rendered render(OfficialDocument document, HouseTemplate template, Format format, PdfTagging tagging) {
        admitted(document);
        // every writer prints the one composition (compose.Composer): the same words in the same places
        ComposedDocument composed = Composer.compose(document, template.style());
        // the official outputs say what they leave out; the portal page prints every field it has
        List<Warning> unprinted = Composer.unprinted(document, template.style());
        String id = template.id(), version = template.version();
        return switch (format) {
            case HTML -> new Rendered(Format.HTML,
                    Portal.PAGE.page(composed, template.style()).getBytes(StandardCharsets.UTF_8), List.of(), 0, id, version);
            case PDF -> {
                Layout layout = typesetter.typeset(composed, template.style());
                yield new Rendered(Format.PDF, pdfPainter.paint(layout, template.trace(), tagging == PdfTagging.TAGGED), concat(unprinted, layout.warnings()),
                        layout.pages().size(), id, version);
            }
            case DOCX -> new Rendered(Format.DOCX, docxWriter.write(composed, template), unprinted, 0, id, version);
        };
    }

    /**
     * The fields of a document that the template does not print (a 发文字号 in a house without a 版头,
     * 抄送 without a 版记…) and a 版记 left without its 印发机关, for the clerk to hear before rendering.
     */
    public List<Warning> unprinted(OfficialDocument document, String templateId) {
        return Composer.unprinted(document, library.get(templateId).style());
    }

    private static List<Warning> concat(List<Warning> a, List<Warning> b) {
        if (a.isEmpty()) return b;
        List<Warning> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Starts reading, in the background, the faces that a PDF in this template will need, so that a
     * caller about to parse its input overlaps the two. Does nothing for an unknown template (the
     * render reports it).
     */
    public void prepareFonts(String templateId) {
        try {
            fonts.startLoading(library.get(templateId).style().fontFamilies(), pdfPainter::prepare);
        } catch (BadInputException unknownTemplate) {
            // the render reports it
        }
    }

    /** The portal article alone, for a CMS to embed. */
    public String htmlFragment(OfficialDocument document, String templateId) {
        HouseStyle style = library.get(templateId).style();
        return Portal.PAGE.fragment(Composer.compose(admitted(document), style), style);
    }

    /**
     * Every template with what validation finds in it (GB/T 9704 and the template contract), then the
     * files that could not be loaded at all (with why).
     */
    public List<TemplateInfo> templates() {
        TemplateLibrary lib = library;
        TemplateListing known = listing;
        if (known != null && known.library() == lib) return known.templates();
        // a publish makes a new library: only the templates it changed are validated again
        Map<String, TemplateInfo> before = new HashMap<>();
        if (known != null) known.templates().forEach(t -> before.put(t.id() + "@" + t.version(), t));
        List<TemplateInfo> all = new ArrayList<>();
        for (HouseTemplate t : lib.list()) {
            TemplateInfo seen = before.get(t.id() + "@" + t.version());
            if (seen != null) {
                all.add(seen);
                continue;
            }
            List<String> findings;
            boolean valid;
            try {
                List<Finding> found = templateValidator.validate(t.bytes());
                findings = found.stream().map(Gongwen::describe).toList();
                valid = found.stream().noneMatch(Finding::isError);
            } catch (RuntimeException e) {
                // one template the validator cannot read never takes the listing (and the pages showing it) down
                findings = List.of("错误：" + (e instanceof BadInputException b ? b.messageZh() : "模板无法校验，请在 Word 中另存后重新上传"));
                valid = false;
            }
            all.add(new TemplateInfo(t.id(), t.description(), t.redHeader(), valid, findings, t.version()));
        }
        for (Map.Entry<String, String> p : lib.problems().entrySet()) {
            all.add(new TemplateInfo(p.getKey(), p.getKey(), false, false, List.of(p.getValue()), null));
        }
        TemplateListing made = new TemplateListing(lib, List.copyOf(all));
        listing = made;
        return made.templates();
    }

    /** The templates' validation, made from one library (a template change swaps the library, not this). */
    private record TemplateListing(TemplateLibrary library, List<TemplateInfo> templates) {}


    private static String describe(Finding f) {
        return (f.isError() ? "错误：" : "提醒：") + f.message() + (f.location() == null ? "" : "（" + f.location() + "）");
    }

    /** The version (SHA-256) of the template renders use now under this id. */
    public String templateVersionInUse(String templateId) {
        return library.get(templateId).version();
    }

    /** The house template's .docx as shipped or uploaded. */
    public byte[] templateDocx(String templateId) {
        return library.get(templateId).bytes();
    }

    /**
     * What an upload makes a template of: the file as it is when it already meets the template contract
     * (the result's report is null), else the house template adopted from it ({@link #adoptTemplate}).
     * Either way the template is read and validated once. A file that can be neither is refused with why.
     */
    public Adoption prepareTemplate(String templateId, byte[] docx) {
        TemplateIds.checkStorable(templateId);
        checkTemplateSize(docx);
        if (meetsContract(templateId, docx)) return new Adoption(docx.clone(), null);
        return adoptTemplate(templateId, docx);
    }

    /**
     * Keeps an upload as a new version of a stored template ({@link #prepareTemplate}; the caller has
     * checked the right to), and publishes it unless {@code publish} is false. {@code author} is who
     * did it, as the history shows it (never a token). Nothing is kept when the file is refused.
     */
    public TemplateChange putTemplate(String templateId, byte[] docx, String author, boolean publish) {
        storeOrRefuse(templateId);
        // learning runs before anything is kept: only a template that serves becomes a version
        return keepTemplate(templateId, prepareTemplate(templateId, docx), author, publish);
    }

    /**
     * Keeps what {@link #prepareTemplate} made as a new version, and publishes it unless {@code publish} is
     * false: the second half of {@link #putTemplate}, for a caller that bounds the first half's time (the
     * web service) and must not have a version kept after it answered that the upload took too long.
     */
    public TemplateChange keepTemplate(String templateId, Adoption prepared, String author, boolean publish) {
        TemplateStore s = storeOrRefuse(templateId);
        Version v = s.addVersion(templateId, prepared.template(), author, prepared.report() != null);
        if (publish) publish(s, templateId, v.hash(), author);
        return new TemplateChange(templateId, prepared.report() != null, prepared.report(), v.hash(), publish);
    }

    /** Publishes one of a stored template's versions: renders use it from now on, on every replica. */
    public void publishTemplate(String templateId, String version, String author) {
        TemplateStore s = storeOrRefuse(templateId);
        if (!ContentHash.isHash(version)) throw unknownVersion(templateId);
        publish(s, templateId, version, author);
    }

    /**
     * Rolls back: publishes the version that was first published before the one published now, and
     * returns it. Versions are taken in the order they were first published, so rolling back again goes
     * one further back (v1, v2, v3 → v2 → v1), and publishing v3 again and rolling back gives v2. After
     * an unpublish, it publishes again the version last published. INVALID {@code nothing-to-roll-back}
     * when no earlier version was ever published.
     */
    public String rollbackTemplate(String templateId, String author) {
        TemplateStore s = storeOrRefuse(templateId);
        String back = TemplateHistory.rollbackTarget(s.publications(templateId), s.published().get(templateId));
        if (back == null) {
            throw new BadInputException(Fault.INVALID, "nothing-to-roll-back",
                    "模板 " + templateId + " 在当前版本之前没有发布过别的版本，无法回退。", "No earlier published version of " + templateId + ".");
        }
        publish(s, templateId, back, author);
        return back;
    }

    /**
     * Unpublishes a stored template: a bundled or hand-placed template of the same id comes back, if there
     * is one. Its versions stay, so it can be published again.
     */
    public void deleteTemplate(String templateId, String author) {
        TemplateStore s = storeOrRefuse(templateId);
        if (!s.published().containsKey(templateId)) {
            throw new BadInputException(Fault.NOT_FOUND, "unknown-template",
                    "模板库中没有已发布的模板 " + templateId + "；随程序提供的和放在模板目录中的模板不能删除。",
                    "No published stored template " + templateId + "; bundled and hand-placed templates cannot be deleted here.");
        }
        publish(s, templateId, null, author);
    }

    /** A stored template's versions and publications; NOT_FOUND when the store has no version of it. */
    public TemplateHistory templateHistory(String templateId) {
        TemplateStore s = storeOrRefuse(templateId);
        List<Version> versions = s.versions(templateId);
        if (versions.isEmpty()) {
            throw new BadInputException(Fault.NOT_FOUND, "unknown-template",
                    "模板库中没有模板 " + templateId + " 的任何版本。", "The store keeps no version of " + templateId + ".");
        }
        return new TemplateHistory(templateId, versions, s.publications(templateId), s.published().get(templateId));
    }

    /** One version of a stored template, as kept; NOT_FOUND {@code unknown-version} when it has none of that hash. */
    public byte[] templateVersion(String templateId, String version) {
        TemplateStore s = storeOrRefuse(templateId);
        if (!ContentHash.isHash(version)) throw unknownVersion(templateId);
        return s.content(templateId, version).orElseThrow(() -> unknownVersion(templateId));
    }

    /** The version of a stored template published now, as this replica last loaded it, or null (none, or no store). */
    public String publishedVersion(String templateId) {
        return templateId == null ? null : storedVersions.get(templateId);
    }

    /** The ids of the store's published templates, as this replica last loaded them. */
    public Set<String> storedTemplates() {
        return storedVersions.keySet();
    }

    /**
     * What changed, role by role, from one version of a template to another (face, size, line pitch,
     * indents, spacing, page set-up, page numbers, the red header): the two files as
     * {@link #templateVersion} gives them, so that a caller that also shows them reads each once.
     */
    public List<HouseStyleDiff.Change> templateDiff(String templateId, byte[] before, byte[] after) {
        return HouseStyleDiff.between(HouseTemplate.load(templateId, before, limits.maxUnpackedBytes()).style(),
                HouseTemplate.load(templateId, after, limits.maxUnpackedBytes()).style());
    }

    private static BadInputException unknownVersion(String templateId) {
        return new BadInputException(Fault.NOT_FOUND, "unknown-version",
                "模板 " + templateId + " 没有这个版本，请从版本列表中选择。", "No such version of " + templateId + ".");
    }

    /**
     * Publishes (null: unpublishes) and loads the change at once, so this replica uses it from its next render.
     * A bureau publishes at most {@link Builder#maxTemplatesPerBureau} templates: every replica keeps each
     * published one compiled in memory.
     */
    private void publish(TemplateStore s, String templateId, String version, String author) {
        String bureau = TemplateIds.bureauOf(templateId);
        if (version != null) {
            Map<String, String> published = s.published();
            long ofBureau = published.keySet().stream().filter(id -> Objects.equals(TemplateIds.bureauOf(id), bureau)).count();
            if (!published.containsKey(templateId) && ofBureau >= maxTemplatesPerBureau) {
                throw new BadInputException(Fault.TOO_LARGE, "too-many-templates",
                        (bureau == null ? "共用模板" : "单位 " + bureau) + " 已发布 " + ofBureau + " 个模板，达到上限 "
                                + maxTemplatesPerBureau + " 个：请先停止发布不再使用的模板。",
                        "At most " + maxTemplatesPerBureau + " published templates " + (bureau == null ? "shared" : "per bureau") + ".");
            }
        }
        s.publish(templateId, version, author);
        refreshTemplates();
    }

    /**
     * Loads what the store publishes when its revision moved since the last load: each published version
     * is read and compiled once (kept by id and content hash), the library swapped whole. When the store
     * cannot be reached the templates loaded stay in use and the status says why. Replicas call this
     * every few seconds (the web service does, {@code gongwen.store.refresh}); it is cheap when nothing moved.
     */
    public synchronized TemplateStoreStatus refreshTemplates() {
        if (store == null) return storeStatus;
        try {
            long revision = store.revision();
            if (revision != loadedRevision) {
                Map<String, String> published = store.published();
                Map<String, HouseTemplate> stored = new TreeMap<>();
                Map<String, String> problems = new TreeMap<>();
                Map<String, HouseTemplate> keep = new HashMap<>();
                published.forEach((id, version) -> {
                    String key = id + "@" + version;
                    HouseTemplate t = compiled.get(key);
                    if (t == null) t = loadStored(id, version, problems);
                    if (t != null) {
                        stored.put(id, t);
                        keep.put(key, t);
                    }
                });
                compiled.clear();
                compiled.putAll(keep);
                library = base.with(stored, problems);
                storedVersions = Map.copyOf(published);
                loadedRevision = revision;
            }
            storeStatus = new TemplateStoreStatus(store.describe(), true, true, loadedRevision, compiled.size(), Instant.now(), null);
        } catch (StoreUnavailableException e) {
            TemplateStoreStatus was = storeStatus;
            storeStatus = new TemplateStoreStatus(store.describe(), was.loaded(), false, was.revision(), was.templates(),
                    Instant.now(), e.messageEn() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
        return storeStatus;
    }

    /** A published version read from the store, or null with why in {@code problems}. */
    private HouseTemplate loadStored(String id, String version, Map<String, String> problems) {
        byte[] bytes = store.content(id, version).orElse(null);
        if (bytes == null) {
            problems.put(id, "已发布的版本 " + version.substring(0, 12) + " 在模板库中缺失 / the published version is missing from the store");
            return null;
        }
        try {
            return HouseTemplate.load(id, bytes, limits.maxUnpackedBytes());
        } catch (BadInputException e) {
            problems.put(id, e.oneLine());
            return null;
        }
    }

    /** The template store as of the last refresh. */
    public TemplateStoreStatus storeStatus() {
        return storeStatus;
    }

    /** Adds a bureau (the operator's right); its templates are {@code id/name}. */
    public Bureau createBureau(String id, String name) {
        return storeOrRefuse(null).createBureau(TemplateIds.checkBureau(id), name == null ? null : name.strip());
    }

    /** Every bureau. */
    public List<Bureau> bureaus() {
        return store == null ? List.of() : store.bureaus();
    }

    /**
     * Issues a new token for a bureau under a label (who holds it) and returns it: the only time it is
     * seen, since only its hash is kept.
     */
    public String issueToken(String bureauId, String label) {
        String token = Tokens.issue();
        storeOrRefuse(null).addToken(TemplateIds.checkBureau(bureauId), label, Tokens.hash(token));
        return token;
    }

    /** Revokes a bureau's token by its label; NOT_FOUND when there is none. */
    public void revokeToken(String bureauId, String label) {
        if (!storeOrRefuse(null).removeToken(TemplateIds.checkBureau(bureauId), label)) {
            throw new BadInputException(Fault.NOT_FOUND, "unknown-token",
                    "单位 " + bureauId + " 没有标签为“" + label + "”的令牌。", "No such token of " + bureauId + ".");
        }
    }

    /**
     * The label of the bureau's token that {@code token} is, or null. Every kept hash is compared, in
     * constant time, whether or not one matched earlier.
     */
    public String tokenLabel(String bureauId, String token) {
        if (store == null || token == null || !TemplateIds.isName(bureauId)) return null;
        String label = null;
        for (StoredToken t : store.tokens(bureauId)) {
            if (Tokens.matches(token, t.hash()) && label == null) label = t.label();
        }
        return label;
    }

    /** The kept hash of the bureau's token of that label, or null: what a page's ticket is signed with (web.UiTickets). */
    public String tokenHash(String bureauId, String label) {
        if (store == null || label == null || !TemplateIds.isName(bureauId)) return null;
        return store.tokens(bureauId).stream().filter(t -> t.label().equals(label)).map(StoredToken::hash).findFirst().orElse(null);
    }

    private static void checkTemplateSize(byte[] docx) {
        if (docx == null || docx.length == 0 || docx.length > TemplateLibrary.MAX_TEMPLATE_BYTES) {
            throw new BadInputException(Fault.TOO_LARGE, "template-size", "模板文件为空或超过 "
                    + TemplateLibrary.MAX_TEMPLATE_BYTES / (1024 * 1024) + " MB，请上传 .docx 模板。",
                    "The template is empty or too large.");
        }
    }

    /** Whether a file is a gongwen template already: it loads and validation finds no error. */
    private boolean meetsContract(String templateId, byte[] docx) {
        try {
            HouseTemplate.load(templateId, docx, limits.maxUnpackedBytes());
            return templateValidator.validate(docx).stream().noneMatch(Finding::isError);
        } catch (BadInputException e) {
            if ("template-invalid".equals(e.code()) || "template-active-content".equals(e.code())) return false;
            throw e;
        }
    }

    /**
     * Checks a DOCX or a PDF against GB/T 9704 and a house template. The content tells which (a DOCX
     * is a ZIP, a PDF starts with %PDF), whatever the file is called; the name only labels it.
     */
    public List<Finding> check(String fileName, byte[] content, String templateId) {
        if (content.length > limits.maxBytes()) {
            throw new BadInputException(Fault.TOO_LARGE, "input-too-large", "文件过大，上限为 " + limits.maxBytes() / (1024 * 1024)
                    + " MB，请拆分后再检查。", "The file is too large.");
        }
        HouseStyle style = library.get(templateId).style();
        if (startsWith(content, "%PDF")) return pdfChecker.check(content, style);
        if (startsWith(content, "PK")) return docxChecker.check(content, style);
        throw new BadInputException(Fault.UNSUPPORTED, "unsupported-format",
                "格式检查只支持Word文档（.docx）和PDF文件；.doc 请先在Word中另存为 .docx", "The checker reads .docx and .pdf files.");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (b[i] != magic.charAt(i)) return false;
        return true;
    }

    /** The store, once the template id (if any) is one that may be stored; NOT_CONFIGURED when there is no store. */
    private TemplateStore storeOrRefuse(String templateId) {
        if (templateId != null) TemplateIds.checkStorable(templateId);
        if (store == null) {
            throw new BadInputException(Fault.NOT_CONFIGURED, "template-changes-off",
                    "本服务没有配置模板库（模板目录 gongwen.templates.dir 或数据库 spring.datasource.url），不能上传、发布或删除模板。",
                    "Template changes need a template store: a templates folder (gongwen.templates.dir) or a database (spring.datasource.url).");
        }
        return store;
    }

    /** Closes the template store if this instance opened it (a folder's); a store given to the builder is the caller's. */
    @Override
    public void close() {
        if (ownsStore) store.close();
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The portal page writer, made on first use: its Thymeleaf engine costs a fifth of a CLI
     * start that only writes a PDF. Thread-safe and stateless, so one serves every instance.
     */
    private static final class Portal {
        static final PortalPage PAGE = new PortalPage();
    }
}
