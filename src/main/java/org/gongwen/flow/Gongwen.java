package org.gongwen.flow;

import org.gongwen.html.PortalPage;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.Importers;
import org.gongwen.ingest.TextImporter;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.ModelJson;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.model.BadInputException;
import org.gongwen.model.OfficialDocument;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The whole flow behind one door: read content into an {@link OfficialDocument}, let a clerk override
 * its metadata, write it as DOCX, PDF or portal HTML with a house template. The CLI and the web
 * service both use it. One instance per process; thread-safe (templates, styles and fonts are
 * loaded once and only read afterwards).
 */
public final class Gongwen {
    /** Template ids come from requests and name files: letters, digits and dashes only. */
    private static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final ImportLimits limits;
    private final PortalPage portalPage = new PortalPage();
    private final Typesetter typesetter = new Typesetter(FontLibrary.shared());
    private final PdfPainter pdfPainter = new PdfPainter();

    /** With the importers' default limits. */
    public Gongwen() {
        this(ImportLimits.DEFAULT);
    }

    /** With the limits of a deployment: input over them is refused before any parsing. */
    public Gongwen(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads an uploaded file; the extension of {@code fileName} picks the importer. */
    public OfficialDocument read(String fileName, byte[] content) {
        return Importers.read(fileName, content, limits);
    }

    /** Reads pasted text, as copied from a portal, a chat or a draft. */
    public OfficialDocument readText(String text) {
        return TextImporter.read(text == null ? "" : text, limits);
    }

    /** Reads the model's JSON form (the API's and the UI's exchange format). */
    public OfficialDocument fromJson(String json) {
        return ModelJson.read(json);
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
        return b.build();
    }

    public Rendered render(OfficialDocument document, String templateId, Format format) {
        checkTemplateId(templateId);
        return switch (format) {
            case HTML -> new Rendered(Format.HTML, portalPage.page(document, null).getBytes(StandardCharsets.UTF_8), List.of());
            case PDF -> {
                Layout layout = typesetter.typeset(document, style(templateId));
                yield new Rendered(Format.PDF, pdfPainter.paint(layout), layout.warnings());
            }
            case DOCX -> throw notWired();
        };
    }

    public List<TemplateInfo> templates() {
        throw notWired();
    }

    /** The house template's .docx as shipped or uploaded. */
    public byte[] templateDocx(String templateId) {
        checkTemplateId(templateId);
        throw notWired();
    }

    /** Adds or replaces a house template (the caller has checked the admin's right to). */
    public void putTemplate(String templateId, byte[] docx) {
        checkTemplateId(templateId);
        throw notWired();
    }

    public void deleteTemplate(String templateId) {
        checkTemplateId(templateId);
        throw notWired();
    }

    /** The house style of a template, read once from its DOCX. */
    private HouseStyle style(String templateId) {
        throw notWired();
    }

    static void checkTemplateId(String templateId) {
        if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) {
            throw new BadInputException("bad-template-id",
                    "模板名称只能由字母、数字、短横线和下划线组成，例如 report 或 redhead。",
                    "A template id consists of letters, digits, '-' and '_', e.g. report or redhead.", 400, null);
        }
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static UnsupportedOperationException notWired() {
        return new UnsupportedOperationException("not yet wired");
    }
}
