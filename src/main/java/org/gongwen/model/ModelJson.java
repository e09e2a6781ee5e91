package org.gongwen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of {@link OfficialDocument}: the contract of the CLI {@code parse} command, of the
 * HTTP API and of the JSON importer. Field order is fixed (as in issue 2), dates are ISO strings.
 */
public final class ModelJson {
    /** Deeper than any real document needs (document → blocks → lead), shallow enough to refuse bombs. */
    static final int MAX_DEPTH = 32;

    @JsonPropertyOrder({"title", "titleNote", "docNumber", "recipients", "issuers", "date", "publishDate", "source",
            "cc", "printer", "printDate", "blocks", "appendices", "warnings"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private interface DocumentOrder {}

    @JsonPropertyOrder({"type", "level", "label", "text"})
    private interface HeadingOrder {}

    @JsonPropertyOrder({"type", "lead", "text"})
    private interface ParagraphOrder {}

    @JsonPropertyOrder({"type", "label", "caption", "text"})
    private interface ArticleOrder {}

    @JsonPropertyOrder({"level", "label", "text"})
    private interface LeadOrder {}

    /** The image's base64 last: everything a reader looks for comes before it. */
    @JsonPropertyOrder({"type", "caption", "mediaType", "widthPt", "heightPt", "data"})
    private interface FigureOrder {}

    @JsonPropertyOrder({"title", "blocks"})
    private interface AppendixOrder {}

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .addMixIn(OfficialDocument.class, DocumentOrder.class)
            .addMixIn(Block.Heading.class, HeadingOrder.class)
            .addMixIn(Block.Paragraph.class, ParagraphOrder.class)
            .addMixIn(Block.Article.class, ArticleOrder.class)
            .addMixIn(Block.Lead.class, LeadOrder.class)
            .addMixIn(Block.Figure.class, FigureOrder.class)
            .addMixIn(Appendix.class, AppendixOrder.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ModelJson() {}

    /** Pretty JSON, fields in the contract's order; the same document always gives the same text. */
    public static String write(OfficialDocument doc) {
        return MAPPER.writeValueAsString(doc);
    }

    /** Reads the form {@link #write} makes. Malformed or too deeply nested JSON is a {@link BadInputException}. */
    public static OfficialDocument read(String json) {
        if (json == null || json.isBlank()) {
            throw new BadInputException(Fault.UNREADABLE, "json-empty", "JSON 内容为空，请提供公文的 JSON", "the JSON input is empty");
        }
        if (nesting(json) > MAX_DEPTH) throw tooDeep(null);
        try {
            OfficialDocument doc = MAPPER.readValue(json, OfficialDocument.class);
            if (doc == null) {
                throw new BadInputException(Fault.UNREADABLE, "json-invalid", "JSON 内容为 null，请提供一个公文对象", "the JSON input is null, expected a document object");
            }
            return withoutEmptyNotes(doc);
        } catch (StreamConstraintsException e) {
            throw tooDeep(e);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行，第 " + e.getLocation().getColumnNr() + " 列）";
            String whereEn = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String path = field(e);
            Reason reason = reason(e);
            throw new BadInputException(Fault.UNREADABLE, "json-invalid", "JSON 无法读取" + where + "：" + reason.zh() + "，请按公文 JSON 格式修改",
                    "the JSON cannot be read" + whereEn + (path.isEmpty() ? "" : " (" + path + ")") + ": " + reason.en(), e);
        }
    }

    /**
     * A 附注 without text would print as empty parentheses: it is dropped, and the clerk told where
     * (one warning for all of them, naming the first: a hostile document may carry hundreds of thousands).
     */
    private static OfficialDocument withoutEmptyNotes(OfficialDocument doc) {
        Dropped dropped = new Dropped();
        List<Block> blocks = withoutEmptyNotes(doc.blocks(), "blocks", dropped);
        List<Appendix> appendices = new ArrayList<>();
        for (int i = 0; i < doc.appendices().size(); i++) {
            Appendix a = doc.appendices().get(i);
            appendices.add(new Appendix(a.title(), withoutEmptyNotes(a.blocks(), "appendices[" + i + "].blocks", dropped)));
        }
        if (dropped.count == 0) return doc;
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        warnings.add(new Warning("empty-note", dropped.first + (dropped.count == 1 ? " 是" : " 等 " + dropped.count + " 个块是")
                + "没有文字的附注（note），已删除"));
        return doc.toBuilder().blocks(blocks).appendices(appendices).warnings(warnings).build();
    }

    /** The empty notes dropped: where the first was, and how many. */
    private static final class Dropped {
        String first;
        int count;
    }

    private static List<Block> withoutEmptyNotes(List<Block> blocks, String path, Dropped dropped) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Note n && n.text().isBlank()) {
                if (dropped.count++ == 0) dropped.first = path + "[" + i + "]";
            } else {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static BadInputException tooDeep(Throwable cause) {
        return new BadInputException(Fault.UNREADABLE, "json-too-deep", "JSON 嵌套超过 " + MAX_DEPTH + " 层，请检查内容",
                "the JSON is nested deeper than " + MAX_DEPTH + " levels", cause);
    }

    /**
     * The deepest bracket nesting outside strings. Checked before binding, because binding fails on
     * the first misplaced bracket and would call a nesting bomb merely "invalid".
     */
    private static int nesting(String json) {
        int depth = 0, max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') inString = true;
            else if (c == '{' || c == '[') max = Math.max(max, ++depth);
            else if (c == '}' || c == ']') depth--;
        }
        return max;
    }

    /** What is wrong, said for a clerk in Chinese and English: which field, and how. */
    private record Reason(String zh, String en) {}

    /** gongwen's own words, never the library's message (it names Java classes). */
    private static Reason reason(JacksonException e) {
        String field = field(e);
        return switch (e) {
            case UnrecognizedPropertyException u -> new Reason("未知字段“" + u.getPropertyName() + "”",
                    "unknown field \"" + u.getPropertyName() + "\"");
            case InvalidTypeIdException t -> new Reason("未知的块类型“" + t.getTypeId()
                    + "”（可用 heading、paragraph、attachments、table、note、chapter、article、figure）",
                    "unknown block type \"" + t.getTypeId() + "\" (heading, paragraph, attachments, table, note, chapter, article, figure)");
            case InvalidFormatException f -> new Reason("字段“" + field + "”的值“" + f.getValue() + "”格式不对（日期写作 2025-01-20）",
                    "field \"" + field + "\" has a value in the wrong form (dates are written 2025-01-20)");
            case ValueInstantiationException v -> new Reason("字段“" + field + "”的值无效", "field \"" + field + "\" has an invalid value");
            case MismatchedInputException m -> field.isEmpty()
                    ? new Reason("应为一个公文对象 {…}", "expected a document object {…}")
                    : new Reason("字段“" + field + "”的类型不对", "field \"" + field + "\" has the wrong type");
            case StreamReadException r -> new Reason("JSON 语法错误", "JSON syntax error");
            default -> new Reason("内容不符合公文 JSON 格式", "not in the document JSON form");
        };
    }

    /** The JSON path of the failing value, e.g. blocks[2].level. */
    private static String field(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }

}
