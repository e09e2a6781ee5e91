package org.gongwen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/** One block of a document body. Writers switch over the permitted kinds exhaustively. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Attachments.class, name = "attachments"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Note.class, name = "note"),
        @JsonSubTypes.Type(value = Block.Chapter.class, name = "chapter"),
        @JsonSubTypes.Type(value = Block.Article.class, name = "article")
})
public sealed interface Block {

    /**
     * A heading of level 1–4 (一、 / （一） / 1. / （1）), its label kept as written.
     * {@code label} may be empty for a heading without a number (e.g. a Markdown heading).
     */
    record Heading(int level, String label, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) throw new IllegalArgumentException("heading level must be 1..4: " + level);
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }
        /** Label and text as printed. */
        public String fullText() { return label + text; }
    }

    /**
     * A body paragraph. {@code lead} is the run-in heading sentence that opens it, as in
     * "（一）强化法治学习。坚持……": the lead takes its level's face, {@code text} the body face.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Paragraph(Lead lead, String text) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
        }
        public Paragraph(String text) { this(null, text); }
        /** Lead and text as printed. */
        public String fullText() { return lead == null ? text : lead.fullText() + text; }
    }

    /** The run-in heading sentence of a paragraph. */
    record Lead(int level, String label, String text) {
        public Lead {
            if (level < 1 || level > 4) throw new IllegalArgumentException("lead level must be 1..4: " + level);
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }
        public String fullText() { return label + text; }
    }

    /** 附件说明: "附件：1.… 2.…"; items are the names without number and without end punctuation. */
    record Attachments(List<String> items) implements Block {
        public Attachments {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * A table of text cells. {@code headerRows} rows at the top repeat on each page when the
     * table splits (0: none repeat).
     */
    record Table(List<List<String>> rows, int headerRows) implements Block {
        public Table {
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        }
        public int columns() { return rows.stream().mapToInt(List::size).max().orElse(0); }
    }

    /** 附注, such as （此件公开发布）: printed after the date, in parentheses as given. */
    record Note(String text) implements Block {
        public Note {
            text = text == null ? "" : text;
        }
    }

    /** A chapter of legal-style text: 第一章 总则. */
    record Chapter(String label, String text) implements Block {
        public Chapter {
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }
    }

    /**
     * An article of legal-style text: 第一条 (目的和依据) or 第一条　为了…….
     * {@code caption} is the bracketed article title when there is one, {@code text} the run-in body.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Article(String label, String caption, String text) implements Block {
        public Article {
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }
    }
}
