package org.gongwen.ooxml;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small word-processing packages written part by part, for the readers' tests. */
final class Word {
    static final String W = "xmlns:w=\"" + Ooxml.W + "\" xmlns:r=\"" + Ooxml.R + "\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private final StringBuilder rels = new StringBuilder();
    private String mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private int ids;

    /** A document whose body holds {@code bodyXml} (w:p … and a final w:sectPr as wanted). */
    static Word body(String bodyXml) {
        Word w = new Word();
        w.parts.put("word/document.xml", "<w:document " + W + "><w:body>" + bodyXml + "</w:body></w:document>");
        return w;
    }

    /** A part "word/{@code target}" the main document relates to by a relationship of {@code type} ("styles", "theme" …); returns its id. */
    String related(String type, String target, String xml) {
        return related(type, target, "word/" + target, xml);
    }

    /** A part named {@code part} in the zip, related to by a relationship of {@code type} written with {@code target}. */
    String related(String type, String target, String part, String xml) {
        String id = "rId" + ++ids;
        rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(REL).append(type)
                .append("\" Target=\"").append(target).append("\"/>");
        parts.put(part, xml);
        return id;
    }

    Word styles(String stylesXml) {
        related("styles", "styles.xml", "<w:styles " + W + ">" + stylesXml + "</w:styles>");
        return this;
    }

    /** A part in the package that nothing relates to. */
    Word loose(String name, String xml) {
        parts.put(name, xml);
        return this;
    }

    Word mainContentType(String type) {
        mainType = type;
        return this;
    }

    byte[] zip() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
        out.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        out.put("word/_rels/document.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + rels + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.forEach((name, xml) -> out.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return DocxPackage.zip(out);
    }

    WordPackage read() {
        return new WordPackage(DocxPackage.read(zip()));
    }

    /** A w:style. */
    static String style(String type, String id, String name, String basedOn, String inner) {
        return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\">" + (name == null ? "" : "<w:name w:val=\"" + name + "\"/>")
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + inner + "</w:style>";
    }
}
