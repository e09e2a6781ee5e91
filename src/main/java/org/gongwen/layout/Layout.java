package org.gongwen.layout;

import org.gongwen.model.Warning;
import org.gongwen.style.FontFace;
import org.gongwen.style.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A typeset document: pages of positioned lines, rules and pictures, ready for a painter. Coordinates are points from
 * the top-left corner of the page, y growing downwards. No painter types here.
 *
 * @param pages    in order
 * @param outline  bookmarks (headings of levels 1–2 and appendices)
 * @param info     document metadata
 * @param warnings what the typesetter noticed (e.g. a glyph missing from every font)
 * @param structure the logical structure the lines and pictures belong to, for a tagged PDF
 */
public record Layout(List<Page> pages, List<OutlineEntry> outline, DocumentInfo info, List<Warning> warnings,
                     Structure structure) {
    public Layout {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
        warnings = List.copyOf(warnings);
    }

    /**
     * One page. {@code typeArea*} is the 版心 the lines were set in; {@code label} is the printed
     * page number ("1"), also used as the PDF page label.
     */
    public record Page(int index, String label, double widthPt, double heightPt,
                       double typeAreaLeft, double typeAreaTop, double typeAreaRight, double typeAreaBottom,
                       List<Line> lines, List<Rule> rules, List<Image> images) {
        public Page {
            lines = List.copyOf(lines);
            rules = List.copyOf(rules);
            images = List.copyOf(images);
        }
    }

    /**
     * A picture placed on the page: its top-left corner at ({@code left}, {@code top}), drawn
     * {@code widthPt} x {@code heightPt}; {@code data} is the PNG or JPEG file ({@code mediaType}) as
     * the document carries it, shared, not copied: nobody writes into it. {@code node} is its Figure
     * in the {@link Structure}.
     */
    public record Image(double left, double top, double widthPt, double heightPt, String mediaType, byte[] data,
                        int node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Image i && Double.compare(left, i.left) == 0 && Double.compare(top, i.top) == 0
                    && Double.compare(widthPt, i.widthPt) == 0 && Double.compare(heightPt, i.heightPt) == 0
                    && mediaType.equals(i.mediaType) && Arrays.equals(data, i.data) && node == i.node;
        }

        @Override
        public int hashCode() {
            return Objects.hash(left, top, widthPt, heightPt, mediaType, node) * 31 + Arrays.hashCode(data);
        }

        /** Without the bytes: their count. */
        @Override
        public String toString() {
            return "Image[left=" + left + ", top=" + top + ", widthPt=" + widthPt + ", heightPt=" + heightPt
                    + ", mediaType=" + mediaType + ", data=" + data.length + " bytes, node=" + node + "]";
        }
    }

    /**
     * One printed line.
     *
     * @param role       what the line belongs to (BODY, TITLE, PAGE_NUMBER …)
     * @param baseline   y of the baseline
     * @param gridLine   0-based line of the page grid the line sits on, or -1 off the grid
     * @param left       x where the line's measure starts (after indents)
     * @param right      x where the line's measure ends
     * @param runs       the glyphs, left to right
     * @param lastOfParagraph the paragraph's last line (not justified)
     * @param wordBreak  broken at spaces between words, which are not printed: the text goes on after a space
     */
    public record Line(Role role, double baseline, int gridLine, double left, double right,
                       List<GlyphRun> runs, boolean lastOfParagraph, boolean wordBreak) {
        public Line {
            runs = List.copyOf(runs);
        }

        /** The line's text, as a reader copies it. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (GlyphRun r : runs) sb.append(r.text());
            return sb.toString();
        }

        /** x of the first glyph. */
        public double startX() { return runs.isEmpty() ? left : runs.get(0).x()[0]; }

        /** x where the last glyph's advance ends. */
        public double endX() {
            if (runs.isEmpty()) return left;
            GlyphRun last = runs.get(runs.size() - 1);
            return last.x()[last.x().length - 1] + last.lastAdvance();
        }
    }

    /**
     * Glyphs of one face, size and colour that belong to one node of the {@link Structure} ({@code node},
     * or {@link Structure#ARTIFACT}: a page number, a repeated table header). {@code x[i]} is the pen
     * position of the i-th code point of {@code text}; {@code lastAdvance} is the space the last glyph
     * takes (so the run ends at {@code x[n-1] + lastAdvance}).
     */
    public record GlyphRun(FontFace face, double sizePt, String color, String text, double[] x, double lastAdvance,
                           int node) {}

    /**
     * A straight rule from (x1,y1) to (x2,y2), {@code widthPt} thick (red separator, table borders, 版记):
     * decoration, never part of the {@link Structure}.
     */
    public record Rule(double x1, double y1, double x2, double y2, double widthPt, String color) {}

    /** A bookmark: level 1 or 2, the text, the page index (0-based) and the y of its line's top. */
    public record OutlineEntry(int level, String title, int pageIndex, double top) {}

    /**
     * The document's logical structure, what a tagged PDF writes as its structure tree (ISO 32000-1
     * §14.8.4, ISO 14289-1 §7): node 0 is the document; a node's children are the nodes naming it as
     * parent, in the order of {@code nodes}, which is reading order. Only nodes without children hold
     * content (a GlyphRun's or an Image's {@code node}).
     */
    public record Structure(List<Node> nodes) {
        /** Content that is not part of the document's text: page numbers, repeated table headers. */
        public static final int ARTIFACT = -1;

        public Structure {
            nodes = List.copyOf(nodes);
            for (int i = 1; i < nodes.size(); i++) {
                if (nodes.get(i).parent() < 0 || nodes.get(i).parent() >= i) {
                    throw new IllegalArgumentException("structure node " + i + " comes before its parent");
                }
            }
        }

        /** A node: its parent's index (-1 for the document), its kind, and for a Figure its alternative text. */
        public record Node(int parent, Tag tag, String alt) {}
    }

    /**
     * The kinds of structure node, the standard structure types of ISO 32000-1 §14.8.4 but for TITLE
     * (the document's title, which a PDF maps to H1).
     */
    public enum Tag { DOCUMENT, TITLE, H1, H2, H3, H4, P, SPAN, L, LI, LBL, LBODY, TABLE, TR, TH, TD, NOTE, SECT, FIGURE }

    /** Metadata for the file: title, author (the issuers), subject, keywords, and the document date. */
    public record DocumentInfo(String title, String author, String subject, String keywords, LocalDate date) {
        public DocumentInfo withTitle(String newTitle) {
            return new DocumentInfo(newTitle, author, subject, keywords, date);
        }
    }
}
