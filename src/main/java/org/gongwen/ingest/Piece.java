package org.gongwen.ingest;

import org.gongwen.model.Block;

import java.util.List;

/**
 * What an importer hands to the {@link StructureDetector}: the document as a sequence of lines,
 * headings its format marked explicitly, tables and pictures. The detector does the rest the same way
 * for every format.
 */
public sealed interface Piece {
    /** One paragraph of text, as written. */
    record Line(String text) implements Piece {}

    /** A heading the format marked (Markdown #, Word heading style): level 0 is the title, 1–4 headings. */
    record Marked(int level, String text) implements Piece {}

    /** A table; the first {@code headerRows} rows are its header. */
    record Grid(List<List<String>> rows, int headerRows) implements Piece {}

    /**
     * A picture, already in a format every output carries (PNG or JPEG) and within the limits. Its
     * caption is the one the format marked (Word's Caption style, a short centred line right under it,
     * Markdown's alt text), "" for none: the detector then takes a "图1 …" line beside it.
     */
    record Picture(Block.Figure figure) implements Piece {}
}
