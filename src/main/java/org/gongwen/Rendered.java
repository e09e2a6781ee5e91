package org.gongwen;

import org.gongwen.model.Warning;

import java.util.List;

/**
 * One written output: its bytes, what the writer noticed (e.g. a glyph missing from every font), for
 * a PDF its page count as the typesetter laid it out (0 for the other formats), and the id and
 * version (hex SHA-256) of the house template it was made with, which the DOCX and PDF also carry.
 */
public record Rendered(Format format, byte[] bytes, List<Warning> warnings, int pages,
                       String templateId, String templateVersion) {
    public Rendered {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
