package org.gongwen.docx;

import org.gongwen.compose.Wording;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.Ooxml;

import java.time.LocalDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * docProps/core.xml from the document: title, creator = the issuers, created/modified = the
 * document date (never the clock, so the output stays deterministic).
 */
final class CoreProperties {


    private CoreProperties() {}

    static byte[] of(OfficialDocument doc) {
        Document xml = Ooxml.newDocument();
        Element root = xml.createElementNS(Ooxml.CORE_PROPERTIES, "cp:coreProperties");
        root.setAttributeNS(Ooxml.XMLNS, "xmlns:dc", Ooxml.DC);
        root.setAttributeNS(Ooxml.XMLNS, "xmlns:dcterms", Ooxml.DC_TERMS);
        root.setAttributeNS(Ooxml.XMLNS, "xmlns:xsi", Ooxml.XSI);
        xml.appendChild(root);
        // a title typed on several lines (§7.3.1, the author's breaks) is one line in the metadata, as in the PDF's
        add(root, Ooxml.DC, "dc:title", Wording.oneLine(doc.title()));
        add(root, Ooxml.DC, "dc:creator", Wording.issuerList(doc.issuers()));
        add(root, Ooxml.DC, "dc:identifier", doc.docNumber());
        LocalDate date = doc.date() != null ? doc.date() : doc.publishDate();
        if (date != null) {
            for (String name : new String[]{"dcterms:created", "dcterms:modified"}) {
                Element e = add(root, Ooxml.DC_TERMS, name, date + "T00:00:00Z");
                e.setAttributeNS(Ooxml.XSI, "xsi:type", "dcterms:W3CDTF");
            }
        }
        return Ooxml.serialize(xml);
    }

    private static Element add(Element root, String ns, String name, String text) {
        if (text == null || text.isBlank()) return null;
        Element e = root.getOwnerDocument().createElementNS(ns, name);
        e.setTextContent(Ooxml.xmlSafe(text).strip());
        root.appendChild(e);
        return e;
    }
}
