package org.gongwen.docx;

import org.gongwen.model.Block;
import org.gongwen.ooxml.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures one DOCX being written carries (issue 15): each distinct image once, as
 * {@code word/media/figureN.png} (or .jpeg) in the order the document shows them, related from the
 * main document as {@code rIdFigureN}, with its content type; names and ids the template already uses
 * are skipped, so the same document and template always give the same package.
 */
final class Media {
    private static final String RELS = "word/_rels/document.xml.rels";
    private static final String TYPES = "[Content_Types].xml";
    static final String IMAGE = Ooxml.R + "/image";
    private static final Pattern DOC_PR_ID = Pattern.compile("<(?:\\w+:)?docPr\\b[^>]*?\\sid=\"(\\d+)\"");
    private static final Pattern PART = Pattern.compile("word/(?:document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");

    /** A picture in the package: its part, relationship id and content type. */
    record Part(String name, String relationshipId, String contentType, byte[] bytes) {}

    private final Map<String, byte[]> parts;
    private final Map<ByteBuffer, Part> byContent = new LinkedHashMap<>();
    private final Map<String, Boolean> usedIds = new HashMap<>();
    private int nextDocPrId;
    private boolean idsRead;

    /** For the package being written; the ids its template uses are read when the first picture comes. */
    Media(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** The drawing ids and relationship ids the template's parts already use. */
    private void readIds() {
        int max = 0;
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (!PART.matcher(p.getKey()).matches()) continue;
            Matcher m = DOC_PR_ID.matcher(new String(p.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                try {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                } catch (NumberFormatException e) {
                    // an id past int: Word's own would not be
                }
            }
        }
        nextDocPrId = max + 1;
        byte[] rels = parts.get(RELS);
        if (rels != null) {
            for (Element r : Ooxml.children(Ooxml.parse(rels).getDocumentElement())) usedIds.put(r.getAttribute("Id"), true);
        }
        idsRead = true;
    }

    /** The relationship id of the figure's image, adding the image to the package the first time it is seen. */
    String relationshipId(Block.Figure figure) {
        if (!idsRead) readIds();
        byte[] bytes = figure.data();
        Part part = byContent.get(ByteBuffer.wrap(bytes));
        if (part != null) return part.relationshipId();
        boolean png = figure.mediaType().equals(Block.Figure.PNG);
        int n = byContent.size() + 1;
        String name, id;
        do {
            name = "word/media/figure" + n + (png ? ".png" : ".jpeg");
            id = "rIdFigure" + n;
            n++;
        } while (parts.containsKey(name) || usedIds.containsKey(id));
        usedIds.put(id, true);
        part = new Part(name, id, figure.mediaType(), bytes);
        byContent.put(ByteBuffer.wrap(bytes), part);
        return id;
    }

    /** An id for a drawing's wp:docPr, unique in the document. */
    int nextDrawingId() {
        if (!idsRead) readIds();
        return nextDocPrId++;
    }

    /** Puts the pictures, their relationships and their content types into the package. */
    void addTo(Map<String, byte[]> out) {
        if (byContent.isEmpty()) return;
        Document rels = Ooxml.parse(out.get(RELS));
        Document types = Ooxml.parse(out.get(TYPES));
        for (Part p : byContent.values()) {
            Ooxml.addRelationship(rels, p.relationshipId(), IMAGE, p.name().substring("word/".length()));
            Ooxml.addOverride(types, "/" + p.name(), p.contentType());
            out.put(p.name(), p.bytes());
        }
        out.put(RELS, Ooxml.serialize(rels));
        out.put(TYPES, Ooxml.serialize(types));
    }
}
