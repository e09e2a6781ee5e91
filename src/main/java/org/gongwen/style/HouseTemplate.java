package org.gongwen.style;

import org.gongwen.ooxml.Ooxml;
import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.model.Fault;
import org.gongwen.store.ContentHash;
import org.w3c.dom.Document;

import java.util.Arrays;
import java.util.List;

/**
 * A loaded house template: its id, the template package (read-only, shared by every render) and the
 * {@link HouseStyle} read from it. Immutable and safe to share across threads; a writer copies the
 * parts it changes and never touches these.
 */
public final class HouseTemplate {

    private final String id;
    private final byte[] bytes;
    private final String version;
    private final DocxPackage docx;
    private final HouseStyle style;
    private final String description;
    private final String[] leadStyleIds = new String[5];

    private HouseTemplate(String id, byte[] bytes, long maxUnpackedBytes) {
        this.id = id;
        this.bytes = bytes.clone();
        this.version = ContentHash.of(this.bytes);
        this.docx = DocxPackage.read(this.bytes, maxUnpackedBytes);
        refuseActiveContent(docx);
        WordPackage word = new WordPackage(docx);
        this.style = HouseStyleReader.read(id, word);
        this.description = readTitle(word);
        readLeadStyles(word.styles());
    }

    /** Reads a template within {@link DocxPackage#DEFAULT_MAX_UNPACKED_BYTES}; see {@link #load(String, byte[], long)}. */
    public static HouseTemplate load(String id, byte[] docxBytes) {
        return load(id, docxBytes, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /**
     * Reads and validates a template. BadInputException when it cannot serve: the package's own
     * ({@link DocxPackage#read(byte[], long)}), {@code template-active-content} (INVALID) when it carries
     * links out of the package, macros, OLE objects, ActiveX controls or embedded files, which every
     * document rendered with it would carry too, {@code template-invalid} (INVALID) when it breaks the contract.
     */
    public static HouseTemplate load(String id, byte[] docxBytes, long maxUnpackedBytes) {
        return new HouseTemplate(id, docxBytes, maxUnpackedBytes);
    }

    private static void refuseActiveContent(DocxPackage pkg) {
        List<ActiveContent> found = ActiveContent.in(pkg);
        if (found.isEmpty()) return;
        throw new BadInputException(Fault.INVALID, "template-active-content",
                "模板含有不允许的内容，用它排版的每份公文都会带上："
                        + String.join("；", found.stream().map(ActiveContent::zh).toList())
                        + "。请在 Word 中删除这些内容，另存为不含宏的 .docx 后再上传",
                "the template carries content every document rendered with it would carry: "
                        + String.join("; ", found.stream().map(ActiveContent::en).toList()));
    }

    public String id() { return id; }

    public HouseStyle style() { return style; }

    /** The template's version: the hex SHA-256 of its file, the name the template store gives it. */
    public String version() { return version; }

    /** The id and version every render with this template writes into its file. */
    public TemplateTrace trace() { return new TemplateTrace(id, version); }

    /** The template's parts, read-only. */
    public DocxPackage docx() { return docx; }

    /** A copy of the template file. */
    public byte[] bytes() { return bytes.clone(); }

    /** The template's docProps title (what the template is for), or its id. */
    public String description() { return description; }

    /** Whether the template has a red 版头 (issuer mark, 发文字号, red rule). */
    public boolean redHeader() { return style.redHeader() != null; }

    /**
     * The character style that gives a run-in lead of heading {@code level} its heading face: the
     * style linked (w:link) to the level's heading style; null when the template links none.
     */
    public String leadStyleId(int level) {
        return leadStyleIds[level];
    }

    private void readLeadStyles(Styles styles) {
        for (int level = 1; level <= 4; level++) {
            Styles.Style heading = styles.style(style.role(Role.heading(level)).styleId());
            Styles.Style linked = heading == null ? null : styles.style(heading.link());
            leadStyleIds[level] = linked != null && "character".equals(linked.type()) ? linked.id() : null;
        }
    }

    private String readTitle(WordPackage word) {
        Document core;
        try {
            core = word.xml("docProps/core.xml");
        } catch (WordPackage.UnreadablePart e) {
            throw HouseStyleReader.invalid(id, e.part() + " 无法解析", e.part() + " is not well-formed XML");
        }
        if (core == null) return id;
        var titles = core.getElementsByTagNameNS(Ooxml.DC, "title");
        String t = titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
        return t.isEmpty() ? id : t;
    }

    @Override
    public String toString() {
        return "HouseTemplate[" + id + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseTemplate t && t.id.equals(id) && Arrays.equals(t.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
