package org.gongwen.ooxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;

/**
 * The style cascade of a WordprocessingML document, the one gongwen resolves formatting by (house
 * templates, drafts, documents to check): styles.xml's styles by id and by their display name (Word
 * localises ids: "heading 1" may be styleId "1" or "2"), w:docDefaults, w:basedOn chains (root
 * first; a cycle ends the chain), character styles on top of paragraph styles, and theme fonts
 * (w:eastAsiaTheme="minorEastAsia") from the theme's font scheme.
 *
 * <p>Each style is resolved once and then copied, so a long chain costs once per document however
 * many paragraphs use it. Not thread-safe: one reader at a time.
 */
public final class Styles {

    /**
     * One w:style.
     *
     * @param name      its display name (w:name), or its id when it has none
     * @param isDefault w:default: the default style of its type
     * @param link      w:link: the paragraph or character style paired with it, or null
     */
    public record Style(String id, String name, String type, String basedOn, String link, boolean isDefault,
                        Element pPr, Element rPr) {}

    private final Map<String, Style> byId = new LinkedHashMap<>();
    private final Map<String, String> idByName = new HashMap<>();
    private final Element defaultPPr, defaultRPr;
    private final String defaultParagraphStyle;
    private final Map<String, String> themeFonts;
    private final Map<String, ParaProps> paragraphs = new HashMap<>();
    private final Map<String, RunProps> runs = new HashMap<>(), characters = new HashMap<>();

    /** @param styles the styles part, or null; @param theme the theme part, or null */
    public Styles(Document styles, Document theme) {
        themeFonts = themeFonts(theme);
        Element root = styles == null ? null : styles.getDocumentElement();
        Element defaults = child(root, "docDefaults");
        defaultPPr = child(child(defaults, "pPrDefault"), "pPr");
        defaultRPr = child(child(defaults, "rPrDefault"), "rPr");
        String defaultPara = null;
        for (Element s : Ooxml.children(root, "style")) {
            String id = attr(s, "styleId");
            if (id == null) continue;
            String name = Ooxml.val(s, "name");
            boolean isDefault = Boolean.TRUE.equals(Ooxml.onOff(attr(s, "default")));
            Style style = new Style(id, name == null ? id : name, attr(s, "type"), Ooxml.val(s, "basedOn"),
                    Ooxml.val(s, "link"), isDefault, child(s, "pPr"), child(s, "rPr"));
            byId.put(id, style);
            if (name != null) idByName.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
            // the last default wins (ECMA-376 17.7.4.17)
            if (isDefault && "paragraph".equals(style.type())) defaultPara = id;
        }
        // a styles part that marks none: "Normal", as Word and LibreOffice take it
        defaultParagraphStyle = defaultPara != null ? defaultPara : byId.containsKey("Normal") ? "Normal" : null;
    }

    /** The style with this id, or null. */
    public Style style(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Every style, in the order of the styles part. */
    public Collection<Style> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /**
     * The id of the style a contract names: {@code id} when the document has it, else the first
     * style whose display name is {@code name} in any case (Word keeps names and localises ids); null.
     */
    public String find(String id, String name) {
        if (byId.containsKey(id)) return id;
        return name == null ? null : idByName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The display name of a style, or the id itself when the document has no such style. */
    public String nameOf(String id) {
        Style s = style(id);
        return s == null ? id : s.name();
    }

    /** The default paragraph style's id, or null when the document has none. */
    public String defaultParagraphStyleId() {
        return defaultParagraphStyle;
    }

    /** The paragraph style a paragraph takes: its w:pStyle when the document has it, else the default paragraph style. */
    public String paragraphStyleId(String pStyle) {
        return pStyle != null && byId.containsKey(pStyle) ? pStyle : defaultParagraphStyle;
    }

    /** A paragraph style's properties over the document defaults (null: the defaults alone); a copy to lay direct formatting on. */
    public ParaProps paragraph(String styleId) {
        return paragraphOf(styleId).copy();
    }

    /** Run properties of a paragraph style (null: none) and a character style on top of it (null: none); a copy. */
    public RunProps run(String paragraphStyleId, String characterStyleId) {
        RunProps r = runOf(paragraphStyleId).copy();
        return characterStyleId == null || style(characterStyleId) == null ? r : r.overlay(characterOf(characterStyleId));
    }

    /** The face a theme font slot ("minorEastAsia", "majorAscii" …) stands for, or null. */
    public String themeFont(String slot) {
        return themeFonts.get(slot);
    }

    // ---- resolution, each style once ----

    private ParaProps paragraphOf(String id) {
        return resolved(id, paragraphs, () -> new ParaProps().apply(defaultPPr), (p, s) -> p.copy().apply(s.pPr()));
    }

    private RunProps runOf(String id) {
        return resolved(id, runs, () -> new RunProps(themeFonts).apply(defaultRPr), (r, s) -> r.copy().apply(s.rPr()));
    }

    /** What a character style's chain sets, without the defaults (they come with the paragraph). */
    private RunProps characterOf(String id) {
        return resolved(id, characters, () -> new RunProps(themeFonts), (r, s) -> r.copy().apply(s.rPr()));
    }

    /**
     * A style's properties: {@code base} with each style of its chain laid on, root first; each
     * style's result is kept in {@code cache}, and a chain stops being laid where a kept one starts.
     */
    private <P> P resolved(String id, Map<String, P> cache, Supplier<P> base, BiFunction<P, Style, P> lay) {
        P known = id == null ? null : cache.get(id);
        if (known != null) return known;
        P p = base.get();
        for (Style s : chain(id)) {
            known = cache.get(s.id());
            p = known != null ? known : lay.apply(p, s);
            cache.put(s.id(), p);
        }
        return p;
    }

    /** The basedOn chain of a style, root first; a cycle or a missing parent ends it. */
    private List<Style> chain(String id) {
        List<Style> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Style s = style(id); s != null && seen.add(s.id()); s = style(s.basedOn())) out.add(s);
        Collections.reverse(out);
        return out;
    }

    // ---- theme ----

    /** The font scheme's major and minor faces by the slot names rFonts uses: "minorEastAsia", "majorAscii" … */
    private static Map<String, String> themeFonts(Document theme) {
        Map<String, String> fonts = new HashMap<>();
        if (theme == null) return fonts;
        for (String kind : List.of("major", "minor")) {
            var list = theme.getElementsByTagNameNS(Ooxml.A, kind + "Font");
            if (list.getLength() == 0) continue;
            Element group = (Element) list.item(0);
            String latin = typeface(group, "latin", null), ea = typeface(group, "ea", null);
            // an empty East Asian face: the scheme's face for simplified Chinese
            if (ea == null || ea.isEmpty()) ea = typeface(group, "font", "Hans");
            for (String slot : List.of("Ascii", "HAnsi", "Bidi")) put(fonts, kind + slot, latin);
            put(fonts, kind + "EastAsia", ea);
        }
        return fonts;
    }

    private static void put(Map<String, String> fonts, String slot, String face) {
        if (face != null && !face.isEmpty()) fonts.put(slot, face);
    }

    /** The typeface of the first a:{@code local} child (with that a:script when given), or null. */
    private static String typeface(Element group, String local, String script) {
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && Ooxml.A.equals(e.getNamespaceURI())
                    && (script == null || script.equals(e.getAttribute("script")))) {
                return e.getAttribute("typeface");
            }
        }
        return null;
    }
}
