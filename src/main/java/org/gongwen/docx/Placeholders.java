package org.gongwen.docx;

import org.gongwen.ooxml.Ooxml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{name}}} placeholders in a paragraph's text, also when Word split a placeholder
 * over several runs: the replacement goes into the run where the placeholder starts, so it keeps
 * that run's formatting. A "\n" in a replacement becomes a line break (w:br).
 */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private Placeholders() {}

    /** The placeholder names in a paragraph's text, in order. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** Replaces the known placeholders of {@code paragraph}; unknown ones stay for the clerk to see. */
    static void replace(Element paragraph, Map<String, String> values) {
        List<Element> texts = Ooxml.descendants(paragraph, "t");
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Element t : texts) {
            starts.add(all.length());
            all.append(t.getTextContent());
        }
        Matcher m = PLACEHOLDER.matcher(all);
        List<int[]> matches = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) continue;
            matches.add(new int[]{m.start(), m.end()});
            replacements.add(values.get(m.group(1)));
        }
        // Right to left, so earlier offsets stay valid.
        for (int i = matches.size() - 1; i >= 0; i--) {
            int start = matches.get(i)[0], end = matches.get(i)[1];
            for (int k = texts.size() - 1; k >= 0; k--) {
                Element t = texts.get(k);
                int from = starts.get(k), to = from + t.getTextContent().length();
                if (to <= start || from >= end) continue;
                String s = t.getTextContent();
                int a = Math.max(start, from) - from, b = Math.min(end, to) - from;
                String middle = from <= start ? replacements.get(i) : "";
                t.setTextContent(s.substring(0, a) + middle + s.substring(b));
            }
            // Lengths changed: recompute the starts for the next (earlier) match.
            int pos = 0;
            for (int k = 0; k < texts.size(); k++) {
                starts.set(k, pos);
                pos += texts.get(k).getTextContent().length();
            }
            // Offsets of earlier matches are unaffected: they lie before this one.
        }
        for (Element t : texts) {
            t.setAttributeNS(Ooxml.XML_NS, "xml:space", "preserve");
            if (t.getTextContent().contains("\n")) splitLines(t);
        }
    }

    /** Turns "a\nb" in one w:t into w:t a, w:br, w:t b inside the same run. */
    private static void splitLines(Element t) {
        String[] lines = t.getTextContent().split("\n", -1);
        Node parent = t.getParentNode();
        Node next = t.getNextSibling();
        t.setTextContent(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            Element br = t.getOwnerDocument().createElementNS(Ooxml.W, "w:br");
            parent.insertBefore(br, next);
            Element nt = (Element) t.cloneNode(false);
            nt.setTextContent(lines[i]);
            parent.insertBefore(nt, next);
        }
    }
}
