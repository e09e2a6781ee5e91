package org.gongwen.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongwen.PdfTagging;
import org.gongwen.style.TemplateLibrary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The review page's form as the clerk sent it, every value a string as typed, so that the page can be
 * shown again exactly so when something in it cannot be used (a date that is no date): nothing typed
 * is lost. {@link ReviewEdits} turns it into a document.
 *
 * <p>The blocks travel as rows in their order on the page: one {@code k} parameter per row,
 * "{@code id:kind}" (the id names the block in the hidden model, {@link ReviewRows}; the kind is what the
 * clerk chose), and its text in {@code t.id}. Reading the order from the parameters lets a browser
 * with JavaScript move and delete rows on the page itself; without it, the row buttons send {@code op}.
 *
 * @param model    the document as last understood (its JSON), the source of what rows do not carry
 * @param source   the pasted text, carried along so that it is still in the paste box on every page
 * @param template the chosen template's id
 * @param fields   the document's fields by name ({@link #FIELDS})
 * @param rows     the rows in page order
 * @param deleted  ids of rows ticked 删除
 * @param op       a row button pressed without JavaScript ("up:id", "down:id", "merge:id", "delete:id"), or null
 * @param untagged the box 不加标记的 PDF ticked: the PDF downloaded without its structure tags ({@link PdfTagging})
 */
record ReviewForm(String model, String source, String template, java.util.Map<String, String> fields, List<Row> rows,
                  Set<String> deleted, String op, boolean untagged) {

    /** The document's fields, each a form field of the same name. */
    static final List<String> FIELDS = List.of("title", "titleNote", "docNumber", "recipients", "issuers", "date",
            "notes", "cc", "printer", "printDate");

    /** One row: the block (or appendix title) {@code id}, the kind the clerk chose, the text as typed (null: not sent). */
    record Row(String id, String kind, String text) {}

    ReviewForm {
        template = template == null || template.isBlank() ? TemplateLibrary.DEFAULT_ID : template.strip();
        fields = java.util.Map.copyOf(fields);
        rows = List.copyOf(rows);
        deleted = Set.copyOf(deleted);
    }

    String field(String name) {
        return fields.get(name);
    }

    static ReviewForm from(HttpServletRequest request) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String name : FIELDS) {
            String v = request.getParameter(name);
            if (v != null) fields.put(name, newlines(v));
        }
        List<Row> rows = new ArrayList<>();
        for (String k : values(request, "k")) {
            int colon = k.lastIndexOf(':');
            if (colon <= 0) continue;   // not a row this page wrote
            String id = k.substring(0, colon);
            rows.add(new Row(id, k.substring(colon + 1), newlines(request.getParameter("t." + id))));
        }
        return new ReviewForm(request.getParameter("model"), request.getParameter("source"), request.getParameter("template"),
                fields, rows, new LinkedHashSet<>(values(request, "del")), request.getParameter("op"), untagged(request));
    }

    /** Whether the form asks for a PDF without structure tags: its box {@code untagged} ticked (sent as "1"). */
    static boolean untagged(HttpServletRequest request) {
        return "1".equals(request.getParameter("untagged"));
    }

    /** The tagging the form asks for. */
    PdfTagging tagging() {
        return untagged ? PdfTagging.UNTAGGED : PdfTagging.TAGGED;
    }

    /**
     * A browser sends a text box's line breaks as CRLF (HTML's form encoding) where the page wrote LF:
     * read as the page wrote them, so that a row nobody touched is the row it was.
     */
    static String newlines(String typed) {
        return typed == null ? null : typed.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : Arrays.asList(v);
    }
}
