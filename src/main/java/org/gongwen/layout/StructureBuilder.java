package org.gongwen.layout;

import org.gongwen.layout.Layout.Structure;
import org.gongwen.layout.Layout.Tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds a {@link Structure} as the typesetter meets the document: each node is added after its parent
 * and after its earlier siblings, so the order of the list is reading order.
 */
final class StructureBuilder {
    static final int DOCUMENT = 0;

    private final List<Structure.Node> nodes = new ArrayList<>();
    /** The document's heading levels (1 一、 … 4 （1）) open above the next heading, innermost last. */
    private final Deque<Integer> openLevels = new ArrayDeque<>();

    StructureBuilder() {
        nodes.add(new Structure.Node(-1, Tag.DOCUMENT, ""));
    }

    int add(int parent, Tag tag) {
        return add(parent, tag, "");
    }

    int add(int parent, Tag tag, String alt) {
        nodes.add(new Structure.Node(parent, tag, alt));
        return nodes.size() - 1;
    }

    /**
     * A heading of the document's level 1–4, tagged H1–H4 by its depth among the headings open above
     * it: a document's levels may skip (a （一） straight after the title), a tagged PDF's may not
     * (ISO 14289-1 §7.4.2), so a skipped level closes up. The same level keeps its tag while its parents stay.
     */
    int heading(int parent, int level) {
        while (!openLevels.isEmpty() && openLevels.peekLast() >= level) openLevels.removeLast();
        openLevels.addLast(level);
        Tag tag = switch (Math.min(openLevels.size(), 4)) {
            case 1 -> Tag.H1;
            case 2 -> Tag.H2;
            case 3 -> Tag.H3;
            default -> Tag.H4;
        };
        return add(parent, tag);
    }

    /** A new run of headings (an appendix's own title and headings), its first at H1 again. */
    void restartHeadings() {
        openLevels.clear();
    }

    Structure build() {
        return new Structure(nodes);
    }
}
