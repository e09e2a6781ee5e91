package org.gongwen.docx;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateTrace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Map;
import java.util.Objects;

/**
 * The template trace as custom file properties (ECMA-376-1 §22.3): {@value #TEMPLATE} and
 * {@value #VERSION}, both vt:lpwstr, so a published DOCX names the house template it was made with.
 * A template's own custom properties stay (a bureau's adopted template may carry some); ours replace
 * any of the same name. The part depends only on the template, so the output stays deterministic.
 */
final class CustomProperties {
    static final String TEMPLATE = "gongwen.template";
    static final String VERSION = "gongwen.templateVersion";
    /** The fmtid of a custom property (ECMA-376-1 §22.3.2.2): the user-defined property set's, FMTID_UserDefinedProperties ([MS-OLEPS]). */
    private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    /** The lowest pid of a custom property: in an OLE property set 0 is the dictionary and 1 the code page ([MS-OLEPS]). */
    private static final int FIRST_PID = 2;
    private static final String RELATIONSHIP = Ooxml.R + "/custom-properties";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    private static final String PART = "docProps/custom.xml";
    private static final String ROOT_RELS = "_rels/.rels";
    private static final String TYPES = "[Content_Types].xml";

    private CustomProperties() {}

    /** Writes the trace into the custom properties part of {@code parts}, the package being written from {@code template}. */
    static void put(Map<String, byte[]> parts, HouseTemplate template) {
        DocxPackage docx = template.docx();
        String name = docx.relationships().stream()
                .filter(r -> r.source().isEmpty() && r.type().equals(RELATIONSHIP) && !r.external())
                .map(r -> docx.find(r.targetPart())).filter(Objects::nonNull).findFirst().orElse(null);
        if (name == null) {
            name = PART;
            relate(parts);
        }
        if (!CONTENT_TYPE.equals(docx.contentType(name))) declareType(parts, name);
        Document xml = parts.containsKey(name) ? Ooxml.parse(parts.get(name)) : newPart();
        TemplateTrace trace = template.trace();
        set(xml.getDocumentElement(), TEMPLATE, trace.id());
        set(xml.getDocumentElement(), VERSION, trace.version());
        parts.put(name, Ooxml.serialize(xml));
    }

    private static Document newPart() {
        Document xml = Ooxml.newDocument();
        Element root = xml.createElementNS(Ooxml.CUSTOM_PROPERTIES, "Properties");
        root.setAttributeNS(Ooxml.XMLNS, "xmlns:vt", Ooxml.DOC_PROPS_VTYPES);
        xml.appendChild(root);
        return xml;
    }

    /** Sets property {@code name} to {@code value}: in place when the part has it, else as a new property with the next pid. */
    private static void set(Element root, String name, String value) {
        Element property = null;
        int maxPid = FIRST_PID - 1;
        for (Element p : Ooxml.children(root)) {
            if (!"property".equals(p.getLocalName()) || !Ooxml.CUSTOM_PROPERTIES.equals(p.getNamespaceURI())) continue;
            if (name.equals(p.getAttribute("name"))) property = p;
            try {
                maxPid = Math.max(maxPid, Integer.parseInt(p.getAttribute("pid").strip()));
            } catch (NumberFormatException e) {
                // a pid Word would not have written: it cannot collide with ours
            }
        }
        Document xml = root.getOwnerDocument();
        if (property == null) {
            property = xml.createElementNS(Ooxml.CUSTOM_PROPERTIES, root.getPrefix() == null ? "property" : root.getPrefix() + ":property");
            property.setAttribute("fmtid", FMTID);
            property.setAttribute("pid", Integer.toString(maxPid + 1));
            property.setAttribute("name", name);
            root.appendChild(property);
        }
        while (property.getFirstChild() != null) property.removeChild(property.getFirstChild());
        Element text = xml.createElementNS(Ooxml.DOC_PROPS_VTYPES, "vt:lpwstr");
        text.setTextContent(Ooxml.xmlSafe(value));
        property.appendChild(text);
    }

    /** Relates the package to {@value #PART} from _rels/.rels, under an Id the template does not use. */
    private static void relate(Map<String, byte[]> parts) {
        Document rels = Ooxml.parse(parts.get(ROOT_RELS));
        String id = "rIdCustomProperties";
        for (int n = 2; hasId(rels.getDocumentElement(), id); n++) id = "rIdCustomProperties" + n;
        Ooxml.addRelationship(rels, id, RELATIONSHIP, PART);
        parts.put(ROOT_RELS, Ooxml.serialize(rels));
    }

    private static boolean hasId(Element rels, String id) {
        return Ooxml.children(rels).stream().anyMatch(r -> id.equals(r.getAttribute("Id")));
    }

    /** Gives the part its content type by an Override in [Content_Types].xml, in place of any other the template gave it. */
    private static void declareType(Map<String, byte[]> parts, String name) {
        Document types = Ooxml.parse(parts.get(TYPES));
        Element root = types.getDocumentElement();
        for (Element o : Ooxml.children(root)) {
            if ("Override".equals(o.getLocalName()) && o.getAttribute("PartName").equalsIgnoreCase("/" + name)) root.removeChild(o);
        }
        Ooxml.addOverride(types, "/" + name, CONTENT_TYPE);
        parts.put(TYPES, Ooxml.serialize(types));
    }
}
