package org.gongwen.web;

import org.gongwen.ingest.NumberingCheck;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's blocks as the review page lists them, one row each, in order: the body, then each
 * appendix's title and blocks. A row names its block by place in the document it was made from
 * ("b0.3": the body's fourth block, "b2.0": the second appendix's first, "a2": that appendix's title),
 * which the hidden model carries between the steps, so a row says which block it corrects.
 */
public final class ReviewRows {
    private ReviewRows() {}

    /** Kinds a clerk can give a text row, in the order the chooser lists them, with their names. */
    static final Map<String, String> TEXT_KINDS = names(
            "h1", "一级标题 一、", "h2", "二级标题 （一）", "h3", "三级标题 1.", "h4", "四级标题 （1）",
            "p", "正文段落", "chapter", "章", "article", "条", "att", "附件说明", "note", "附注");
    /** A row whose kind is fixed: a table, a picture, an appendix's title. */
    static final Map<String, String> FIXED_KINDS = names("table", "表格", "figure", "图片", "appendix", "附件标题");

    /** A quoted piece of a warning: “…” as the importers quote the text they mean. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,})”");

    /**
     * One row of the page.
     *
     * @param id      the block's place ({@link ReviewRows})
     * @param kind    a key of {@link #TEXT_KINDS} or {@link #FIXED_KINDS}
     * @param text    the text as the clerk edits it; for a table, null (its cells are not edited here)
     * @param info    what else there is to know: a paragraph's run-in heading, a table's size, a picture's
     * @param level   a heading's level (for the outline's indent), 0 otherwise
     * @param section 0 for the body, n for the n-th appendix
     * @param notes   warnings about this block (numbering, what the importer said of its text)
     * @param no      the block's number on the page, counting blocks only (0 for an appendix's title)
     */
    public record Row(String id, String kind, String text, String info, int level, int section, List<String> notes, int no) {
        public boolean fixed() { return FIXED_KINDS.containsKey(kind); }
        public boolean appendixTitle() { return kind.equals("appendix"); }
        public String kindName() { return TEXT_KINDS.getOrDefault(kind, FIXED_KINDS.get(kind)); }
        /** Rows sized to their text: a long paragraph gets room, a heading one line. */
        /** The text box's rows where the browser does not size it to its content. */
        public int lines() { return text == null ? 1 : Math.min(12, text.length() / 45 + (int) text.lines().count()); }
    }

    /** Every row of the document, with live numbering warnings and the importer's warnings that quote its text. */
    static List<Row> of(OfficialDocument doc) {
        List<Row> rows = new ArrayList<>();
        int[] counted = {0};
        add(rows, doc.blocks(), 0, doc.warnings(), counted);
        for (int a = 0; a < doc.appendices().size(); a++) {
            Appendix appendix = doc.appendices().get(a);
            rows.add(new Row("a" + (a + 1), "appendix", nz(appendix.title()), "附件" + (a + 1), 0, a + 1, List.of(), 0));
            add(rows, appendix.blocks(), a + 1, doc.warnings(), counted);
        }
        return rows;
    }

    /**
     * The rows as the clerk last sent them (kind and text as typed, in their order), for a page shown again
     * after a correction could not be used; rows of ids the model does not have are left out.
     */
    static List<Row> asSent(OfficialDocument doc, List<ReviewForm.Row> sent) {
        Map<String, Row> known = new HashMap<>();
        for (Row r : of(doc)) known.put(r.id(), r);
        List<Row> rows = new ArrayList<>();
        int blocks = 0;
        for (ReviewForm.Row s : sent) {
            Row r = known.get(s.id());
            if (r == null) continue;
            String kind = r.fixed() || !TEXT_KINDS.containsKey(s.kind()) ? r.kind() : s.kind();
            String text = r.text() == null || s.text() == null ? r.text() : s.text();
            rows.add(new Row(r.id(), kind, text, r.info(), r.level(), r.section(), r.notes(), r.appendixTitle() ? 0 : ++blocks));
        }
        return rows;
    }

    /** The block a row id names in the document, or null. */
    static Block block(OfficialDocument doc, String id) {
        if (!id.startsWith("b")) return null;
        int dot = id.indexOf('.');
        try {
            int section = Integer.parseInt(id.substring(1, dot));
            int index = Integer.parseInt(id.substring(dot + 1));
            List<Block> blocks = section == 0 ? doc.blocks() : doc.appendices().get(section - 1).blocks();
            return blocks.get(index);
        } catch (RuntimeException e) {
            return null;   // an id this page did not write
        }
    }

    /** The appendix a title row names ("a2": the second), or -1. */
    static int appendix(OfficialDocument doc, String id) {
        if (!id.startsWith("a")) return -1;
        try {
            int n = Integer.parseInt(id.substring(1));
            return n >= 1 && n <= doc.appendices().size() ? n - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The kind of row a block is shown as. */
    static String kind(Block b) {
        return switch (b) {
            case Block.Heading h -> "h" + h.level();
            case Block.Paragraph p -> "p";
            case Block.Attachments a -> "att";
            case Block.Table t -> "table";
            case Block.Note n -> "note";
            case Block.Chapter c -> "chapter";
            case Block.Article a -> "article";
            case Block.Figure f -> "figure";
        };
    }

    /** The block's text as the clerk reads and corrects it (what {@link ReviewEdits} reads back). */
    static String text(Block b) {
        return switch (b) {
            case Block.Heading h -> h.fullText();
            case Block.Paragraph p -> p.fullText();
            // numbered as the 附件说明 prints them, so that reading the row back strips exactly that number
            // (an item that opens with digits, "1.5亿元……", keeps them)
            case Block.Attachments a -> java.util.stream.IntStream.range(0, a.items().size())
                    .mapToObj(i -> (i + 1) + "." + a.items().get(i)).collect(java.util.stream.Collectors.joining("\n"));
            case Block.Table t -> null;
            case Block.Note n -> n.text();
            case Block.Chapter c -> c.label().isEmpty() ? c.text() : c.label() + "　" + c.text();
            case Block.Article a -> a.label() + (a.caption() == null ? "" : "（" + a.caption() + "）")
                    + (a.text().isEmpty() || a.label().isEmpty() ? a.text() : "　" + a.text());
            case Block.Figure f -> f.caption();
        };
    }

    /** The blocks of one section as rows; {@code counted} holds how many blocks came before (the rows' numbers). */
    private static void add(List<Row> rows, List<Block> blocks, int section, List<Warning> imported, int[] counted) {
        List<Warning> numbering = NumberingCheck.atEach(blocks, "");
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (section == 0 && b instanceof Block.Note) continue;   // the body's 附注 are the 附注 field
            List<String> notes = new ArrayList<>();
            if (numbering.get(i) != null) notes.add(numbering.get(i).message());
            String text = text(b);
            for (Warning w : imported) {
                if (!w.code().startsWith("numbering") && quotes(w.message(), text)) notes.add(w.message());
            }
            rows.add(new Row("b" + section + "." + i, kind(b), text, info(b), b instanceof Block.Heading h ? h.level() : 0,
                    section, notes, ++counted[0]));
        }
    }

    /** Whether a warning quotes this text (a clipped quote "…" matched by what is left of it). */
    static boolean quotes(String message, String text) {
        if (text == null || text.isBlank()) return false;
        Matcher m = QUOTED.matcher(message);
        while (m.find()) {
            String q = m.group(1).replace("…", "").strip();
            if (q.length() >= 4 && text.contains(q)) return true;
        }
        return false;
    }

    private static String info(Block b) {
        return switch (b) {
            case Block.Paragraph p when p.lead() != null && !p.lead().fullText().isEmpty() ->
                    "段首标题（" + LEVELS[p.lead().level()] + "）：" + p.lead().fullText();
            case Block.Table t -> t.rows().size() + " 行 " + t.columns() + " 列"
                    + (t.rows().isEmpty() ? "" : "：" + clip(String.join(" | ", t.rows().getFirst())));
            case Block.Figure f -> "图片 " + Math.round(f.widthPt() / 72 * 25.4) + "×" + Math.round(f.heightPt() / 72 * 25.4)
                    + " 毫米；下面的文字是图题";
            default -> null;
        };
    }

    private static final String[] LEVELS = {"", "一级", "二级", "三级", "四级"};

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
