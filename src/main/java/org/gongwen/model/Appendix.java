package org.gongwen.model;

import java.util.List;

/** An attached document (附件) with its own title and body, e.g. the 办法 a 印发 notice carries. */
public record Appendix(String title, List<Block> blocks) {
    public Appendix {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
