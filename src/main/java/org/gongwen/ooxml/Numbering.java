package org.gongwen.ooxml;

import org.gongwen.model.ChineseNumerals;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.number;

/**
 * The numbering definitions of a document (numbering.xml): each list (w:num) and the levels of its
 * abstract definition, with their start values, number formats and label texts ("%1、", "（%2）").
 * A {@link Counter} walks a document's numbered paragraphs in order and writes each label as Word
 * shows it (一、 （一） 1. （1）).
 */
public final class Numbering {
    /** A list has at most nine levels. */
    private static final int LEVELS = 9;

    private record Level(int start, String format, String text) {}

    /** Levels by list id (w:numId); a level a definition lacks is null. */
    private final Map<String, Level[]> lists = new HashMap<>();

    /** @param numbering the numbering part, or null */
    public Numbering(Document numbering) {
        if (numbering == null) return;
        Element root = numbering.getDocumentElement();
        Map<String, Level[]> abstracts = new HashMap<>();
        for (Element a : Ooxml.children(root, "abstractNum")) {
            Level[] levels = new Level[LEVELS];
            int position = 0;
            for (Element lvl : Ooxml.children(a, "lvl")) {
                Double ilvl = number(lvl, "ilvl");
                int at = ilvl == null ? position : ilvl.intValue();
                position++;
                if (at < 0 || at >= LEVELS) continue;
                Double start = number(child(lvl, "start"), "val");
                String format = Ooxml.val(lvl, "numFmt");
                Element text = child(lvl, "lvlText");
                levels[at] = new Level(start == null ? 1 : start.intValue(), format == null ? "decimal" : format,
                        text == null ? "" : attr(text, "val"));
            }
            abstracts.putIfAbsent(attr(a, "abstractNumId"), levels);
        }
        for (Element num : Ooxml.children(root, "num")) {
            Level[] levels = abstracts.get(Ooxml.val(num, "abstractNumId"));
            if (levels != null) lists.putIfAbsent(attr(num, "numId"), levels);
        }
    }

    /** A new count, for one walk through a document. */
    public Counter counter() {
        return new Counter();
    }

    /** Counts the paragraphs of each list and level in document order; a paragraph of a level restarts the deeper ones. */
    public final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        private Counter() {}

        /**
         * The label Word shows before the next paragraph of list {@code numId} at level {@code ilvl};
         * "" when the list is unknown or the level a bullet. Counts the paragraph either way.
         */
        public String label(String numId, int ilvl) {
            Level[] levels = numId == null ? null : lists.get(numId);
            int at = Math.max(0, Math.min(LEVELS - 1, ilvl));
            if (levels == null || levels[at] == null) return "";
            int[] count = counts.computeIfAbsent(numId, k -> new int[LEVELS]);
            count[at] = count[at] == 0 ? levels[at].start() : count[at] + 1;
            for (int deeper = at + 1; deeper < LEVELS; deeper++) count[deeper] = 0;
            String text = levels[at].text();
            if (text == null || levels[at].format().equals("bullet")) return "";
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int k = text.charAt(++i) - '1';
                    if (k >= 0 && k < LEVELS && levels[k] != null) {
                        int value = count[k] == 0 ? levels[k].start() : count[k];
                        label.append(render(value, levels[k].format()));
                    }
                } else {
                    label.append(c);
                }
            }
            return label.toString();
        }

        /** The label of a paragraph with these resolved properties (its own w:numPr, else its style's). */
        public String label(ParaProps p) {
            return label(p.numId(), p.ilvl());
        }
    }

    private static String render(int value, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                 "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand" -> ChineseNumerals.format(value);
            default -> Integer.toString(value);
        };
    }
}
