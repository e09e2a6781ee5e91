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
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The whole flow behind one door: read content into an {@link OfficialDocument}, let a clerk override
 * its metadata, write it as DOCX, PDF or portal HTML with a house template, check a DOCX or PDF. The CLI and
 * the web service both use it, and so can any Java program: {@code Gongwen.builder()…build()}. One
 * instance per process is enough; thread-safe (templates, styles and fonts
 * are loaded once and only read afterwards; a template change swaps the whole library at once).
 */
public final class Gongwen {
    /** The ids {@link TemplateLibrary} accepts; checked here too before an id names a file. */
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9-]{1,40}");

    private final ImportLimits limits;
    /** The deployment's own templates folder, where template changes go; null: changes are off. */
    private final Path templatesDir;
    private volatile TemplateLibrary library;
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
        this.pdfChecker = new PdfChecker(b.pdfLimits);
        this.docxChecker = new DocxChecker(limits.maxUnpackedBytes());
        this.templateValidator = new TemplateValidator(limits.maxUnpackedBytes());
        this.templatesDir = b.templates;
        // the process-wide libraries when they are the ones asked for: each is read once per process
        this.library = b.templates == null && TemplateLibrary.configuredDir() == null ? TemplateLibrary.shared()
                : TemplateLibrary.load(b.templates, limits.maxUnpackedBytes());
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

        private Builder() {}

        /**
         * A deployment's own house templates (.docx): they replace bundled ones of the same id, and
         * template changes ({@link Gongwen#putTemplate}, {@link Gongwen#deleteTemplate}) are stored there. Null: the
         * bundled templates only, and template changes are off.
         */
        public Builder templates(Path folder) {
            this.templates = folder;
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
        return render(document, library.get(templateId), format);
    }

    /**
     * Renders with a template that is not in the library (yet): the preview of an adopted template
     * before an administrator stores it. BadInputException as {@link HouseTemplate#load} when the file cannot serve.
     */
    public Rendered render(OfficialDocument document, String templateId, byte[] templateDocx, Format format) {
        return render(document, HouseTemplate.load(templateId, templateDocx, limits.maxUnpackedBytes()), format);
    }

    /**
     * Learns a house template from a bureau's own official document (org.gongwen.adopt); nothing is
     * stored. BadInputException when it is not a DOCX or has no title or body to learn from.
     */
    public Adoption adoptTemplate(String templateId, byte[] docx) {
        if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) library.get(templateId);
        return Adopter.adopt(templateId, docx, limits.maxUnpackedBytes());
    }

    private Rendered render(OfficialDocument document, HouseTemplate template, Format format) {
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
                yield new Rendered(Format.PDF, pdfPainter.paint(layout, template.trace()), concat(unprinted, layout.warnings()),
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
        List<TemplateInfo> all = new ArrayList<>();
        for (HouseTemplate t : lib.list()) {
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
            all.add(new TemplateInfo(t.id(), t.description(), t.redHeader(), valid, findings));
        }
        for (Map.Entry<String, String> p : lib.problems().entrySet()) {
            all.add(new TemplateInfo(p.getKey(), p.getKey(), false, false, List.of(p.getValue())));
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

    /** The house template's .docx as shipped or uploaded. */
    public byte[] templateDocx(String templateId) {
        return library.get(templateId).bytes();
    }

    /**
     * Adds or replaces a deployment template (the caller has checked the admin's right to). A file that
     * meets the template contract is stored as it is; any other official document is adopted
     * ({@link #adoptTemplate}) and the adopted template is stored. A file that can be neither is refused
     * with why, and nothing is stored.
     */
    public TemplateChange putTemplate(String templateId, byte[] docx) {
        // learning runs outside the lock: only storing swaps the library
        templatesDirOrRefuse(templateId);
        checkTemplateSize(docx);
        // both ways the file is read and validated once: as a template, or by adoption's own read-back
        if (meetsContract(templateId, docx)) {
            store(templateId, docx);
            return new TemplateChange(templateId, false, null);
        }
        Adoption adoption = adoptTemplate(templateId, docx);
        store(templateId, adoption.template());
        return new TemplateChange(templateId, true, adoption.report());
    }

    /** Stores a template that has been adopted and previewed ({@link #adoptTemplate}), as {@link #putTemplate} would. */
    public void storeTemplate(String templateId, byte[] docx) {
        templatesDirOrRefuse(templateId);
        checkTemplateSize(docx);
        HouseTemplate.load(templateId, docx, limits.maxUnpackedBytes());
        List<String> errors = templateValidator.validate(docx).stream().filter(Finding::isError).map(Gongwen::describe).toList();
        if (!errors.isEmpty()) {
            throw new BadInputException(Fault.INVALID, "template-invalid", "模板不符合模板约定，未保存：" + String.join("；", errors),
                    "The template breaks the template contract (" + errors.size() + " errors); it was not stored.");
        }
        store(templateId, docx);
    }

    /** Writes a validated template into the templates folder (temporary file, atomic move) and swaps the library. */
    private synchronized void store(String templateId, byte[] docx) {
        Path dir = templatesDirOrRefuse(templateId);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, templateId, ".upload");
            try {
                Files.write(temp, docx);
                Files.move(temp, dir.resolve(templateId + ".docx"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store template " + templateId, e);
        }
        library = TemplateLibrary.load(dir, limits.maxUnpackedBytes());
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

    /** Removes a deployment template; a bundled template of the same id comes back. */
    public synchronized void deleteTemplate(String templateId) {
        Path dir = templatesDirOrRefuse(templateId);
        try {
            if (!Files.deleteIfExists(dir.resolve(templateId + ".docx"))) {
                throw new BadInputException(Fault.NOT_FOUND, "unknown-template",
                        "模板目录中没有名为 " + templateId + " 的模板；随程序提供的模板不能删除。",
                        "No deployment template named " + templateId + "; bundled templates cannot be deleted.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete template " + templateId, e);
        }
        library = TemplateLibrary.load(dir, limits.maxUnpackedBytes());
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

    private Path templatesDirOrRefuse(String templateId) {
        if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) {
            library.get(templateId); // refuses the id with the library's own message
        }
        if (templatesDir == null) {
            throw new BadInputException(Fault.NOT_CONFIGURED, "template-changes-off",
                    "本服务没有配置模板目录（gongwen.templates.dir），不能上传或删除模板。",
                    "Template changes need a templates folder (gongwen.templates.dir).");
        }
        return templatesDir;
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
