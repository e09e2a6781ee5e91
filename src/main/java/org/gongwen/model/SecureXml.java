package org.gongwen.model;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The one way gongwen parses XML from a package it did not write (drafts, documents to check, a
 * deployment's templates): namespace-aware, DTDs refused, external entities never resolved.
 */
public final class SecureXml {

    private SecureXml() {}

    /**
     * Parses XML; IllegalArgumentException when it is not well-formed or declares a DTD. The JDK's
     * own parser ({@code newDefaultInstance}): {@code newInstance} searches the classpath for
     * providers on every call, which was most of the time of writing a DOCX.
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
}
