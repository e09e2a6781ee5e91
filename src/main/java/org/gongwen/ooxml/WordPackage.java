package org.gongwen.ooxml;

import org.gongwen.ooxml.DocxPackage.Relationship;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DocxPackage} read as a word-processing document, its parts found as Word finds them: the
 * main document through the package's officeDocument relationship, its styles, theme, settings,
 * numbering and footers through the main document's relationships (never by their usual names).
 * Each part is parsed once, with {@link Ooxml#parse}; {@link #styles()}, {@link #numbering()} and
 * {@link #sections()} resolve them. Templates, drafts and documents to check are all read so. Not
 * thread-safe: one reader at a time.
 */
public final class WordPackage {
    /** Relationship types by their last segment. */
    public static final String STYLES = "styles", THEME = "theme", SETTINGS = "settings", NUMBERING = "numbering",
            FOOTER = "footer";
    private static final String OFFICE_DOCUMENT = Ooxml.R + "/officeDocument";
    private static final String OFFICE_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    /** A part that is not well-formed XML, or declares a DTD. */
    public static final class UnreadablePart extends IllegalArgumentException {
        private final String part;

        UnreadablePart(String part, IllegalArgumentException cause) {
            super(part + ": " + cause.getMessage(), cause);
            this.part = part;
        }

        /** The part's name ("word/settings.xml"). */
        public String part() { return part; }
    }

    private final DocxPackage pkg;
    private final String main;
    private final Map<String, Document> parsed = new HashMap<>();
    private Styles styles;
    private Numbering numbering;

    public WordPackage(DocxPackage pkg) {
        this.pkg = pkg;
        this.main = mainPart(pkg);
    }

    /**
     * The part the package's first officeDocument relationship points to (the strict namespace's when
     * there is none of the transitional one), when it is a WordprocessingML document: a .docx, a
     * template, or a macro-enabled document (application/vnd.ms-word.…, whose macros the template
     * validator names). Null otherwise.
     */
    private static String mainPart(DocxPackage pkg) {
        for (String type : List.of(OFFICE_DOCUMENT, OFFICE_DOCUMENT_STRICT)) {
            for (Relationship r : pkg.relationships()) {
                if (!r.source().isEmpty() || !r.type().equals(type)) continue;
                String part = pkg.find(r.targetPart());
                String contentType = part == null ? null : pkg.contentType(part);
                boolean word = contentType != null
                        && (contentType.contains("wordprocessingml") || contentType.startsWith("application/vnd.ms-word."));
                return word ? part : null;
            }
        }
        return null;
    }

    public DocxPackage docx() { return pkg; }

    /** The main document part's name ("word/document.xml"), or null when the package is not a word-processing document. */
    public String documentPart() { return main; }

    /** The main document, or null when the package is not a word-processing document. */
    public Document document() {
        return xml(main);
    }

    /** The name of the part the main document relates to by a relationship of this type ({@link #STYLES} …), or null. */
    public String partName(String type) {
        for (Relationship r : relationships(type)) {
            String part = pkg.find(r.targetPart());
            if (part != null) return part;
        }
        return null;
    }

    /** The part the main document relates to by a relationship of this type, parsed; null when there is none. */
    public Document part(String type) {
        return xml(partName(type));
    }

    /** The main document's relationships of this type ({@link #FOOTER} …) by id, in order, to the parts they point to. */
    public Map<String, String> partNames(String type) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Relationship r : relationships(type)) {
            String part = pkg.find(r.targetPart());
            if (part != null) out.putIfAbsent(r.id(), part);
        }
        return out;
    }

    /** The part the main document refers to by relationship id {@code rId} (a w:footerReference's r:id), parsed; null. */
    public Document related(String rId) {
        if (rId == null || main == null) return null;
        for (Relationship r : pkg.relationships()) {
            if (r.source().equals(main) && rId.equals(r.id())) return xml(pkg.find(r.targetPart()));
        }
        return null;
    }

    private List<Relationship> relationships(String type) {
        List<Relationship> out = new ArrayList<>();
        if (main == null) return out;
        for (Relationship r : pkg.relationships()) {
            if (r.source().equals(main) && r.typeName().equals(type) && !r.external()) out.add(r);
        }
        return out;
    }

    /** Any part of the package by name, parsed once; null when the package has none. */
    public Document xml(String name) {
        if (name == null || !pkg.has(name)) return null;
        Document d = parsed.get(name);
        if (d == null) {
            try {
                d = Ooxml.parse(pkg.part(name));
            } catch (UnreadablePart e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new UnreadablePart(name, e);
            }
            parsed.put(name, d);
        }
        return d;
    }

    /** The style cascade: the styles part (none: no styles) with the theme's fonts. */
    public Styles styles() {
        if (styles == null) styles = new Styles(part(STYLES), part(THEME));
        return styles;
    }

    /** The numbering definitions (none: no lists). */
    public Numbering numbering() {
        if (numbering == null) numbering = new Numbering(part(NUMBERING));
        return numbering;
    }

    /** The settings part's root (w:settings), or null. */
    public Element settings() {
        Document s = part(SETTINGS);
        return s == null ? null : s.getDocumentElement();
    }

    /** Every w:sectPr of the main document in order (the last is the body's own, which the final section takes). */
    public List<Element> sectionElements() {
        Document d = document();
        return d == null ? List.of() : Ooxml.descendants(d, "sectPr");
    }

    /** The sections' page set-ups, in order. */
    public List<Section> sections() {
        return sectionElements().stream().map(Section::of).toList();
    }
}
