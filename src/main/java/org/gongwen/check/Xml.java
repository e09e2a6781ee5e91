package org.gongwen.check;

import org.gongwen.ooxml.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Small DOM helpers for WordprocessingML parts; parsing refuses DTDs and external entities. */
final class Xml {
    static final String W = Ooxml.W;
    static final String A = Ooxml.A;

    private Xml() {}

    /** DTDs and external entities are refused, as for templates (a draft comes from anyone). */
    static Document parse(InputStream in) throws IOException {
        return Ooxml.parse(in.readAllBytes());
    }

    /** The first child element in namespace {@code ns} named {@code name}, or null. */
    static Element child(Element parent, String ns, String name) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) return e;
        }
        return null;
    }

    static Element w(Element parent, String name) {
        return child(parent, W, name);
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    static List<Element> ws(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (name.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) out.add(e);
        }
        return out;
    }

    /** A w:-namespaced attribute, or null when absent. */
    static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.getAttributeNS(W, name);
        return v == null || v.isEmpty() ? (e.hasAttributeNS(W, name) ? "" : null) : v;
    }

    static Double number(Element e, String name) {
        String v = attr(e, name);
        if (v == null || v.isEmpty()) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** An on/off property: {@code <w:b/>} is on, {@code <w:b w:val="0"/>} off, absent null. */
    static Boolean onOff(Element parent, String name) {
        Element e = w(parent, name);
        if (e == null) return null;
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    static boolean isW(Element e, String name) {
        return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }
}
