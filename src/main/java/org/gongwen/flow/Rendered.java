package org.gongwen.flow;

import org.gongwen.model.Warning;

import java.util.List;

/** One written output: its bytes, and what the writer noticed (e.g. a glyph missing from every font). */
public record Rendered(Format format, byte[] bytes, List<Warning> warnings) {
    public Rendered {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
