package org.gongwen.check;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gongwen.check.Xml.attr;
import static org.gongwen.check.Xml.w;
import static org.gongwen.check.Xml.ws;

/**
 * styles.xml (and the theme's fonts): resolves a paragraph or character style through its basedOn
 * chain on top of the document defaults, so the checker sees the formatting Word shows.
 */
final class StyleSheet {

    record Style(String id, String name, String type, String basedOn, Element pPr, Element rPr, boolean isDefault) {}

    private final Map<String, Style> byId = new HashMap<>();
    private final Element defaultPPr, defaultRPr;
    private final String defaultParagraphStyle;
    private final Theme theme;

    /** The theme's font scheme: minor/major Latin and East Asian faces. */
    record Theme(Map<String, String> fonts) {
        static final Theme NONE = new Theme(Map.of());

        static Theme read(Document doc) {
            if (doc == null) return NONE;
            Map<String, String> fonts = new HashMap<>();
            for (String kind : List.of("major", "minor")) {
                var list = doc.getElementsByTagNameNS(Xml.A, kind + "Font");
                if (list.getLength() == 0) continue;
                Element font = (Element) list.item(0);
                Element latin = Xml.child(font, Xml.A, "latin");
                Element ea = Xml.child(font, Xml.A, "ea");
                String hans = null;
                for (Element f : Xml.children(font)) {
                    if ("font".equals(f.getLocalName()) && "Hans".equals(f.getAttribute("script"))) hans = f.getAttribute("typeface");
                }
                String eaFace = ea == null ? "" : ea.getAttribute("typeface");
                if (eaFace.isEmpty()) eaFace = hans;
                if (latin != null) {
                    fonts.put(kind + "HAnsi", latin.getAttribute("typeface"));
                    fonts.put(kind + "Ascii", latin.getAttribute("typeface"));
                }
                if (eaFace != null) fonts.put(kind + "EastAsia", eaFace);
            }
            return new Theme(fonts);
        }
    }

    StyleSheet(Document styles, Document theme) {
        this.theme = Theme.read(theme);
        Element root = styles == null ? null : styles.getDocumentElement();
        Element defaults = w(root, "docDefaults");
        defaultPPr = w(w(defaults, "pPrDefault"), "pPr");
        defaultRPr = w(w(defaults, "rPrDefault"), "rPr");
        String defPara = null;
        for (Element s : ws(root, "style")) {
            String id = attr(s, "styleId");
            if (id == null) continue;
            Element name = w(s, "name"), based = w(s, "basedOn");
            boolean isDefault = "1".equals(attr(s, "default")) || "true".equals(attr(s, "default"));
            String display = attr(name, "val"); // w:name without w:val: the id, as for no w:name
            Style style = new Style(id, display == null ? id : display, attr(s, "type"),
                    based == null ? null : attr(based, "val"), w(s, "pPr"), w(s, "rPr"), isDefault);
            byId.put(id, style);
            if (isDefault && "paragraph".equals(style.type())) defPara = id;
        }
        defaultParagraphStyle = defPara;
    }

    Style style(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The paragraph style a paragraph takes: its w:pStyle, else the default paragraph style. */
    String paragraphStyleId(String pStyle) {
        return pStyle != null && byId.containsKey(pStyle) ? pStyle : defaultParagraphStyle;
    }

    java.util.Collection<Style> styles() {
        return byId.values();
    }

    /** Paragraph properties of a style (null: defaults only), resolved through basedOn. */
    Props.Para paragraph(String styleId) {
        Props.Para p = new Props.Para();
        p.apply(defaultPPr);
        for (Style s : chain(styleId)) p.apply(s.pPr());
        return p;
    }

    /** Run properties of the paragraph style plus an optional character style. */
    Props.Run run(String paragraphStyleId, String characterStyleId) {
        Props.Run r = new Props.Run();
        r.apply(defaultRPr);
        for (Style s : chain(paragraphStyleId)) r.apply(s.rPr());
        for (Style s : chain(characterStyleId)) r.apply(s.rPr());
        return r;
    }

    /** Root first; stops on a cycle. */
    private List<Style> chain(String id) {
        java.util.ArrayList<Style> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Style s = style(id); s != null && seen.add(s.id()); s = style(s.basedOn())) out.add(0, s);
        return out;
    }

    /** A face slot value ("仿宋_GB2312" or "theme:minorEastAsia") as a face name, or null. */
    String face(String slot) {
        if (slot == null) return null;
        if (!slot.startsWith("theme:")) return slot;
        String key = slot.substring("theme:".length());
        String v = theme.fonts().get(key);
        return v == null || v.isEmpty() ? null : v;
    }
}
