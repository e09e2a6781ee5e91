package org.gongwen;

import org.gongwen.model.Warning;

import java.util.List;

/**
 * One written output: its bytes, what the writer noticed (e.g. a glyph missing from every font), and
 * for a PDF its page count as the typesetter laid it out (0 for the other formats).
 */
public record Rendered(Format format, byte[] bytes, List<Warning> warnings, int pages) {
    public Rendered {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Rendered(Format format, byte[] bytes, List<Warning> warnings) {
        this(format, bytes, warnings, 0);
    }
}
