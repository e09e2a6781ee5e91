package org.gongwen.ooxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * XML for gongwen's OOXML readers and writer: the one way to parse a part of a package gongwen did
 * not write (drafts, documents to check, a deployment's templates), WordprocessingML's namespaces,
 * and the small DOM helpers every reader and the DOCX writer use.
 */
public final class Ooxml {

    private Ooxml() {}

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** xmlns: the namespace of namespace declarations written as attributes. */
    public static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    /** mc: markup compatibility (mc:AlternateContent, its mc:Choice and mc:Fallback). */
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** wp: DrawingML in a Word document (wp:inline, wp:anchor, wp:extent). */
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** pic: a DrawingML picture (pic:pic). */
    public static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    /** v: VML, Word's older drawings (v:shape, v:imagedata, v:line, v:textpath). */
    public static final String VML = "urn:schemas-microsoft-com:vml";
    /** o: Office's VML extensions (o:OLEObject, o:relid). */
    public static final String OFFICE = "urn:schemas-microsoft-com:office:office";
    /** A package's relationship parts (the parts under _rels/). */
    public static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** A package's [Content_Types].xml. */
    public static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    /** cp: the core properties part (docProps/core.xml). */
    public static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    /** dc: Dublin Core elements, in the core properties (dc:title, dc:creator). */
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    /** dcterms: Dublin Core terms, in the core properties (dcterms:created). */
    public static final String DC_TERMS = "http://purl.org/dc/terms/";
    /** The custom properties part (docProps/custom.xml, ECMA-376-1 §22.3): its namespace and its relationship's type. */
    public static final String CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    /** vt: the variant types of custom and extended properties (vt:lpwstr). */
    public static final String DOC_PROPS_VTYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    /** xsi: XML Schema instance (xsi:type on the core properties' dates). */
    public static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /**
     * Parses XML: namespace-aware, DTDs refused, external entities never resolved.
     * IllegalArgumentException when it is not well-formed or declares a DTD. The JDK's own parser
     * ({@code newDefaultInstance}): {@code newInstance} searches the classpath for providers on every
     * call, which was most of the time of writing a DOCX.
     */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            // JDK 25's default, set for JDK 21 too: the readers walk elements recursively
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "100");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("unreadable XML: " + e.getMessage(), e);
        }
    }

    /** An empty DOM document, for a part written from scratch ({@link #serialize} writes it). */
    public static Document newDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends a package relationship to a {@code .rels} part (OPC, ECMA-376-2 §9.3). */
    public static void addRelationship(Document rels, String id, String type, String target) {
        Element r = rels.createElementNS(PACKAGE_RELATIONSHIPS, "Relationship");
        r.setAttribute("Id", id);
        r.setAttribute("Type", type);
        r.setAttribute("Target", target);
        rels.getDocumentElement().appendChild(r);
    }

    /** Appends a part's content type to {@code [Content_Types].xml} as an Override (ECMA-376-2 §10.1.2.3). */
    public static void addOverride(Document types, String partName, String contentType) {
        Element o = types.createElementNS(CONTENT_TYPES, "Override");
        o.setAttribute("PartName", partName);
        o.setAttribute("ContentType", contentType);
        types.getDocumentElement().appendChild(o);
    }

    /** Serialises a DOM document as UTF-8 with a standalone declaration; deterministic. */
    public static byte[] serialize(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    /** The first child element of {@code parent} named w:{@code local}, or null. */
    public static Element child(Element parent, String local) {
        return child(parent, W, local);
    }

    /** The first child element of {@code parent} in namespace {@code ns} named {@code local}, or null. */
    public static Element child(Element parent, String ns, String local) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) return e;
        }
        return null;
    }

    /** The child elements of {@code parent} named w:{@code local}. */
    public static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e, local)) out.add(e);
        }
        return out;
    }

    /** All child elements of {@code parent}, whatever their names. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    /** Whether {@code e} is w:{@code local}. */
    public static boolean isW(Element e, String local) {
        return W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    /** All descendant elements named w:{@code local}, in document order. */
    public static List<Element> descendants(Node root, String local) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(W, local)
                : ((Element) root).getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    /** The w:{@code local} attribute, or null when absent. */
    public static String attr(Element e, String local) {
        if (e == null || !e.hasAttributeNS(W, local)) return null;
        return e.getAttributeNS(W, local);
    }

    /** w:val of the child w:{@code local}, or null when there is no such child. */
    public static String val(Element parent, String local) {
        return attr(child(parent, local), "val");
    }

    /** The w:{@code local} attribute as a number, or null when absent, empty or not a number. */
    public static Double number(Element e, String local) {
        String v = attr(e, local);
        if (v == null || v.isBlank()) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * An on/off property (w:b, w:keepNext …): null when absent, else true unless w:val says
     * false/0/off.
     */
    public static Boolean onOff(Element parent, String local) {
        Element e = child(parent, local);
        if (e == null) return null;
        String v = attr(e, "val");
        return v == null || onOff(v);
    }

    /** An ST_OnOff value: null when absent, else true unless it says false/0/off. */
    public static Boolean onOff(String v) {
        if (v == null) return null;
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** Text for XML content or a quoted attribute: {@link #xmlSafe} and the five markup characters escaped. */
    public static String escape(String s) {
        return xmlSafe(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * {@code s} without the characters XML 1.0 cannot hold (control characters other than tab and
     * line breaks, lone surrogates, U+FFFE/U+FFFF): a file with them would not open in Word.
     */
    public static String xmlSafe(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            else if (Character.isLowSurrogate(c)) ok = i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            else ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (ok && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /** A field code that is the PAGE field ("PAGE", " PAGE \* MERGEFORMAT "), not NUMPAGES or PAGEREF. */
    private static final Pattern PAGE_FIELD = Pattern.compile("(?i)^\\s*PAGE(\\s|\\\\|$)");

    /** Whether a paragraph or part holds a PAGE field: a w:fldSimple's or a complex field's code (w:instrText). */
    public static boolean hasPageField(Node root) {
        for (Element f : descendants(root, "fldSimple")) {
            if (isPageField(attr(f, "instr"))) return true;
        }
        for (Element i : descendants(root, "instrText")) {
            if (isPageField(i.getTextContent())) return true;
        }
        return false;
    }

    /** Whether a field code is the PAGE field's. */
    public static boolean isPageField(String code) {
        return code != null && PAGE_FIELD.matcher(code).find();
    }

    /** The text of a paragraph or run: w:t, w:tab as \t, w:br as \n. */
    public static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e) || !W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "t" -> sb.append(e.getTextContent());
                case "tab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "instrText", "delText" -> { }
                default -> appendText(e, sb);
            }
        }
    }
}
