package org.gongwen.style;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.DocxPackage.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a house template may not carry, since every document rendered with it would carry it too
 * (the DOCX writer copies the template's parts): links out of the package (a remote attached
 * template, a picture on a UNC path, a linked OLE object: Word follows them when the document
 * opens, telling their server who reads it and, on Windows, offering it the reader's NTLM hash),
 * macros, OLE objects, ActiveX controls and embedded files. A template with any is refused.
 *
 * @param kind         what it is
 * @param part         the part that is it, or for a link the part the link belongs to ("" for the package)
 * @param relationship for a link, its relationship type ("attachedTemplate", "image"…); else null
 * @param target       for a link, where it points; else null
 */
public record ActiveContent(Kind kind, String part, String relationship, String target) {

    public enum Kind {
        EXTERNAL_LINK("外部链接", "external link"),
        MACROS("宏", "macros"),
        OLE_OBJECT("OLE 对象", "OLE object"),
        ACTIVEX("ActiveX 控件", "ActiveX control"),
        EMBEDDED_FILE("嵌入的文件", "embedded file");

        private final String zh, en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** Relationship types (their last segment) whose target is active content, and what it is. */
    private static final Map<String, Kind> RELATIONSHIP_KINDS = Map.of(
            "vbaProject", Kind.MACROS, "wordVbaData", Kind.MACROS, "keyMapCustomizations", Kind.MACROS,
            "attachedToolbars", Kind.MACROS, "oleObject", Kind.OLE_OBJECT, "control", Kind.ACTIVEX,
            "activeXControlBinary", Kind.ACTIVEX, "package", Kind.EMBEDDED_FILE, "aFChunk", Kind.EMBEDDED_FILE);

    /** Everything of the kinds above in a package: links first, then parts in zip order. */
    public static List<ActiveContent> in(DocxPackage pkg) {
        List<ActiveContent> found = new ArrayList<>();
        Map<String, Kind> named = new HashMap<>();
        for (Relationship r : pkg.relationships()) {
            if (r.external()) {
                found.add(new ActiveContent(Kind.EXTERNAL_LINK, r.source(), r.typeName(), r.target()));
            } else if (RELATIONSHIP_KINDS.containsKey(r.typeName())) {
                named.put(r.targetPart(), RELATIONSHIP_KINDS.get(r.typeName()));
            }
        }
        for (String part : pkg.parts().keySet()) {
            Kind kind = kindOf(part, pkg.contentType(part), named.get(part));
            if (kind != null) found.add(new ActiveContent(kind, part, null, null));
        }
        return found;
    }

    /** By name and content type first, so a part with an innocent relationship is still seen. */
    private static Kind kindOf(String part, String contentType, Kind named) {
        String name = part.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml") || type.contains("macroenabled")
                || type.contains("vbaproject") || type.contains("vbadata")) return Kind.MACROS;
        if (name.contains("activex/") || type.contains("activex")) return Kind.ACTIVEX;
        if (named != null) return named;
        if (type.contains("oleobject")) return Kind.OLE_OBJECT;
        if (name.contains("embeddings/")) return Kind.EMBEDDED_FILE;
        return null;
    }

    /** "外部链接（word/settings.xml 的 attachedTemplate 关系 → http://…）", "宏（word/vbaProject.bin）". */
    public String zh() {
        if (relationship == null) return kind.zh + "（" + part + "）";
        return kind.zh + "（" + (part.isEmpty() ? "文件包" : part) + " 的 " + relationship + " 关系 → " + target + "）";
    }

    public String en() {
        if (relationship == null) return kind.en + " (" + part + ")";
        return kind.en + " (" + relationship + " of " + (part.isEmpty() ? "the package" : part) + " → " + target + ")";
    }
}
