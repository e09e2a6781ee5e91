package org.gongwen.web;

import org.gongwen.ingest.StructureDetector;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.Labels;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A clerk's corrections on the review page applied to the document: its fields, and its blocks row by
 * row — each row's kind and text, rows deleted, moved, merged, and split where the clerk typed a line
 * break. A row left as it was keeps its block exactly (a run-in heading, a caption, a table); a changed
 * row is read again by the importer's own rule for one line ({@link StructureDetector#line}), so a
 * corrected line becomes what the same line would have become in a paste.
 */
final class ReviewEdits {
    /** The row the page always sends last: without it, a page whose rows were all deleted would look like one that sent none. */
    static final String END = "end";

    private ReviewEdits() {}

    static OfficialDocument apply(OfficialDocument model, ReviewForm form) {
        OfficialDocument.Builder doc = model.toBuilder();
        List<Block> bodyNotes = model.blocks().stream().filter(Block.Note.class::isInstance).toList();
        List<ReviewForm.Row> rows = withOp(form.rows().stream().filter(r -> !form.deleted().contains(r.id())).toList(), form.op());
        if (!form.rows().isEmpty()) {
            List<Block> body = new ArrayList<>();
            List<Appendix> appendices = new ArrayList<>();
            String appendixTitle = null;
            List<Block> current = body;
            for (ReviewForm.Row row : rows) {
                if (row.id().equals(END)) continue;
                int a = ReviewRows.appendix(model, row.id());
                if (a >= 0) {
                    if (appendixTitle != null) appendices.add(new Appendix(appendixTitle, current));
                    appendixTitle = row.text() == null ? model.appendices().get(a).title() : oneLine(row.text());
                    current = new ArrayList<>();
                    continue;
                }
                Block original = ReviewRows.block(model, row.id());
                if (original != null) current.addAll(blocks(original, row.kind(), row.text()));
            }
            if (appendixTitle != null) appendices.add(new Appendix(appendixTitle, current));
            doc.blocks(body).appendices(appendices);
        } else {
            doc.blocks(model.blocks().stream().filter(b -> !(b instanceof Block.Note)).toList());
        }
        // the body's 附注 are one field, one a line; they print after the date wherever they stand (§7.3.6)
        List<Block> notes = form.field("notes") == null ? bodyNotes
                : lines(form.field("notes")).stream().map(n -> (Block) new Block.Note(n)).toList();
        List<Block> body = new ArrayList<>(doc.build().blocks());
        body.addAll(notes);
        doc.blocks(body);

        String title = form.field("title");
        if (title != null) doc.title(blankToNull(String.join("\n", lines(title))));   // the clerk's own line breaks stay
        if (form.field("titleNote") != null) doc.titleNote(blankToNull(oneLine(form.field("titleNote"))));
        if (form.field("docNumber") != null) doc.docNumber(blankToNull(oneLine(form.field("docNumber"))));
        if (form.field("recipients") != null) doc.recipients(blankToNull(oneLine(form.field("recipients"))));
        if (form.field("issuers") != null) doc.issuers(lines(form.field("issuers")));
        if (form.field("date") != null) doc.date(DocumentInput.parseDate(form.field("date")));
        if (form.field("cc") != null) doc.cc(blankToNull(oneLine(form.field("cc"))));
        if (form.field("printer") != null) doc.printer(blankToNull(oneLine(form.field("printer"))));
        if (form.field("printDate") != null) doc.printDate(DocumentInput.parseDate(form.field("printDate")));
        OfficialDocument edited = doc.build();
        return edited.toBuilder().warnings(stillTrue(model, edited)).build();
    }

    /**
     * The importer's warnings that still say something of the corrected document: one that quoted a
     * block's text goes once no block has that text any more (the clerk corrected or deleted it), one
     * about an unreadable 成文日期 once a date is set.
     */
    private static List<Warning> stillTrue(OfficialDocument model, OfficialDocument edited) {
        List<String> before = texts(model), after = texts(edited);
        return model.warnings().stream()
                .filter(w -> !(w.code().equals("unreadable-date") && edited.date() != null && w.message().contains("成文日期")))
                .filter(w -> before.stream().noneMatch(t -> ReviewRows.quotes(w.message(), t))
                        || after.stream().anyMatch(t -> ReviewRows.quotes(w.message(), t)))
                .toList();
    }

    private static List<String> texts(OfficialDocument doc) {
        List<String> texts = new ArrayList<>();
        doc.blocks().forEach(b -> texts.add(ReviewRows.text(b)));
        doc.appendices().forEach(a -> a.blocks().forEach(b -> texts.add(ReviewRows.text(b))));
        return texts;
    }

    /** A row button pressed without JavaScript, applied to the rows: what the page's script does in place. */
    static List<ReviewForm.Row> withOp(List<ReviewForm.Row> rows, String op) {
        if (op == null || op.indexOf(':') < 0) return rows;
        String what = op.substring(0, op.indexOf(':')), id = op.substring(op.indexOf(':') + 1);
        List<ReviewForm.Row> out = new ArrayList<>(rows);
        int i = -1;
        for (int k = 0; k < out.size(); k++) if (out.get(k).id().equals(id)) i = k;
        if (i < 0 || id.equals(END)) return rows;
        int last = out.size() - (out.getLast().id().equals(END) ? 2 : 1);
        switch (what) {
            case "up" -> { if (i > 0) out.add(i - 1, out.remove(i)); }
            case "down" -> { if (i < last) out.add(i + 1, out.remove(i)); }
            case "delete" -> out.remove(i);
            case "merge" -> {
                // with the next row of text: one paragraph of the two, in this row's kind
                if (i < last && isText(out.get(i)) && isText(out.get(i + 1))) {
                    ReviewForm.Row next = out.remove(i + 1), row = out.get(i);
                    out.set(i, new ReviewForm.Row(row.id(), row.kind(), nz(row.text()).strip() + nz(next.text()).strip()));
                }
            }
            default -> { }
        }
        return out;
    }

    private static boolean isText(ReviewForm.Row row) {
        return ReviewRows.TEXT_KINDS.containsKey(row.kind()) && row.text() != null;
    }

    /** The blocks one row makes: none when its text was cleared, several when the clerk broke it into lines. */
    static List<Block> blocks(Block original, String kind, String typed) {
        String originalText = ReviewRows.text(original);
        if (original instanceof Block.Table) return List.of(original);            // cells are not edited here
        String text = typed == null ? originalText : typed;
        if (original instanceof Block.Figure f) return List.of(f.withCaption(oneLine(text)));
        if (!ReviewRows.TEXT_KINDS.containsKey(kind)) kind = ReviewRows.kind(original);
        if (kind.equals(ReviewRows.kind(original)) && text.equals(originalText)) return List.of(original);
        if (kind.equals("att")) {
            List<String> items = StructureDetector.attachmentItems(text);
            return items.isEmpty() ? List.of() : List.of(new Block.Attachments(items));
        }
        List<String> lines = lines(text);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // the first line is what the clerk chose; lines split off it are read as a paste's lines are
            out.add(i == 0 ? as(kind, lines.get(i), original) : StructureDetector.line(lines.get(i)));
        }
        return out;
    }

    private static Block as(String kind, String text, Block original) {
        return switch (kind) {
            case "h1", "h2", "h3", "h4" -> {
                int level = kind.charAt(1) - '0';
                Labels.Label label = Labels.parse(text);
                yield label == null ? new Block.Heading(level, "", text)
                        : new Block.Heading(level, label.label(), label.rest().strip());
            }
            case "chapter" -> StructureDetector.line(text) instanceof Block.Chapter c ? c : new Block.Chapter("", text);
            case "article" -> {
                if (StructureDetector.line(text) instanceof Block.Article a) yield a;
                // an article without a number keeps its caption while the text still opens with it
                if (original instanceof Block.Article a && a.caption() != null && text.startsWith("（" + a.caption() + "）")) {
                    yield new Block.Article("", a.caption(), text.substring(a.caption().length() + 2).strip());
                }
                yield new Block.Article("", null, text);
            }
            case "note" -> new Block.Note(text);
            default -> {
                // a paragraph keeps the run-in heading it had while its text still opens with it
                if (original instanceof Block.Paragraph p && p.lead() != null && text.startsWith(p.lead().fullText())) {
                    yield new Block.Paragraph(p.lead(), text.substring(p.lead().fullText().length()));
                }
                yield StructureDetector.line(text) instanceof Block.Paragraph p ? p : new Block.Paragraph(text);
            }
        };
    }

    /** The lines of a field or row, stripped, blank ones left out. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String oneLine(String s) {
        return String.join("", lines(s));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
