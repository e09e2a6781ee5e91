package org.gongwen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Arrays;
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
        @JsonSubTypes.Type(value = Block.Article.class, name = "article"),
        @JsonSubTypes.Type(value = Block.Figure.class, name = "figure")
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

    /**
     * A picture with its caption (图题), centred in the type area; every writer sizes and places it
     * as {@code compose.Figures} decides. In JSON {@code data} is the image's bytes in base64.
     *
     * @param caption   the caption printed under it, "" for none
     * @param mediaType {@value #PNG} or {@value #JPEG}: the formats every output carries as they are
     * @param widthPt   the size it was meant to have, in points (a Word draft's extent, else its pixels at
     *                  its resolution or 96 dpi); 0 or less: taken from the image's header
     * @param heightPt  the same, down
     * @param data      the image file's bytes (the record keeps its own copy and hands out copies)
     */
    record Figure(String caption, String mediaType, double widthPt, double heightPt, byte[] data) implements Block {
        public static final String PNG = "image/png";
        public static final String JPEG = "image/jpeg";

        public Figure {
            caption = caption == null ? "" : caption.strip();
            if (!PNG.equals(mediaType) && !JPEG.equals(mediaType)) {
                throw new IllegalArgumentException("a figure's mediaType is image/png or image/jpeg: " + mediaType);
            }
            if (data == null || data.length == 0) throw new IllegalArgumentException("a figure needs its image data");
            data = data.clone();
            if (!(widthPt > 0 && heightPt > 0 && widthPt < Double.POSITIVE_INFINITY && heightPt < Double.POSITIVE_INFINITY)) {
                // no size given (or half of one): the header's, keeping a given width's or height's scale
                ImageHeader h = ImageHeader.read(data);
                double w = h.widthPt(), ht = h.heightPt();
                if (widthPt > 0 && widthPt < Double.POSITIVE_INFINITY && w > 0) { ht = ht * widthPt / w; w = widthPt; }
                else if (heightPt > 0 && heightPt < Double.POSITIVE_INFINITY && ht > 0) { w = w * heightPt / ht; ht = heightPt; }
                widthPt = w;
                heightPt = ht;
            }
        }

        /** The JSON form's door: {@code widthPt} and {@code heightPt} may be left out (then the header's size). */
        @JsonCreator
        public static Figure of(@JsonProperty("caption") String caption, @JsonProperty("mediaType") String mediaType,
                                @JsonProperty("widthPt") Double widthPt, @JsonProperty("heightPt") Double heightPt,
                                @JsonProperty("data") byte[] data) {
            return new Figure(caption, mediaType, widthPt == null ? 0 : widthPt, heightPt == null ? 0 : heightPt, data);
        }

        /** A copy of the image's bytes. */
        @Override
        public byte[] data() { return data.clone(); }

        /** The image's size in bytes, without copying them. */
        public int size() { return data.length; }

        /** What the image's header says (format, pixels, resolution), read without decoding it. */
        public ImageHeader header() { return ImageHeader.read(data); }

        /** The same picture with another caption. */
        public Figure withCaption(String caption) {
            if (this.caption.equals(caption == null ? "" : caption.strip())) return this;   // no copy of the picture
            return new Figure(caption, mediaType, widthPt, heightPt, data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Figure f && caption.equals(f.caption) && mediaType.equals(f.mediaType)
                    && Double.compare(widthPt, f.widthPt) == 0 && Double.compare(heightPt, f.heightPt) == 0
                    && Arrays.equals(data, f.data);
        }

        @Override
        public int hashCode() {
            return ((caption.hashCode() * 31 + mediaType.hashCode()) * 31 + Double.hashCode(widthPt) * 7 + Double.hashCode(heightPt))
                    * 31 + Arrays.hashCode(data);
        }

        /** Without the bytes: their count. */
        @Override
        public String toString() {
            return "Figure[caption=" + caption + ", mediaType=" + mediaType + ", widthPt=" + widthPt + ", heightPt=" + heightPt
                    + ", data=" + data.length + " bytes]";
        }
    }
}
