package org.gongwen.web;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * A clerk's corrections of the heading outline: the n-th heading of the body gets a new level and
 * text, or (level 0) turns out to be body text after all (a look-alike such as 一是……).
 */
final class DocumentEdits {
    private DocumentEdits() {}

    static OfficialDocument headings(OfficialDocument document, List<Integer> levels, List<String> texts) {
        if (levels == null || texts == null || levels.isEmpty()) return document;
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h && n < levels.size() && n < texts.size()) {
                Integer level = levels.get(n);
                String text = texts.get(n) == null ? h.text() : texts.get(n).strip();
                n++;
                if (level == null || level < 0 || level > 4) {
                    blocks.add(h);
                } else if (level == 0) {
                    blocks.add(new Block.Paragraph(h.label() + text));
                } else {
                    blocks.add(new Block.Heading(level, h.label(), text));
                }
            } else {
                blocks.add(block);
            }
        }
        return document.toBuilder().blocks(blocks).build();
    }
}
