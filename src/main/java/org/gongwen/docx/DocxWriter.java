package org.gongwen.docx;

import org.gongwen.compose.AttachmentIndent;
import org.gongwen.compose.ChineseDate;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.compose.Signature;
import org.gongwen.compose.Widths;
import org.gongwen.compose.Wording;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.RenderCancelled;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a composed document as the official DOCX: a fresh copy of the house template with its
 * placeholders filled (templates/README.md). The wording and the places of signature and date come
 * decided from {@link Composer}; this class only turns them into WordprocessingML. The shared template
 * is never changed; the output is deterministic (same document and template, same bytes). Stateless
 * and thread-safe.
 */
public final class DocxWriter {

    /** CT_RPr children that follow w:w. */
    private static final java.util.Set<String> AFTER_SCALE = java.util.Set.of("kern", "position", "sz", "szCs",
            "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
            "eastAsianLayout", "specVanish", "oMath");

    private static final Pattern HEADER_FOOTER = Pattern.compile("word/(header|footer)\\d*\\.xml");

    /** Composes {@code doc} for the template's house style, then {@link #write(ComposedDocument, HouseTemplate)}. */
    public byte[] write(OfficialDocument doc, HouseTemplate template) {
        return write(Composer.compose(doc, template.style()), template);
    }

    /** Fills {@code template} with {@code doc} and returns the .docx bytes. */
    public byte[] write(ComposedDocument doc, HouseTemplate template) {
        LinkedHashMap<String, byte[]> parts = template.docx().mutableCopy();
        Map<String, String> values = values(doc);

        Document xml = Ooxml.parse(parts.get("word/document.xml"));
        Paragraphs out = new Paragraphs(xml, template);
        Media media = new Media(parts);
        Element body = Ooxml.child(xml.getDocumentElement(), "body");
        // Only the template's own paragraphs hold placeholders; inserted text is never scanned.
        for (Element p : Ooxml.descendants(body, "p")) {
            switch (Ooxml.text(p).strip()) {
                case "{{body}}" -> replace(p, bodyBlocks(doc, out, media, template.style()));
                case "{{signature}}" -> replace(p, signature(doc, out, template.style()));
                case "{{appendices}}" -> replace(p, appendices(doc, out, media));
                default -> {
                    boolean title = Placeholders.names(Ooxml.text(p)).contains("title");
                    org.w3c.dom.Node parent = p.getParentNode(), next = p.getNextSibling();
                    fillInline(p, values, template.style());
                    if (title && !doc.titleNote().isEmpty()) parent.insertBefore(titleNote(doc, out), next);
                }
            }
        }
        parts.put("word/document.xml", Ooxml.serialize(xml));
        media.addTo(parts);

        for (String name : List.copyOf(parts.keySet())) {
            if (!HEADER_FOOTER.matcher(name).matches()) continue;
            if (!new String(parts.get(name), StandardCharsets.UTF_8).contains("{{")) continue;
            Document part = Ooxml.parse(parts.get(name));
            for (Element p : Ooxml.descendants(part, "p")) fillInline(p, values, template.style());
            parts.put(name, Ooxml.serialize(part));
        }
        parts.put("docProps/core.xml", CoreProperties.of(doc.document()));
        CustomProperties.put(parts, template);
        return DocxPackage.zip(parts);
    }

    /** The title note right under the title: a body paragraph, centred, in the level-2 lead's face (ComposedDocument). */
    private static Element titleNote(ComposedDocument doc, Paragraphs out) {
        Element p = out.paragraph(Role.BODY);
        out.centred(p);
        out.run(p, doc.titleNote(), out.leadStyle(ComposedDocument.TITLE_NOTE_FACE_LEVEL));
        return p;
    }

    /**
     * The inline placeholders' values; empty strings for what the document lacks. The template holds
     * the labels and marks around them ("{{recipients}}：", "抄送：{{cc}}。", "{{printDate}}印发"), so the
     * values are the bare names (templates/README.md).
     */
    static Map<String, String> values(ComposedDocument doc) {
        Map<String, String> v = new HashMap<>();
        v.put("title", String.join("\n", doc.titleLines()));
        v.put("docNumber", doc.docNumber());
        v.put("issuer", doc.issuerMark());
        v.put("recipients", doc.recipients());
        v.put("date", doc.signature().date());
        ComposedDocument.Imprint imprint = doc.imprint();
        v.put("cc", imprint == null ? "" : imprint.cc());
        v.put("printer", imprint == null ? "" : imprint.printer());
        v.put("printDate", imprint == null ? "" : imprint.printDate());
        v.put("source", orEmpty(doc.document().source()));
        v.put("publishDate", ChineseDate.of(doc.document().publishDate()));
        v.replaceAll((k, s) -> Ooxml.xmlSafe(s));
        return v;
    }

    /**
     * Fills a template paragraph's placeholders. A paragraph whose placeholders all come out empty
     * goes (no 抄送 → no 抄送 line), except the head's: the 发文字号 paragraph carries the red rule and
     * the 发文机关标志's keeps its box empty (as the typesetter does), so nothing below moves.
     */
    private static void fillInline(Element p, Map<String, String> values, HouseStyle style) {
        List<String> names = Placeholders.names(Ooxml.text(p));
        if (names.isEmpty()) return;
        boolean allEmpty = names.stream().allMatch(n -> values.containsKey(n) && values.get(n).isEmpty());
        String pStyle = Ooxml.val(Ooxml.child(p, "pPr"), "pStyle");
        if (allEmpty && style.role(Role.ISSUER_MARK).styleId().equals(pStyle)) {
            for (Element t : Ooxml.descendants(p, "t")) t.setTextContent("");
            return;
        }
        if (allEmpty && !style.role(Role.DOC_NUMBER).styleId().equals(pStyle)) {
            remove(p);
            return;
        }
        Placeholders.replace(p, values);
        if (style.role(Role.ISSUER_MARK).styleId().equals(pStyle)) fitToLine(p, style.role(Role.ISSUER_MARK), style);
    }

    /**
     * Removes an emptied template paragraph. In a table (the 版记) its row goes, and with the last row
     * the table and the empty paragraph that anchored it, so no blank line or page is left behind.
     */
    private static void remove(Element p) {
        Element parent = (Element) p.getParentNode();
        if (!"tc".equals(parent.getLocalName()) || !Ooxml.text(parent).equals(Ooxml.text(p))) {
            parent.removeChild(p);
            return;
        }
        Element row = (Element) parent.getParentNode(), table = (Element) row.getParentNode();
        table.removeChild(row);
        if (!Ooxml.children(table, "tr").isEmpty()) return;
        Element anchor = nextElement(table);
        table.getParentNode().removeChild(table);
        if (anchor != null && anchor.getLocalName().equals("p") && Ooxml.text(anchor).isEmpty()
                && Ooxml.children(anchor, "r").isEmpty() && !isOnlyParagraph(anchor)) {
            anchor.getParentNode().removeChild(anchor);
        }
    }

    private static Element nextElement(Element e) {
        Node n = e.getNextSibling();
        while (n != null && !(n instanceof Element)) n = n.getNextSibling();
        return (Element) n;
    }

    private static boolean isOnlyParagraph(Element p) {
        return Ooxml.children((Element) p.getParentNode(), "p").size() == 1;
    }

    /**
     * A long 发文机关标志 is narrowed (w:w, horizontal scale) to stay on one line, as red headers are
     * set by hand; its face and size stay the template's.
     */
    private static void fitToLine(Element p, HouseStyle.RoleStyle mark, HouseStyle style) {
        String text = Ooxml.text(p);
        double needed = Widths.zi(text) * mark.sizePt();
        double available = style.page().typeAreaWidthPt() - mark.leftIndentPt() - mark.rightIndentPt();
        if (needed <= available) return;
        int percent = (int) Math.floor(100 * available / needed);
        for (Element r : Ooxml.children(p, "r")) {
            Element rpr = Ooxml.child(r, "rPr");
            if (rpr == null) {
                rpr = p.getOwnerDocument().createElementNS(Ooxml.W, "w:rPr");
                r.insertBefore(rpr, r.getFirstChild());
            }
            Element w = p.getOwnerDocument().createElementNS(Ooxml.W, "w:w");
            w.setAttributeNS(Ooxml.W, "w:val", Integer.toString(percent));
            Element old = Ooxml.child(rpr, "w");
            if (old != null) rpr.removeChild(old);
            Element before = null;
            for (Element c : Ooxml.descendants(rpr, "*")) {
                if (c.getParentNode() == rpr && AFTER_SCALE.contains(c.getLocalName())) {
                    before = c;
                    break;
                }
            }
            rpr.insertBefore(w, before);
        }
    }

    private static void replace(Element placeholder, List<Element> content) {
        for (Element e : content) placeholder.getParentNode().insertBefore(e, placeholder);
        placeholder.getParentNode().removeChild(placeholder);
    }

    // ---- body ----

    private static List<Element> bodyBlocks(ComposedDocument doc, Paragraphs out, Media media, HouseStyle style) {
        List<Element> content = blocks(doc, doc.body(), out, media);
        if (doc.bodyTakesRecipientsPlace() && !content.isEmpty() && content.get(0).getLocalName().equals("p")) {
            out.spaceBefore(content.get(0), style.role(Role.RECIPIENTS).spaceBeforePt());
        }
        // Word needs a paragraph after a table that would otherwise end the body.
        if (!content.isEmpty() && content.get(content.size() - 1).getLocalName().equals("tbl")) {
            content.add(out.paragraph(Role.BODY));
        }
        return content;
    }

    /** One paragraph (or table) per block; a figure's picture and its caption two. */
    private static List<Element> blocks(ComposedDocument doc, List<Block> blocks, Paragraphs out, Media media) {
        List<Element> content = new ArrayList<>();
        for (Block b : blocks) {
            RenderCancelled.checkInterrupted();
            switch (b) {
                case Block.Heading h -> content.add(out.paragraph(Role.heading(h.level()), h.fullText()));
                case Block.Paragraph para -> {
                    Element p = out.paragraph(Role.BODY);
                    if (para.lead() != null) out.run(p, para.lead().fullText(), out.leadStyle(para.lead().level()));
                    out.run(p, para.text(), null);
                    content.add(p);
                }
                case Block.Attachments a -> content.addAll(attachments(a.items(), out));
                case Block.Table t -> {
                    if (t.columns() > 0) content.add(out.table(t.rows(), t.headerRows(), t.columns()));
                }
                case Block.Note n -> content.add(out.paragraph(Role.NOTE, n.text()));
                case Block.Chapter c -> content.add(out.paragraph(Role.CHAPTER, Wording.chapterLine(c)));
                case Block.Article a -> {
                    Element p = out.paragraph(Role.ARTICLE);
                    out.run(p, Wording.articleHead(a), out.leadStyle(1));
                    String text = Wording.articleText(a);
                    if (!text.isEmpty()) out.run(p, text, null);
                    content.add(p);
                }
                case Block.Figure f -> {
                    content.add(out.figure(f, doc.figure(f), media));
                    if (!f.caption().isEmpty()) content.add(out.caption(f.caption()));
                }
            }
        }
        return content;
    }

    /**
     * 附件说明 ({@link Wording#attachmentNote}): several names are numbered and aligned by the style's
     * tab stops, wrapped lines of a name under the name (hanging indent).
     */
    private static List<Element> attachments(List<String> items, Paragraphs out) {
        List<Element> content = new ArrayList<>();
        List<Wording.AttachmentLine> lines = Wording.attachmentNote(items);
        if (lines.size() == 1) {
            Element p = out.paragraph(Role.ATTACHMENTS, lines.get(0).text());
            AttachmentIndent indent = AttachmentIndent.of(out.style(), 1);
            out.leftHangingIndent(p, indent.leftZi(), -indent.firstLineZi());
            content.add(p);
            return content;
        }
        for (int i = 0; i < lines.size(); i++) {
            Wording.AttachmentLine l = lines.get(i);
            Element p = out.paragraph(Role.ATTACHMENTS, (i == 0 ? l.label() : "\t") + l.number() + "\t" + l.name());
            if (i > 0) out.spaceBefore(p, 0);
            content.add(p);
        }
        return content;
    }

    // ---- signature, date, notes ----

    private static List<Element> signature(ComposedDocument doc, Paragraphs out, HouseStyle style) {
        List<Element> content = new ArrayList<>();
        Signature s = doc.signature();
        for (int i = 0; i < s.issuers().size(); i++) {
            Element p = out.paragraph(Role.SIGNATURE, s.issuers().get(i));
            out.rightIndent(p, s.issuerRightZi().get(i));
            if (i > 0) out.spaceBefore(p, 0);
            content.add(p);
        }
        if (!s.date().isEmpty()) {
            Element p = out.paragraph(Role.DATE, s.date());
            out.rightIndent(p, s.dateRightZi());
            if (s.dateTakesSignatureSpace()) out.spaceBefore(p, style.role(Role.SIGNATURE).spaceBeforePt());
            content.add(p);
        }
        for (String note : doc.notes()) content.add(out.paragraph(Role.NOTE, note));
        return content;
    }

    // ---- appendices ----

    /** Each 附件 from a new page (the label's style breaks the page): label, title, body. */
    private static List<Element> appendices(ComposedDocument doc, Paragraphs out, Media media) {
        List<Element> content = new ArrayList<>();
        for (ComposedDocument.Appendix a : doc.appendices()) {
            content.add(out.paragraph(Role.APPENDIX_LABEL, a.label()));
            if (!a.titleLines().isEmpty()) content.add(out.paragraph(Role.APPENDIX_TITLE, String.join("\n", a.titleLines())));
            content.addAll(blocks(doc, a.blocks(), out, media));
        }
        if (!content.isEmpty() && content.get(content.size() - 1).getLocalName().equals("tbl")) {
            content.add(out.paragraph(Role.BODY));
        }
        return content;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
