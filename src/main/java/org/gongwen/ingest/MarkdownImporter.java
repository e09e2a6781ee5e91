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
import org.gongwen.model.Warning;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

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

    /** Markdown without a folder to find its pictures in (pasted, or sent to the web service). */
    public static OfficialDocument read(String markdown, ImportLimits limits) {
        return read(markdown, limits, null);
    }

    /**
     * Markdown whose pictures ({@code ![说明](图/组织架构.png)}) are files in {@code folder}, named
     * relative to it; null: no folder, each picture is said in a warning and its caption kept as a line.
     */
    public static OfficialDocument read(String markdown, ImportLimits limits, Path folder) {
        limits.checkChars(markdown.length());
        List<Piece> pieces;
        Pictures pictures = new Pictures(folder, limits);
        try {
            pieces = pieces(PARSER.parse(markdown), pictures);
        } catch (StackOverflowError e) {
            // thousands of nested quotes or emphasis: no draft looks like that
            throw new BadInputException(Fault.UNREADABLE, "markdown-too-deep", "Markdown 嵌套层次过深（引用、列表或强调），请简化后再上传",
                    "the Markdown is nested too deeply (quotes, lists or emphasis)");
        }
        OfficialDocument doc = StructureDetector.detect(pieces);
        if (pictures.warnings.isEmpty()) return doc;
        List<Warning> all = new ArrayList<>(pictures.warnings);
        all.addAll(doc.warnings());
        return doc.toBuilder().warnings(all).build();
    }

    private static List<Piece> pieces(Node doc, Pictures pictures) {
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
                block(n, pieces, pictures);
            }
        }
        return pieces;
    }

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        return read(bytes, limits, null);
    }

    /** A Markdown file whose pictures are named relative to {@code folder} (null: none). */
    public static OfficialDocument read(byte[] bytes, ImportLimits limits, Path folder) {
        limits.checkBytes(bytes.length);
        return read(TextDecoder.decode(bytes), limits, folder);
    }

    private static void block(Node n, List<Piece> out, Pictures pictures) {
        switch (n) {
            case Paragraph p -> lines(p, out, pictures);
            case TableBlock t -> out.add(table(t));
            case OrderedList list -> {
                int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
                    List<Piece> inner = new ArrayList<>();
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) block(c, inner, pictures);
                    if (!inner.isEmpty() && inner.getFirst() instanceof Piece.Line first) {
                        inner.set(0, new Piece.Line(number + "." + first.text()));
                    }
                    out.addAll(inner);
                }
            }
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) block(c, out, pictures);
                }
            }
            case BlockQuote q -> { for (Node c = q.getFirstChild(); c != null; c = c.getNext()) block(c, out, pictures); }
            case FencedCodeBlock code -> code.getLiteral().lines().forEach(l -> out.add(new Piece.Line(l)));
            case IndentedCodeBlock code -> code.getLiteral().lines().forEach(l -> out.add(new Piece.Line(l)));
            case Heading h -> out.add(new Piece.Marked(Math.min(4, h.getLevel()), inline(h)));
            default -> { }
        }
    }

    /** A paragraph's text; soft breaks join wrapped lines, but split where a new unit (label, date, 附件) starts. */
    private static void lines(Paragraph p, List<Piece> out, Pictures pictures) {
        StringBuilder current = new StringBuilder();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            Image image = c instanceof Image i ? i : c instanceof Link l && l.getFirstChild() instanceof Image i
                    && i.getNext() == null ? i : null;
            if (image != null) {
                // a picture is a block of its own: the text before it is a line, then the picture
                if (!current.toString().isBlank()) out.add(new Piece.Line(current.toString().strip()));
                current.setLength(0);
                out.add(pictures.piece(image, inline(image).strip()));
                continue;
            }
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

    /**
     * The pictures of one Markdown file: each {@code ![说明](file)} read from the file's folder, only
     * by a relative name inside it (no "..", no absolute path, no URL, no link leading out); the alt
     * text is its caption unless it only names the file or says "image". A picture that cannot be read
     * (no folder, a missing file, a name outside the folder, a format no output carries) keeps its
     * caption as a line of text, and a warning says which and what to do.
     */
    private static final class Pictures {
        private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        private static final Pattern NO_CAPTION = Pattern.compile("(?i)(?:image|img|picture|pic|photo|图片|图像|插图|截图|照片)?[-_ \\d]*");
        private final Path folder;
        private final ImportLimits limits;
        private final PictureReader.Budget budget;
        final List<Warning> warnings = new ArrayList<>();
        private int count;

        Pictures(Path folder, ImportLimits limits) {
            this.folder = folder;
            this.limits = limits;
            this.budget = new PictureReader.Budget(limits);
        }

        Piece piece(Image image, String alt) {
            count++;
            String name = image.getDestination() == null ? "" : image.getDestination().strip();
            String caption = caption(alt, name);
            String which = "第 " + count + " 张图片“" + name + "”";
            Optional<Path> file = file(name, which);
            if (file.isPresent()) {
                byte[] bytes = read(file.get(), which);
                if (bytes != null) {
                    Optional<Piece.Picture> picture = PictureReader.read(bytes, name, 0, 0, caption, which, budget, warnings);
                    if (picture.isPresent()) return picture.get();
                }
            }
            return new Piece.Line(caption);   // the caption stays as text; an empty one is dropped
        }

        /** The file a picture names, inside the folder; empty (and a warning) when there is none to read. */
        private Optional<Path> file(String name, String which) {
            if (folder == null) {
                warn(which + "无法读取：粘贴的文本或网页上传的 Markdown 不带图片文件。请上传含图片的 Word（.docx）文档，"
                        + "或在 JSON 中以 figure 块附上图片");
                return Optional.empty();
            }
            String decoded = name.replace('\\', '/');
            if (decoded.contains("%")) {
                try {
                    decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // not percent-encoded after all
                }
            }
            boolean outside = decoded.isEmpty() || decoded.startsWith("/") || SCHEME.matcher(decoded).matches()
                    || Arrays.stream(decoded.split("/")).anyMatch(".."::equals);
            if (outside) {
                warn(which + "不是 Markdown 文件所在文件夹中的相对路径，未读取：请把图片放在该文件夹（或其子文件夹）中，"
                        + "用相对路径引用，如 ![图1 组织架构](图片/组织架构.png)");
                return Optional.empty();
            }
            try {
                Path base = folder.toRealPath();
                Path file = base.resolve(decoded).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(base)) {
                    throw new NoSuchFileException(decoded);
                }
                return Optional.of(file.toRealPath());
            } catch (IOException | InvalidPathException e) {
                warn(which + "在 Markdown 文件所在的文件夹中找不到：请确认文件名和位置，或上传含图片的 Word（.docx）文档");
                return Optional.empty();
            }
        }

        private byte[] read(Path file, String which) {
            try {
                long size = Files.size(file);
                limits.checkImageBytes(size, which);   // before it is read
                if (budget.spentWith(size) > limits.maxImagesBytes()) throw limits.imagesTooLarge(which);
                return Files.readAllBytes(file);
            } catch (IOException e) {
                warn(which + "无法读取：请确认文件可读，或上传含图片的 Word（.docx）文档");
                return null;
            }
        }

        private void warn(String message) {
            warnings.add(new Warning("picture-not-found", message));
        }

        /** The alt text, unless it is only the file's name or a word for "image". */
        private static String caption(String alt, String name) {
            String a = alt.strip();
            String file = name.substring(name.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            if (a.equals(file) || (dot > 0 && a.equals(file.substring(0, dot))) || NO_CAPTION.matcher(a).matches()) return "";
            return a;
        }
    }
}
