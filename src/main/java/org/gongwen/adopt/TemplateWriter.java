package org.gongwen.adopt;

import org.gongwen.adopt.BureauDocument.Block;
import org.gongwen.adopt.BureauDocument.Para;
import org.gongwen.adopt.HouseLearner.House;
import org.gongwen.adopt.RoleFinder.Found;
import org.gongwen.check.Faces;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.DocxPackage.Relationship;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.ActiveContent;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.Gbt9704Numbers;
import org.gongwen.style.HouseStyleReader;
import org.gongwen.style.TemplateParts;
import org.gongwen.style.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.gongwen.ooxml.Ooxml.W;

/**
 * Writes the adopted template into the bureau's own package: its styles, theme, fonts, settings,
 * headers (a logo stays) and page-number footers stay; every role gets its contract style
 * (templates/README.md) holding the learned numbers; the letterhead stays as it is with the 发文字号
 * made {{docNumber}}; the content gives way to the placeholder paragraphs; a red-header house gets its
 * 版记. Only the parts those need are carried over: macros, embedded objects, comments, links out of
 * the package and custom XML are left behind (each named in {@code removed}).
 */
final class TemplateWriter {

    /** Relationship types (their last segment) the template keeps from the main document. */
    private static final Set<String> KEPT_FROM_DOCUMENT = Set.of("styles", "stylesWithEffects", "settings", "webSettings",
            "fontTable", "theme", "numbering");
    /** What a kept header, footer, theme or font table may bring along. */
    private static final Set<String> KEPT_FROM_PARTS = Set.of("image", "font");
    private static final String REL = Ooxml.R + "/";

    private final BureauDocument doc;
    private final Found found;
    private final House house;
    private final DocxPackage pkg;
    private final String main;
    private final List<String> removed;
    private final Map<String, byte[]> out = new LinkedHashMap<>();
    private final Set<String> keptParts = new LinkedHashSet<>();
    /** The main document's relationships the template keeps, by id. */
    private final Map<String, Relationship> keptRels = new LinkedHashMap<>();
    private final Map<String, Relationship> docRels = new LinkedHashMap<>();

    TemplateWriter(BureauDocument doc, Found found, House house, List<String> removed) {
        this.doc = doc;
        this.found = found;
        this.house = house;
        this.pkg = doc.word.docx();
        this.main = doc.word.documentPart();
        this.removed = removed;
        for (Relationship r : pkg.relationships()) if (main.equals(r.source())) docRels.put(r.id(), r);
    }

    byte[] write(String description) {
        for (Relationship r : docRels.values()) {
            if (!r.external() && KEPT_FROM_DOCUMENT.contains(r.typeName()) && pkg.has(r.targetPart())) keep(r);
        }
        Document document = Ooxml.parse(pkg.part(main));
        Element body = Ooxml.child(document.getDocumentElement(), "body");
        unwrapContentControls(body);
        Element sectPr = houseSection(document, body);
        rebuildBody(document, body, sectPr);
        pageNumberFooters(sectPr);
        keepReferenced(sectPr);
        put(main, Ooxml.serialize(document));
        styles();
        settings();
        put("docProps/core.xml", core(description));
        put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>gongwen</Application></Properties>");
        for (String part : keptParts) if (!out.containsKey(part)) out.put(part, pkg.part(part));
        writeRelationships();
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put("[Content_Types].xml", contentTypes());
        ordered.put("_rels/.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + Ooxml.PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"" + main + "\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + Ooxml.PACKAGE_RELATIONSHIPS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"));
        ordered.putAll(out);
        return DocxPackage.zip(ordered);
    }

    // ---- the body ----

    /**
     * The body's own w:sectPr holding the house's section: the one BureauDocument read (the first: a
     * landscape 附表 at the end is not the house's page).
     */
    private Element houseSection(Document document, Element body) {
        List<Element> all = Ooxml.descendants(document, "sectPr");
        Element house = all.get(doc.sectionIndex);
        Element last = null;
        for (Element e : Ooxml.children(body, "sectPr")) last = e;
        if (house == last) return last;
        Element copy = (Element) house.cloneNode(true);
        if (last != null) body.replaceChild(copy, last);
        else body.appendChild(copy);
        return copy;
    }

    /**
     * Body-level content controls and custom XML give their blocks to the body, as BureauDocument reads
     * them, so that the blocks here are the blocks found there, one for one.
     */
    private void unwrapContentControls(Element body) {
        for (Element e : Ooxml.children(body)) {
            Element content = Ooxml.isW(e, "sdt") ? Ooxml.child(e, "sdtContent") : Ooxml.isW(e, "customXml") ? e : null;
            if (content == null) {
                if (Ooxml.isW(e, "sdt")) body.removeChild(e);
                continue;
            }
            unwrapContentControls(content);
            for (Element c : Ooxml.children(content)) {
                if (Ooxml.isW(c, "customXmlPr")) continue;
                body.insertBefore(c, e);
            }
            body.removeChild(e);
        }
    }

    /**
     * The letterhead blocks stay (their nodes in document order); everything else goes, and the
     * placeholder paragraphs follow the letterhead.
     */
    private void rebuildBody(Document document, Element body, Element sectPr) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : Ooxml.children(body)) {
            if (Ooxml.isW(e, "p") || Ooxml.isW(e, "tbl")) blocks.add(e);
            else if (e != sectPr) body.removeChild(e);
        }
        // BureauDocument read the same part: its blocks are these, in order
        if (blocks.size() != doc.blocks.size()) {
            throw new IllegalStateException("blocks " + blocks.size() + " against " + doc.blocks.size() + " read");
        }
        int head = found.redHeader() ? found.headEnd() : 0;
        for (int k = head; k < blocks.size(); k++) body.removeChild(blocks.get(k));
        if (found.redHeader()) letterhead(blocks.subList(0, head));
        List<String[]> paras = new ArrayList<>();
        if (found.redHeader() && found.docNumber() == null) paras.add(new String[]{"GwDocNumber", "{{docNumber}}"});
        paras.add(new String[]{"GwTitle", "{{title}}"});
        paras.add(new String[]{"GwRecipients", "{{recipients}}："});
        paras.add(new String[]{null, "{{body}}"});
        paras.add(new String[]{null, "{{signature}}"});
        paras.add(new String[]{null, "{{appendices}}"});
        for (String[] p : paras) body.insertBefore(fragment(document, TemplateParts.paragraph(p[0], p[1])), sectPr);
        if (found.redHeader()) {
            body.insertBefore(imprint(document), sectPr);
            // a floating table is anchored to the paragraph after it: this one keeps it on the last page
            body.insertBefore(document.createElementNS(W, "w:p"), sectPr);
        }
        // sections end with the body's own sectPr: one section, the last one's set-up
        for (Element p : Ooxml.descendants(body, "pPr")) {
            Element inner = Ooxml.child(p, "sectPr");
            if (inner != null) p.removeChild(inner);
        }
    }

    /**
     * The letterhead as it is, but: the mark's paragraphs take the mark's style (blank lines before a
     * paragraph mark become its space before); the 发文字号 takes its style, its text becomes
     * {{docNumber}}, and the rule — drawn or a border of its own — becomes its style's bottom border.
     */
    private void letterhead(List<Element> head) {
        Block mark = found.mark();
        int markIndex = doc.blocks.indexOf(mark);
        Element markElement = head.get(markIndex);
        // the blank lines above the mark become its space before (templates/README.md: the mark's box
        // starts at its first paragraph's space before)
        for (int k = 0; k < markIndex; k++) head.get(k).getParentNode().removeChild(head.get(k));
        if (mark.isTable()) {
            // a joint mark's table: each first-row cell opens with the space before, so that Word centres
            // "文件" on the names as it did under the blank lines
            List<Element> rows = Ooxml.children(markElement, "tr");
            for (Element tr : rows) {
                for (Element tc : Ooxml.children(tr, "tc")) {
                    boolean first = true;
                    for (Element p : Ooxml.children(tc, "p")) {
                        if (!Ooxml.text(p).isBlank()) setStyle(p, "GwIssuerMark");
                        setSpacing(p, first && tr == rows.get(0) ? house.markBeforePt() : 0, null);
                        first = false;
                    }
                }
            }
        } else {
            for (int k = markIndex; k < head.size(); k++) {
                Block b = doc.blocks.get(k);
                if (b.isTable() || b.para() == found.docNumber()) break;
                List<Para> marks = found.examples().get(Role.ISSUER_MARK);
                if (!b.para().isEmpty() && marks.contains(b.para())) {
                    setStyle(head.get(k), "GwIssuerMark");
                    // the last mark line keeps its space after: the 发文字号's style counts it for the PDF too
                    boolean last = b.para() == marks.get(marks.size() - 1);
                    setSpacing(head.get(k), k == markIndex ? house.markBeforePt() : 0, last ? b.para().afterPt() : 0.0);
                }
            }
        }
        Para dn = found.docNumber();
        if (dn == null) return;
        Element p = head.get(head.size() - 1);
        setStyle(p, "GwDocNumber");
        setSpacing(p, dn.beforePt(), dn.afterPt());
        Element pPr = Ooxml.child(p, "pPr");
        Element pBdr = Ooxml.child(pPr, "pBdr");
        if (pBdr != null) pPr.removeChild(pBdr);
        // its content (runs, content controls, fields, a drawn rule — the style's border now) gives way to
        // one run of {{docNumber}} in the look of its first text run
        Element textRun = null;
        for (Element r : Ooxml.descendants(p, "r")) {
            if (!Ooxml.descendants(r, "t").isEmpty() && !Ooxml.text(r).isBlank()) {
                textRun = r;
                break;
            }
        }
        Element rPr = textRun == null ? null : Ooxml.child(textRun, "rPr");
        for (Element c : Ooxml.children(p)) if (!Ooxml.isW(c, "pPr")) p.removeChild(c);
        Element fresh = p.getOwnerDocument().createElementNS(W, "w:r");
        if (rPr != null) fresh.appendChild(rPr.cloneNode(true));
        Element t = p.getOwnerDocument().createElementNS(W, "w:t");
        t.setTextContent("{{docNumber}}");
        fresh.appendChild(t);
        p.appendChild(fresh);
    }

    private static void setStyle(Element p, String styleId) {
        Element pPr = pPr(p);
        Element pStyle = Ooxml.child(pPr, "pStyle");
        if (pStyle == null) {
            pStyle = p.getOwnerDocument().createElementNS(W, "w:pStyle");
            pPr.insertBefore(pStyle, pPr.getFirstChild());
        }
        pStyle.setAttributeNS(W, "w:val", styleId);
    }

    /** Direct spacing before (and after, when given) in twips, overriding the style's, lines-based values dropped. */
    private static void setSpacing(Element p, double beforePt, Double afterPt) {
        Element pPr = pPr(p);
        Element spacing = Ooxml.child(pPr, "spacing");
        if (spacing == null) {
            spacing = p.getOwnerDocument().createElementNS(W, "w:spacing");
            insertInOrder(pPr, spacing);
        }
        spacing.removeAttributeNS(W, "beforeLines");
        spacing.removeAttributeNS(W, "beforeAutospacing");
        spacing.setAttributeNS(W, "w:before", twips(beforePt));
        if (afterPt != null) {
            spacing.removeAttributeNS(W, "afterLines");
            spacing.removeAttributeNS(W, "afterAutospacing");
            spacing.setAttributeNS(W, "w:after", twips(afterPt));
        }
    }

    private static Element pPr(Element p) {
        Element pPr = Ooxml.child(p, "pPr");
        if (pPr == null) {
            pPr = p.getOwnerDocument().createElementNS(W, "w:pPr");
            p.insertBefore(pPr, p.getFirstChild());
        }
        return pPr;
    }

    /** CT_PPr's order, so that Word opens the file. */
    private static final List<String> PPR_ORDER = List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore",
            "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
            "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
            "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange");

    private static void insertInOrder(Element pPr, Element e) {
        int rank = PPR_ORDER.indexOf(e.getLocalName());
        for (Element c : Ooxml.children(pPr)) {
            if (PPR_ORDER.indexOf(c.getLocalName()) > rank) {
                pPr.insertBefore(e, c);
                return;
            }
        }
        pPr.appendChild(e);
    }

    /** Template XML (TemplateParts, w: prefixed) as an element of the document. */
    private static Element fragment(Document d, String xml) {
        Element wrapper = Ooxml.parse(bytes("<w:x xmlns:w=\"" + W + "\">" + xml + "</w:x>")).getDocumentElement();
        return (Element) d.importNode(Ooxml.children(wrapper).get(0), true);
    }

    /** The 版记 as gongwen's templates have it (TemplateParts.imprint), ruled as the document's 版记 is. */
    private Element imprint(Document d) {
        int outer = house.imprintRules() != null ? house.imprintRules()[0] : (int) Math.round(Gbt9704Numbers.pt(Gbt9704Numbers.THICK_RULE_MM) * 8);
        int inner = house.imprintRules() != null ? house.imprintRules()[1] : (int) Math.round(Gbt9704Numbers.pt(Gbt9704Numbers.THIN_RULE_MM) * 8);
        return fragment(d, TemplateParts.imprint(twipsInt(doc.section.typeAreaWidthPt()), twipsInt(doc.section.leftPt()), outer, inner));
    }

    // ---- headers and footers ----

    /** Without a page number of the document's own, GB/T 9704's footers: "— N —", odd pages right, even pages left (§7.5). */
    private void pageNumberFooters(Element sectPr) {
        if (house.pageNumbers() != null) return;
        for (Element ref : Ooxml.children(sectPr, "footerReference")) sectPr.removeChild(ref);
        String folder = main.substring(0, main.lastIndexOf('/') + 1);
        String[] names = {"gongwen-footer-odd.xml", "gongwen-footer-even.xml"};
        String[] ids = {"rIdGwFooterOdd", "rIdGwFooterEven"};
        String[] types = {"default", "even"};
        int side = twipsInt(Gbt9704Numbers.SMALL_PT);
        String[] overrides = {"", "<w:ind w:left=\"" + side + "\" w:right=\"0\"/><w:jc w:val=\"left\"/>"};
        for (int i = 1; i >= 0; i--) {
            put(folder + names[i], TemplateParts.pageNumberFooter(overrides[i]));
            keptRels.put(ids[i], new Relationship(main, REL + "footer", names[i], false, ids[i]));
            Element ref = sectPr.getOwnerDocument().createElementNS(W, "w:footerReference");
            ref.setAttributeNS(W, "w:type", types[i]);
            ref.setAttributeNS(Ooxml.R, "r:id", ids[i]);
            sectPr.insertBefore(ref, sectPr.getFirstChild());
        }
        evenAndOddFooters = true;
    }

    private boolean evenAndOddFooters;

    /**
     * The headers and footers the last section names, with the pictures they show, and the pictures
     * of the letterhead. A header or footer that links out of the package or holds active content is
     * left out, and said so.
     */
    private void keepReferenced(Element sectPr) {
        for (String kind : List.of("headerReference", "footerReference")) {
            for (Element ref : Ooxml.children(sectPr, kind)) {
                String id = ref.getAttributeNS(Ooxml.R, "id");
                if (keptRels.containsKey(id)) continue;
                Relationship r = docRels.get(id);
                if (r == null || r.external() || !pkg.has(r.targetPart())) {
                    sectPr.removeChild(ref);
                    continue;
                }
                List<Relationship> own = relationshipsOf(r.targetPart());
                // a link out (a URL in the letterhead) is cut from it; embedded objects take the part with them
                boolean hostile = own.stream().anyMatch(x -> !x.external() && !KEPT_FROM_PARTS.contains(x.typeName()));
                if (hostile) {
                    removed.add((kind.startsWith("header") ? "页眉 " : "页脚 ") + r.targetPart() + "：含有外部链接或嵌入对象，未带入模板");
                    sectPr.removeChild(ref);
                    continue;
                }
                keep(r);
            }
        }
        // pictures in the letterhead
        Element body = sectPr.getParentNode() instanceof Element e ? e : null;
        if (body == null) return;
        for (Element any : allElements(body)) {
            for (String attr : List.of("embed", "id", "link")) {
                String id = any.getAttributeNS(Ooxml.R, attr);
                if (id.isEmpty() || keptRels.containsKey(id)) continue;
                Relationship r = docRels.get(id);
                if (r != null && !r.external() && "image".equals(r.typeName())) keep(r);
                else if (!any.getLocalName().endsWith("Reference")) any.removeAttributeNS(Ooxml.R, attr);
            }
        }
    }

    private void keep(Relationship r) {
        keptRels.put(r.id(), r);
        keepPart(r.targetPart());
    }

    /** A part and the pictures and fonts it relates to; in a header or footer, references to links out are cut. */
    private void keepPart(String part) {
        if (!keptParts.add(part)) return;
        Set<String> outward = new HashSet<>();
        for (Relationship r : relationshipsOf(part)) if (r.external()) outward.add(r.id());
        if (!outward.isEmpty() && part.endsWith(".xml")) {
            Document d = Ooxml.parse(pkg.part(part));
            for (Element e : allElements(d.getDocumentElement())) {
                for (String attr : List.of("id", "embed", "link")) {
                    if (outward.contains(e.getAttributeNS(Ooxml.R, attr))) e.removeAttributeNS(Ooxml.R, attr);
                }
            }
            out.put(part, Ooxml.serialize(d));
        }
        for (Relationship r : relationshipsOf(part)) {
            if (!r.external() && KEPT_FROM_PARTS.contains(r.typeName()) && pkg.has(r.targetPart())) keepPart(r.targetPart());
        }
        String rels = relsOf(part);
        if (pkg.has(rels)) {
            keptParts.add(rels);
            out.put(rels, cleanRels(rels));
        }
    }

    private List<Relationship> relationshipsOf(String part) {
        return pkg.relationships().stream().filter(r -> part.equals(r.source())).toList();
    }

    /** A kept part's relationships without links out of the package (a hyperlink in a header, say). */
    private byte[] cleanRels(String rels) {
        Document d = Ooxml.parse(pkg.part(rels));
        for (Element r : children(d.getDocumentElement())) {
            if ("External".equals(r.getAttribute("TargetMode"))) d.getDocumentElement().removeChild(r);
        }
        return Ooxml.serialize(d);
    }

    /** Every element under {@code root}, whatever its namespace (a picture's r:embed is on DrawingML's a:blip). */
    private static List<Element> allElements(Element root) {
        List<Element> l = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) l.add((Element) nodes.item(i));
        return l;
    }

    private static List<Element> children(Element e) {
        List<Element> l = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) l.add(c);
        return l;
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private void writeRelationships() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + Ooxml.PACKAGE_RELATIONSHIPS + "\">");
        String base = main.substring(0, main.lastIndexOf('/') + 1);
        for (Relationship r : keptRels.values()) {
            String target = r.targetPart().startsWith(base) ? r.targetPart().substring(base.length()) : "/" + r.targetPart();
            s.append("<Relationship Id=\"").append(Ooxml.escape(r.id())).append("\" Type=\"").append(Ooxml.escape(r.type()))
                    .append("\" Target=\"").append(Ooxml.escape(target)).append("\"/>");
        }
        put(relsOf(main), s.append("</Relationships>").toString());
    }

    // ---- styles and settings ----

    /**
     * Every role's contract style with the learned numbers, replacing a style of the document that
     * already answers for the role (by id or name: Word's localised "heading 1" as id 1 is rewritten, not
     * doubled). Role styles stand on their own (no w:basedOn), so nothing of the bureau's Normal
     * shifts them.
     */
    private void styles() {
        String part = doc.word.partName(WordPackage.STYLES);
        Document d = part != null ? Ooxml.parse(pkg.part(part)) : Ooxml.parse(bytes("<w:styles xmlns:w=\"" + W + "\"/>"));
        if (part == null) {
            part = "word/styles.xml";
            keptRels.put("rIdGwStyles", new Relationship(main, REL + "styles", "word/styles.xml", false, "rIdGwStyles"));
        }
        Element root = d.getDocumentElement();
        Styles styles = doc.styles;
        for (Role role : Role.values()) {
            String[] contract = HouseStyleReader.CONTRACT.get(role);
            String existing = HouseStyleReader.styleIdOf(role, styles);
            String id = existing != null ? existing : contract[0];
            Element old = styleElement(root, id);
            String link = null;
            if (role.name().startsWith("HEADING")) {
                link = linkedCharacterStyle(root, styles, id, role);
            }
            Element fresh = styleXml(d, id, old != null ? nameOf(old, contract[1]) : contract[1], house.specs().get(role), link,
                    role == Role.PRINTED_BY);
            if (old != null) root.replaceChild(fresh, old);
            else root.appendChild(fresh);
        }
        put(part, Ooxml.serialize(d));
        keptParts.add(part);
    }

    private static String nameOf(Element style, String fallback) {
        String n = Ooxml.val(style, "name");
        return n == null ? fallback : n;
    }

    private static Element styleElement(Element root, String id) {
        for (Element s : Ooxml.children(root, "style")) if (id.equals(Ooxml.attr(s, "styleId"))) return s;
        return null;
    }

    /** The run-in lead's character style linked to a heading (HouseTemplate.leadStyleId), with the heading's faces. */
    private String linkedCharacterStyle(Element root, Styles styles, String headingId, Role role) {
        Styles.Style heading = styles.style(headingId);
        String linkId = heading != null && heading.link() != null && styles.style(heading.link()) != null
                && "character".equals(styles.style(heading.link()).type()) ? heading.link() : headingId + "Char";
        Spec s = house.specs().get(role);
        Element old = styleElement(root, linkId);
        Element c = root.getOwnerDocument().createElementNS(W, "w:style");
        c.setAttributeNS(W, "w:type", "character");
        c.setAttributeNS(W, "w:customStyle", "1");
        c.setAttributeNS(W, "w:styleId", linkId);
        append(c, "name", "val", old != null ? nameOf(old, linkId) : linkId.replace("Char", " Char"));
        append(c, "link", "val", headingId);
        Element rPr = root.getOwnerDocument().createElementNS(W, "w:rPr");
        fonts(rPr, s);
        if (s.bold()) rPr.appendChild(root.getOwnerDocument().createElementNS(W, "w:b"));
        c.appendChild(rPr);
        if (old != null) root.replaceChild(c, old);
        else root.appendChild(c);
        return linkId;
    }

    private static void append(Element parent, String name, String attr, String value) {
        Element e = parent.getOwnerDocument().createElementNS(W, "w:" + name);
        if (attr != null) e.setAttributeNS(W, "w:" + attr, value);
        parent.appendChild(e);
    }

    /** @param rightTab a right tab at the right indent: the 印发 line's date goes there */
    private Element styleXml(Document d, String id, String name, Spec s, String link, boolean rightTab) {
        Element st = d.createElementNS(W, "w:style");
        st.setAttributeNS(W, "w:type", "paragraph");
        st.setAttributeNS(W, "w:customStyle", "1");
        st.setAttributeNS(W, "w:styleId", id);
        append(st, "name", "val", name);
        if (link != null) append(st, "link", "val", link);
        append(st, "qFormat", null, null);
        Element pPr = d.createElementNS(W, "w:pPr");
        if (s.keepNext()) append(pPr, "keepNext", null, null);
        if (s.pageBreakBefore()) append(pPr, "pageBreakBefore", null, null);
        if (s.border() != null) {
            Element pBdr = d.createElementNS(W, "w:pBdr");
            Element b = d.createElementNS(W, "w:bottom");
            b.setAttributeNS(W, "w:val", "single");
            b.setAttributeNS(W, "w:sz", Long.toString(Math.round(s.border().widthPt() * 8)));
            b.setAttributeNS(W, "w:space", Long.toString(Math.round(s.border().spacePt())));
            b.setAttributeNS(W, "w:color", s.border().color() == null ? "auto" : s.border().color());
            pBdr.appendChild(b);
            pPr.appendChild(pBdr);
        }
        if (rightTab) {
            Element tabs = d.createElementNS(W, "w:tabs"), tab = d.createElementNS(W, "w:tab");
            tab.setAttributeNS(W, "w:val", "right");
            tab.setAttributeNS(W, "w:pos", twips(doc.section.typeAreaWidthPt() - s.rightPt()));
            tabs.appendChild(tab);
            pPr.appendChild(tabs);
        }
        boolean condensed = condensesToGrid(s);
        if (condensed) append(pPr, "snapToGrid", "val", "0");
        Element spacing = d.createElementNS(W, "w:spacing");
        spacing.setAttributeNS(W, "w:before", twips(s.beforePt()));
        spacing.setAttributeNS(W, "w:beforeLines", "0");
        spacing.setAttributeNS(W, "w:after", twips(s.afterPt()));
        spacing.setAttributeNS(W, "w:afterLines", "0");
        boolean points = s.lineRule() == LineRule.EXACT || s.lineRule() == LineRule.AT_LEAST;
        spacing.setAttributeNS(W, "w:line", points ? twips(s.lineSpacing()) : Long.toString(Math.round(s.lineSpacing() * 240)));
        spacing.setAttributeNS(W, "w:lineRule", switch (s.lineRule()) {
            case EXACT -> "exact";
            case AT_LEAST -> "atLeast";
            default -> "auto";
        });
        pPr.appendChild(spacing);
        Element ind = d.createElementNS(W, "w:ind");
        ind.setAttributeNS(W, "w:left", twips(s.leftPt()));
        ind.setAttributeNS(W, "w:right", twips(s.rightPt()));
        if (s.firstLinePt() < 0) ind.setAttributeNS(W, "w:hanging", twips(-s.firstLinePt()));
        else ind.setAttributeNS(W, "w:firstLine", twips(s.firstLinePt()));
        pPr.appendChild(ind);
        append(pPr, "jc", "val", s.jc());
        if (s.outlineLevel() != null) append(pPr, "outlineLvl", "val", Integer.toString(s.outlineLevel()));
        st.appendChild(pPr);
        Element rPr = d.createElementNS(W, "w:rPr");
        fonts(rPr, s);
        append(rPr, "b", "val", s.bold() ? "1" : "0");
        append(rPr, "bCs", "val", s.bold() ? "1" : "0");
        append(rPr, "color", "val", s.color() == null ? "000000" : s.color());
        if (condensed && Math.abs(s.sizePt() - house.specs().get(Role.BODY).sizePt()) < 0.01) {
            append(rPr, "spacing", "val", Long.toString(condensation()));
        }
        append(rPr, "sz", "val", Long.toString(Math.round(s.sizePt() * 2)));
        append(rPr, "szCs", "val", Long.toString(Math.round(s.sizePt() * 2)));
        st.appendChild(rPr);
        return st;
    }

    /**
     * A house with a character grid and exact lines gets its N characters a line in Word, WPS and
     * LibreOffice alike the way gongwen's own templates do (templates/README.md, "28 characters per
     * line in every program"): no snapping to the character grid (LibreOffice puts a glyph wider than
     * the pitch into two cells) and body-size text condensed so that N fit and N + 1 do not.
     */
    private boolean condensesToGrid(Spec s) {
        return doc.section.hasCharGrid() && doc.charPitchPt > 0 && (s.lineRule() == LineRule.EXACT || s.lineRule() == LineRule.AT_LEAST);
    }

    /** Twentieths of a point that body text is condensed by: N glyphs at the measure's share of N + ½. */
    private long condensation() {
        double width = doc.section.typeAreaWidthPt();
        int chars = (int) Math.floor(width / doc.charPitchPt + 1e-6);
        return Math.min(0, Math.round((width / (chars + 0.5) - house.specs().get(Role.BODY).sizePt()) * 20));
    }

    private static void fonts(Element rPr, Spec s) {
        Element f = rPr.getOwnerDocument().createElementNS(W, "w:rFonts");
        String latin = s.latin() == null ? Gbt9704Numbers.LATIN_FACE : s.latin();
        // a Chinese face of another family in the Latin slots (宋体 for digits under 黑体) is a clerk's
        // Word default, not a choice: the role's own face sets its digits too, and the contract holds
        if (Faces.of(latin) != Faces.OTHER && Faces.of(latin) != Faces.of(s.eastAsia()) && s.eastAsia() != null) latin = s.eastAsia();
        f.setAttributeNS(W, "w:ascii", latin);
        f.setAttributeNS(W, "w:hAnsi", latin);
        if (s.eastAsia() != null) f.setAttributeNS(W, "w:eastAsia", s.eastAsia());
        f.setAttributeNS(W, "w:cs", latin);
        rPr.appendChild(f);
    }

    /**
     * The document's settings, less what a template must not carry (an attached template on a server,
     * a mail merge's data source, document variables, protection) and the notes' separators whose
     * part is left behind.
     */
    private void settings() {
        String part = doc.word.partName(WordPackage.SETTINGS);
        if (part == null) return;
        Document d = Ooxml.parse(pkg.part(part));
        Element root = d.getDocumentElement();
        for (String name : List.of("attachedTemplate", "mailMerge", "docVars", "documentProtection", "writeProtection",
                "footnotePr", "endnotePr", "linkStyles", "removePersonalInformation", "saveThroughXslt", "attachedSchema")) {
            for (Element e : Ooxml.children(root, name)) root.removeChild(e);
        }
        if (evenAndOddFooters && Ooxml.child(root, "evenAndOddHeaders") == null) {
            Element e = d.createElementNS(W, "w:evenAndOddHeaders");
            Element before = null;
            for (Element c : Ooxml.children(root)) {
                if (SETTINGS_AFTER_EVEN_ODD.contains(c.getLocalName())) {
                    before = c;
                    break;
                }
            }
            root.insertBefore(e, before);
        }
        put(part, Ooxml.serialize(d));
        String rels = relsOf(part);
        out.remove(rels);
        keptParts.remove(rels);
    }

    /** CT_Settings elements that come after w:evenAndOddHeaders. */
    private static final Set<String> SETTINGS_AFTER_EVEN_ODD = new HashSet<>(List.of("bookFoldRevPrinting", "bookFoldPrinting",
            "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
            "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
            "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
            "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
            "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
            "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
            "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
            "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
            "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"));

    private byte[] core(String description) {
        return bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"" + Ooxml.CORE_PROPERTIES + "\""
                + " xmlns:dc=\"" + Ooxml.DC + "\" xmlns:dcterms=\"" + Ooxml.DC_TERMS + "\""
                + " xmlns:xsi=\"" + Ooxml.XSI + "\"><dc:title>" + Ooxml.escape(description)
                + "</dc:title><dc:creator>gongwen</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>");
    }

    // ---- the package ----

    private byte[] contentTypes() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"" + Ooxml.CONTENT_TYPES + "\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        Set<String> extensions = new LinkedHashSet<>();
        for (String part : out.keySet()) {
            String ext = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (IMAGE_TYPES.containsKey(ext)) extensions.add(ext);
        }
        for (String ext : extensions) {
            s.append("<Default Extension=\"").append(ext).append("\" ContentType=\"").append(IMAGE_TYPES.get(ext)).append("\"/>");
        }
        for (String part : out.keySet()) {
            String type = part.startsWith("docProps/core") ? "application/vnd.openxmlformats-package.core-properties+xml"
                    : part.startsWith("docProps/app") ? "application/vnd.openxmlformats-officedocument.extended-properties+xml"
                    : part.contains("/gongwen-footer-") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
                    : part.equals("word/styles.xml") && pkg.contentType(part) == null
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" : pkg.contentType(part);
            String ext = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (type == null || part.endsWith(".rels") || IMAGE_TYPES.containsKey(ext) && type.equals(IMAGE_TYPES.get(ext))) continue;
            s.append("<Override PartName=\"/").append(Ooxml.escape(part)).append("\" ContentType=\"").append(Ooxml.escape(type)).append("\"/>");
        }
        return bytes(s.append("</Types>").toString());
    }

    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg", "jpg", "image/jpeg",
            "gif", "image/gif", "bmp", "image/bmp", "tif", "image/tiff", "tiff", "image/tiff", "emf", "image/x-emf",
            "wmf", "image/x-wmf", "svg", "image/svg+xml");

    private void put(String part, String xml) {
        out.put(part, bytes(xml));
    }

    private void put(String part, byte[] b) {
        out.put(part, b);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int twipsInt(double pt) {
        return (int) Math.round(pt * 20);
    }

    private static String twips(double pt) {
        return Long.toString(Math.round(pt * 20));
    }

    /** What the document carried that the template leaves behind, one line each. */
    static List<String> leftBehind(DocxPackage pkg) {
        List<String> l = new ArrayList<>();
        for (ActiveContent a : ActiveContent.in(pkg)) l.add(a.zh() + "：未带入模板");
        for (String part : pkg.parts().keySet()) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.contains("comments")) l.add("批注（" + part + "）：未带入模板");
            else if (p.startsWith("customxml/") && p.endsWith(".xml") && !p.contains("props")) l.add("自定义 XML（" + part + "）：未带入模板");
        }
        return l;
    }
}
