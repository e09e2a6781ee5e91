package org.gongwen.docx;

import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Wording;
import org.gongwen.model.Block;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

/**
 * Makes WordprocessingML paragraphs, runs and tables in a document being filled. Paragraphs take a
 * role's style by id; runs carry no font or size of their own (at most a character style), so the
 * template decides how everything looks. Direct paragraph properties are limited to what a style
 * cannot know: the signature's computed indents and spacing between lines of one block.
 */
final class Paragraphs {

    private final Document doc;
    private final HouseTemplate template;
    private final HouseStyle style;

    Paragraphs(Document doc, HouseTemplate template) {
        this.doc = doc;
        this.template = template;
        this.style = template.style();
    }

    HouseStyle style() {
        return style;
    }

    Element w(String local) {
        return doc.createElementNS(Ooxml.W, "w:" + local);
    }

    private Element w(String local, String val) {
        Element e = w(local);
        e.setAttributeNS(Ooxml.W, "w:val", val);
        return e;
    }

    /** A paragraph in the role's style. */
    Element paragraph(Role role) {
        Element p = w("p");
        Element ppr = w("pPr");
        ppr.appendChild(w("pStyle", style.role(role).styleId()));
        p.appendChild(ppr);
        return p;
    }

    /** A paragraph in the role's style holding {@code text} in one run. */
    Element paragraph(Role role, String text) {
        Element p = paragraph(role);
        run(p, text, null);
        return p;
    }

    /** Appends a run; {@code characterStyle} may be null. "\t" becomes a tab, "\n" a line break. */
    void run(Element p, String text, String characterStyle) {
        text = Ooxml.xmlSafe(text).replace("\r\n", "\n").replace('\r', '\n');
        if (text.isEmpty()) return;
        Element r = w("r");
        if (characterStyle != null) {
            Element rpr = w("rPr");
            rpr.appendChild(w("rStyle", characterStyle));
            r.appendChild(rpr);
        }
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\0';
            if (i == text.length() || c == '\t' || c == '\n') {
                if (!chunk.isEmpty()) {
                    Element t = w("t");
                    t.setAttributeNS(Ooxml.XML_NS, "xml:space", "preserve");
                    t.setTextContent(chunk.toString());
                    r.appendChild(t);
                    chunk.setLength(0);
                }
                if (c == '\t') r.appendChild(w("tab"));
                else if (c == '\n') r.appendChild(w("br"));
            } else {
                chunk.append(c);
            }
        }
        p.appendChild(r);
    }

    /** The character style giving a run-in lead of this level its heading face (null: none in the template). */
    String leadStyle(int level) {
        return template.leadStyleId(level);
    }

    /** Direct right indent in 字 (w:rightChars, with twips for programs that ignore character units). */
    void rightIndent(Element p, double chars) {
        Element ind = w("ind");
        ind.setAttributeNS(Ooxml.W, "w:rightChars", Long.toString(Math.round(chars * 100)));
        ind.setAttributeNS(Ooxml.W, "w:right", Long.toString(Math.round(chars * style.page().charPitchPt() * 20)));
        setProperty(p, ind);
    }

    /** Direct left and hanging indent in 字, replacing the style's. */
    void leftHangingIndent(Element p, double leftChars, double hangingChars) {
        double pitch = style.page().charPitchPt() * 20;
        Element ind = w("ind");
        ind.setAttributeNS(Ooxml.W, "w:leftChars", Long.toString(Math.round(leftChars * 100)));
        ind.setAttributeNS(Ooxml.W, "w:left", Long.toString(Math.round(leftChars * pitch)));
        ind.setAttributeNS(Ooxml.W, "w:hangingChars", Long.toString(Math.round(hangingChars * 100)));
        ind.setAttributeNS(Ooxml.W, "w:hanging", Long.toString(Math.round(hangingChars * pitch)));
        setProperty(p, ind);
    }

    /** Direct space before, in points (lines of one block follow each other without the style's gap). */
    void spaceBefore(Element p, double points) {
        Element spacing = w("spacing");
        spacing.setAttributeNS(Ooxml.W, "w:before", Long.toString(Math.round(points * 20)));
        spacing.setAttributeNS(Ooxml.W, "w:beforeLines", "0");
        setProperty(p, spacing);
    }

    /** Centred with no indents, whatever the paragraph's style says. */
    void centred(Element p) {
        Element ind = w("ind");
        for (String a : List.of("left", "leftChars", "right", "rightChars", "firstLine", "firstLineChars")) {
            ind.setAttributeNS(Ooxml.W, "w:" + a, "0");
        }
        setProperty(p, ind);
        setProperty(p, w("jc", "center"));
    }

    /** The order of w:pPr children this writer sets (CT_PPr sequence). */
    private static final List<String> PPR_ORDER = List.of("pStyle", "keepNext", "pageBreakBefore", "spacing", "ind", "jc");

    private static final long EMU_PER_PT = 12700;

    /**
     * A figure's line ({@link ComposedDocument.FigureBox}): a body paragraph without indents, centred,
     * "at least" as tall as the figure's whole grid lines — exactly that tall, since the box leaves the
     * picture room under it; an exact line would clip an inline picture taller than four fifths of
     * it — holding the picture inline at its fitted size. Kept with its caption.
     */
    Element figure(Block.Figure figure, ComposedDocument.FigureBox box, Media media) {
        Element p = paragraph(Role.BODY);
        if (!figure.caption().isEmpty()) setProperty(p, w("keepNext"));
        Element spacing = w("spacing");
        for (String a : List.of("before", "beforeLines", "after", "afterLines")) spacing.setAttributeNS(Ooxml.W, "w:" + a, "0");
        spacing.setAttributeNS(Ooxml.W, "w:line", Long.toString(Math.round(box.lineHeightPt() * 20)));
        spacing.setAttributeNS(Ooxml.W, "w:lineRule", "atLeast");
        setProperty(p, spacing);
        centred(p);
        Element r = w("r");
        r.appendChild(drawing(media.relationshipId(figure), media.nextDrawingId(), Wording.figureAlt(figure),
                Math.round(box.widthPt() * EMU_PER_PT), Math.round(box.heightPt() * EMU_PER_PT)));
        p.appendChild(r);
        return p;
    }

    /** A figure's caption: a body paragraph without indents, centred. */
    Element caption(String text) {
        Element p = paragraph(Role.BODY, text);
        centred(p);
        return p;
    }


    /** An inline DrawingML picture ({@code wp:inline} … {@code pic:pic}) of the related image, cx x cy EMU. */
    private Element drawing(String relationshipId, int id, String description, long cx, long cy) {
        Element drawing = w("drawing");
        Element inline = el(Ooxml.WP, "wp:inline");
        inline.setAttributeNS(Ooxml.XMLNS, "xmlns:wp", Ooxml.WP);
        for (String d : List.of("distT", "distB", "distL", "distR")) inline.setAttribute(d, "0");
        drawing.appendChild(inline);
        Element extent = el(Ooxml.WP, "wp:extent");
        extent.setAttribute("cx", Long.toString(cx));
        extent.setAttribute("cy", Long.toString(cy));
        inline.appendChild(extent);
        Element effect = el(Ooxml.WP, "wp:effectExtent");
        for (String side : List.of("l", "t", "r", "b")) effect.setAttribute(side, "0");
        inline.appendChild(effect);
        Element docPr = el(Ooxml.WP, "wp:docPr");
        docPr.setAttribute("id", Integer.toString(id));
        docPr.setAttribute("name", "图片 " + id);
        if (!description.isEmpty()) docPr.setAttribute("descr", Ooxml.xmlSafe(description));
        inline.appendChild(docPr);
        Element frame = el(Ooxml.WP, "wp:cNvGraphicFramePr");
        Element locks = el(Ooxml.A, "a:graphicFrameLocks");
        locks.setAttributeNS(Ooxml.XMLNS, "xmlns:a", Ooxml.A);
        locks.setAttribute("noChangeAspect", "1");
        frame.appendChild(locks);
        inline.appendChild(frame);
        Element graphic = el(Ooxml.A, "a:graphic");
        graphic.setAttributeNS(Ooxml.XMLNS, "xmlns:a", Ooxml.A);
        Element data = el(Ooxml.A, "a:graphicData");
        data.setAttribute("uri", Ooxml.PIC);
        graphic.appendChild(data);
        inline.appendChild(graphic);
        Element pic = el(Ooxml.PIC, "pic:pic");
        pic.setAttributeNS(Ooxml.XMLNS, "xmlns:pic", Ooxml.PIC);
        data.appendChild(pic);
        Element nv = el(Ooxml.PIC, "pic:nvPicPr");
        Element cNvPr = el(Ooxml.PIC, "pic:cNvPr");
        cNvPr.setAttribute("id", "0");
        cNvPr.setAttribute("name", "figure" + id);
        nv.appendChild(cNvPr);
        nv.appendChild(el(Ooxml.PIC, "pic:cNvPicPr"));
        pic.appendChild(nv);
        Element fill = el(Ooxml.PIC, "pic:blipFill");
        Element blip = el(Ooxml.A, "a:blip");
        blip.setAttributeNS(Ooxml.R, "r:embed", relationshipId);
        fill.appendChild(blip);
        Element stretch = el(Ooxml.A, "a:stretch");
        stretch.appendChild(el(Ooxml.A, "a:fillRect"));
        fill.appendChild(stretch);
        pic.appendChild(fill);
        Element sp = el(Ooxml.PIC, "pic:spPr");
        Element xfrm = el(Ooxml.A, "a:xfrm");
        Element off = el(Ooxml.A, "a:off");
        off.setAttribute("x", "0");
        off.setAttribute("y", "0");
        Element ext = el(Ooxml.A, "a:ext");
        ext.setAttribute("cx", Long.toString(cx));
        ext.setAttribute("cy", Long.toString(cy));
        xfrm.appendChild(off);
        xfrm.appendChild(ext);
        sp.appendChild(xfrm);
        Element geom = el(Ooxml.A, "a:prstGeom");
        geom.setAttribute("prst", "rect");
        geom.appendChild(el(Ooxml.A, "a:avLst"));
        sp.appendChild(geom);
        pic.appendChild(sp);
        return drawing;
    }

    private Element el(String ns, String qualified) {
        return doc.createElementNS(ns, qualified);
    }

    private void setProperty(Element p, Element property) {
        Element ppr = Ooxml.child(p, "pPr");
        Element old = Ooxml.child(ppr, property.getLocalName());
        if (old != null) ppr.removeChild(old);
        int rank = PPR_ORDER.indexOf(property.getLocalName());
        Element before = null;
        for (Element c = first(ppr); c != null; c = next(c)) {
            int r = PPR_ORDER.indexOf(c.getLocalName());
            if (r > rank || r < 0) {
                before = c;
                break;
            }
        }
        ppr.insertBefore(property, before);
    }

    private static Element first(Element e) {
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) return c;
        return null;
    }

    private static Element next(Element e) {
        for (var n = e.getNextSibling(); n != null; n = n.getNextSibling()) if (n instanceof Element c) return c;
        return null;
    }

    /**
     * A table as wide as the type area, equal columns, single black borders; the first
     * {@code headerRows} rows repeat on each page. Every cell holds one paragraph in the table style.
     */
    Element table(List<List<String>> rows, int headerRows, int columns) {
        int width = (int) Math.round(style.page().typeAreaWidthPt() * 20);
        int col = columns == 0 ? width : width / columns;
        Element tbl = w("tbl");
        Element tblPr = w("tblPr");
        Element tblW = w("tblW");
        tblW.setAttributeNS(Ooxml.W, "w:w", Integer.toString(col * Math.max(1, columns)));
        tblW.setAttributeNS(Ooxml.W, "w:type", "dxa");
        tblPr.appendChild(tblW);
        tblPr.appendChild(w("jc", "center"));
        Element borders = w("tblBorders");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            Element b = w(side, "single");
            b.setAttributeNS(Ooxml.W, "w:sz", "4");
            b.setAttributeNS(Ooxml.W, "w:space", "0");
            b.setAttributeNS(Ooxml.W, "w:color", "000000");
            borders.appendChild(b);
        }
        tblPr.appendChild(borders);
        Element layout = w("tblLayout");
        layout.setAttributeNS(Ooxml.W, "w:type", "fixed");
        tblPr.appendChild(layout);
        tbl.appendChild(tblPr);
        Element grid = w("tblGrid");
        for (int c = 0; c < columns; c++) {
            Element gc = w("gridCol");
            gc.setAttributeNS(Ooxml.W, "w:w", Integer.toString(col));
            grid.appendChild(gc);
        }
        tbl.appendChild(grid);
        for (int r = 0; r < rows.size(); r++) {
            Element tr = w("tr");
            if (r < headerRows) {
                Element trPr = w("trPr");
                trPr.appendChild(w("tblHeader"));
                tr.appendChild(trPr);
            }
            List<String> cells = rows.get(r);
            for (int c = 0; c < columns; c++) {
                Element tc = w("tc");
                Element tcPr = w("tcPr");
                Element tcW = w("tcW");
                tcW.setAttributeNS(Ooxml.W, "w:w", Integer.toString(col));
                tcW.setAttributeNS(Ooxml.W, "w:type", "dxa");
                tcPr.appendChild(tcW);
                tc.appendChild(tcPr);
                tc.appendChild(paragraph(Role.TABLE, c < cells.size() ? cells.get(c) : ""));
                tr.appendChild(tc);
            }
            tbl.appendChild(tr);
        }
        return tbl;
    }
}
