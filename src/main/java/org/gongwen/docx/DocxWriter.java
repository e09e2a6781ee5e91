package org.gongwen.docx;

import org.gongwen.model.RenderCancelled;
import org.gongwen.layout.TitleBreaker;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an {@link OfficialDocument} as the official DOCX: a fresh copy of the house template with
 * its placeholders filled (templates/README.md). The shared template is never changed; the output is
 * deterministic (same document and template, same bytes). Stateless and thread-safe.
 */
public final class DocxWriter {

    /** CT_RPr children that follow w:w. */
    private static final java.util.Set<String> AFTER_SCALE = java.util.Set.of("kern", "position", "sz", "szCs",
            "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
            "eastAsianLayout", "specVanish", "oMath");

    private static final Pattern HEADER_FOOTER = Pattern.compile("word/(header|footer)\\d*\\.xml");

    /** Fills {@code template} with {@code doc} and returns the .docx bytes. */
    public byte[] write(OfficialDocument doc, HouseTemplate template) {
        LinkedHashMap<String, byte[]> parts = template.docx().mutableCopy();
        Map<String, String> values = values(doc, template.style());

        Document xml = Ooxml.parse(parts.get("word/document.xml"));
        Paragraphs out = new Paragraphs(xml, template);
        Element body = Ooxml.child(xml.getDocumentElement(), "body");
        // Only the template's own paragraphs hold placeholders; inserted text is never scanned.
        for (Element p : Ooxml.descendants(body, "p")) {
            switch (Ooxml.text(p).strip()) {
                case "{{body}}" -> replace(p, bodyBlocks(doc, out, template.style()));
                case "{{signature}}" -> replace(p, signature(doc, out, template.style()));
                case "{{appendices}}" -> replace(p, appendices(doc, out, template.style()));
                default -> fillInline(p, values, template.style());
            }
        }
        parts.put("word/document.xml", Ooxml.serialize(xml));

        for (String name : List.copyOf(parts.keySet())) {
            if (!HEADER_FOOTER.matcher(name).matches()) continue;
            if (!new String(parts.get(name), StandardCharsets.UTF_8).contains("{{")) continue;
            Document part = Ooxml.parse(parts.get(name));
            for (Element p : Ooxml.descendants(part, "p")) fillInline(p, values, template.style());
            parts.put(name, Ooxml.serialize(part));
        }
        parts.put("docProps/core.xml", CoreProperties.of(doc));
        return DocxPackage.zip(parts);
    }

    /** The inline placeholders' values; empty strings for what the document lacks. */
    static Map<String, String> values(OfficialDocument doc, HouseStyle style) {
        Map<String, String> v = new HashMap<>();
        String title = doc.title() == null ? "" : doc.title().strip();
        v.put("title", String.join("\n", TitleBreaker.split(title, maxChars(style, Role.TITLE))));
        v.put("docNumber", orEmpty(doc.docNumber()));
        v.put("issuer", String.join(" ", doc.issuers()));
        v.put("recipients", orEmpty(doc.recipients()));
        v.put("date", SignatureLayout.chineseDate(doc.date()));
        v.put("cc", orEmpty(doc.cc()).replaceAll("[。.]+$", ""));
        v.put("printer", orEmpty(doc.printer()));
        LocalDate printDate = doc.printDate() != null ? doc.printDate() : doc.date();
        v.put("printDate", SignatureLayout.chineseDate(printDate));
        v.put("source", orEmpty(doc.source()));
        v.put("publishDate", SignatureLayout.chineseDate(doc.publishDate()));
        v.replaceAll((k, s) -> Ooxml.xmlSafe(s));
        return v;
    }

    /** How many 字 of a role's size fit between its indents. */
    static int maxChars(HouseStyle style, Role role) {
        HouseStyle.RoleStyle r = style.role(role);
        double width = style.page().typeAreaWidthPt() - r.leftIndentPt() - r.rightIndentPt();
        return Math.max(1, (int) Math.floor(width / r.sizePt() + 1e-6));
    }

    /**
     * Fills a template paragraph's placeholders. A paragraph whose placeholders all come out empty
     * goes (no 抄送 → no 抄送 line), except the 发文字号 paragraph, which carries the red rule.
     */
    private static void fillInline(Element p, Map<String, String> values, HouseStyle style) {
        List<String> names = Placeholders.names(Ooxml.text(p));
        if (names.isEmpty()) return;
        boolean allEmpty = names.stream().allMatch(n -> values.containsKey(n) && values.get(n).isEmpty());
        String pStyle = Ooxml.val(Ooxml.child(p, "pPr"), "pStyle");
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
        double needed = SignatureLayout.width(text) * mark.sizePt();
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

    private static List<Element> bodyBlocks(OfficialDocument doc, Paragraphs out, HouseStyle style) {
        List<Element> content = blocks(doc.blocks(), out, false);
        // Without 主送机关 the body keeps the recipients' distance to the title.
        if (orEmpty(doc.recipients()).isBlank() && !content.isEmpty() && content.get(0).getLocalName().equals("p")) {
            out.spaceBefore(content.get(0), style.role(Role.RECIPIENTS).spaceBeforePt());
        }
        // Word needs a paragraph after a table that would otherwise end the body.
        if (!content.isEmpty() && content.get(content.size() - 1).getLocalName().equals("tbl")) {
            content.add(out.paragraph(Role.BODY));
        }
        return content;
    }

    /** One paragraph (or table) per block; notes go after the date unless {@code notesInPlace}. */
    private static List<Element> blocks(List<Block> blocks, Paragraphs out, boolean notesInPlace) {
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
                case Block.Note n -> {
                    if (notesInPlace) content.add(out.paragraph(Role.NOTE, n.text()));
                }
                case Block.Chapter c -> content.add(out.paragraph(Role.CHAPTER,
                        orEmpty(c.label()) + (orEmpty(c.text()).isEmpty() ? "" : "　" + c.text())));
                case Block.Article a -> {
                    Element p = out.paragraph(Role.ARTICLE);
                    String caption = a.caption() == null || a.caption().isBlank() ? "" : "（" + a.caption() + "）";
                    out.run(p, orEmpty(a.label()) + (caption.isEmpty() ? "" : "　" + caption), out.leadStyle(1));
                    if (!a.text().isEmpty()) out.run(p, "　" + a.text(), null);
                    content.add(p);
                }
            }
        }
        return content;
    }

    /**
     * 附件说明: "附件：" then the names; several are numbered "1." "2." and aligned by the style's tab
     * stops, wrapped lines of a name under the name (hanging indent).
     */
    private static List<Element> attachments(List<String> items, Paragraphs out) {
        List<Element> content = new ArrayList<>();
        if (items.isEmpty()) return content;
        String label = "附件：";
        if (items.size() == 1) {
            Element p = out.paragraph(Role.ATTACHMENTS, label + items.get(0));
            // The one name starts right after the label; its wrapped lines go under it.
            HouseStyle style = out.style();
            double pitch = style.page().charPitchPt();
            HouseStyle.RoleStyle r = style.role(Role.ATTACHMENTS);
            double start = (r.leftIndentPt() + r.firstLineIndentPt()) / pitch;
            double labelWidth = SignatureLayout.width(label);
            out.leftHangingIndent(p, start + labelWidth, labelWidth);
            content.add(p);
            return content;
        }
        for (int i = 0; i < items.size(); i++) {
            String number = (i + 1) + ".";
            Element p = out.paragraph(Role.ATTACHMENTS, (i == 0 ? label : "\t") + number + "\t" + items.get(i));
            if (i > 0) out.spaceBefore(p, 0);
            content.add(p);
        }
        return content;
    }

    // ---- signature, date, notes ----

    private static List<Element> signature(OfficialDocument doc, Paragraphs out, HouseStyle style) {
        List<Element> content = new ArrayList<>();
        String date = SignatureLayout.chineseDate(doc.date());
        double pitch = style.page().charPitchPt();
        SignatureLayout layout = SignatureLayout.of(doc.issuers(), date,
                style.role(Role.SIGNATURE).rightIndentPt() / pitch, style.role(Role.DATE).rightIndentPt() / pitch);
        for (int i = 0; i < doc.issuers().size(); i++) {
            Element p = out.paragraph(Role.SIGNATURE, doc.issuers().get(i));
            out.rightIndent(p, layout.issuerRightChars().get(i));
            if (i > 0) out.spaceBefore(p, 0);
            content.add(p);
        }
        if (!date.isEmpty()) {
            Element p = out.paragraph(Role.DATE, date);
            out.rightIndent(p, layout.dateRightChars());
            // Without a signature the date keeps the signature's distance to the body.
            if (doc.issuers().isEmpty()) out.spaceBefore(p, style.role(Role.SIGNATURE).spaceBeforePt());
            content.add(p);
        }
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Note n) content.add(out.paragraph(Role.NOTE, n.text()));
        }
        return content;
    }

    // ---- appendices ----

    /** Each 附件 from a new page: "附件N" (just "附件" when there is one), its title, its body. */
    private static List<Element> appendices(OfficialDocument doc, Paragraphs out, HouseStyle style) {
        List<Element> content = new ArrayList<>();
        List<Appendix> all = doc.appendices();
        for (int i = 0; i < all.size(); i++) {
            Appendix a = all.get(i);
            content.add(out.paragraph(Role.APPENDIX_LABEL, all.size() == 1 ? "附件" : "附件" + (i + 1)));
            String title = orEmpty(a.title()).strip();
            if (!title.isEmpty()) {
                content.add(out.paragraph(Role.APPENDIX_TITLE,
                        String.join("\n", TitleBreaker.split(title, maxChars(style, Role.APPENDIX_TITLE)))));
            }
            content.addAll(blocks(a.blocks(), out, true));
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
