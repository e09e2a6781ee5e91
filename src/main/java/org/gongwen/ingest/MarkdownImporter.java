package org.gongwen.ingest;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.*;
import org.commonmark.parser.Parser;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown drafts, parsed with commonmark (GFM tables): a leading # heading is the title, the other
 * # levels become heading levels 1–4 (a numbered label such as （一） decides the level itself),
 * pipe tables become tables, list items become lines so that 附件： lists are found.
 */
public final class MarkdownImporter {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** A soft line break starts a new line of the document when the next line opens a new unit. */
    private static final Pattern NEW_UNIT = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[.．、](?!\\d)|第[一二三四五六七八九十百\\d]+[章条]|附\\s*件|\\d{4}年|[〇○一二三四五六七八九]{4}年).*");

    private MarkdownImporter() {}

    public static OfficialDocument read(String markdown, ImportLimits limits) {
        limits.checkChars(markdown.length());
        List<Piece> pieces;
        try {
            pieces = pieces(PARSER.parse(markdown));
        } catch (StackOverflowError e) {
            // thousands of nested quotes or emphasis: no draft looks like that
            throw new BadInputException(Fault.UNREADABLE, "markdown-too-deep", "Markdown 嵌套层次过深（引用、列表或强调），请简化后再上传",
                    "the Markdown is nested too deeply (quotes, lists or emphasis)");
        }
        return StructureDetector.detect(pieces);
    }

    private static List<Piece> pieces(Node doc) {
        List<Piece> pieces = new ArrayList<>();
        int titleLevel = 0, topLevel = 7;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (n == doc.getFirstChild() && titleLevel == 0) titleLevel = h.getLevel();
                else topLevel = Math.min(topLevel, h.getLevel());
            }
        }
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                boolean isTitle = n == doc.getFirstChild();
                int level = isTitle ? 0 : Math.max(1, Math.min(4, h.getLevel() - topLevel + 1));
                pieces.add(new Piece.Marked(level, inline(h)));
            } else {
                block(n, pieces);
            }
        }
        return pieces;
    }

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        return read(TextDecoder.decode(bytes), limits);
    }

    private static void block(Node n, List<Piece> out) {
        switch (n) {
            case Paragraph p -> lines(p, out);
            case TableBlock t -> out.add(table(t));
            case OrderedList list -> {
                int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
                    List<Piece> inner = new ArrayList<>();
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) block(c, inner);
                    if (!inner.isEmpty() && inner.getFirst() instanceof Piece.Line first) {
                        inner.set(0, new Piece.Line(number + "." + first.text()));
                    }
                    out.addAll(inner);
                }
            }
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) block(c, out);
                }
            }
            case BlockQuote q -> { for (Node c = q.getFirstChild(); c != null; c = c.getNext()) block(c, out); }
            case FencedCodeBlock code -> code.getLiteral().lines().forEach(l -> out.add(new Piece.Line(l)));
            case IndentedCodeBlock code -> code.getLiteral().lines().forEach(l -> out.add(new Piece.Line(l)));
            case Heading h -> out.add(new Piece.Marked(Math.min(4, h.getLevel()), inline(h)));
            default -> { }
        }
    }

    /** A paragraph's text; soft breaks join wrapped lines, but split where a new unit (label, date, 附件) starts. */
    private static void lines(Paragraph p, List<Piece> out) {
        StringBuilder current = new StringBuilder();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                String upcoming = c.getNext() == null ? "" : inline(c.getNext()).strip();
                String done = current.toString().strip();
                if (c instanceof HardLineBreak || NEW_UNIT.matcher(upcoming).matches() || done.matches(".*[。！？：:]$")) {
                    out.add(new Piece.Line(done));
                    current.setLength(0);
                }
                continue;
            }
            current.append(inline(c));
        }
        if (!current.toString().isBlank()) out.add(new Piece.Line(current.toString().strip()));
    }

    private static Piece.Grid table(TableBlock t) {
        List<List<String>> rows = new ArrayList<>();
        int header = 0;
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(inline(cell).strip());
                }
                rows.add(cells);
                if (section instanceof TableHead) header++;
            }
        }
        return new Piece.Grid(rows, header);
    }

    /** The plain text of inline content: emphasis, links and code lose their markup. */
    private static String inline(Node n) {
        if (n instanceof Text t) return t.getLiteral();
        if (n instanceof Code c) return c.getLiteral();
        if (n instanceof SoftLineBreak) return "";
        if (n instanceof HardLineBreak) return "";
        if (n instanceof HtmlInline) return "";
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) sb.append(inline(c));
        return sb.toString();
    }
}
