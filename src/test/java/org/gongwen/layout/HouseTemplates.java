package org.gongwen.layout;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Test fixture: bureaus' own templates, made by editing the bundled ones' parts as a clerk would in
 * Word: their own page-number form and side, a fixed letterhead, a joint mark set as a table.
 */
public final class HouseTemplates {
    private HouseTemplates() {}

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** report.docx with one footer for every page: "- PAGE -" centred (a simple field), no 奇偶页不同. */
    public static HouseTemplate centredHyphens() {
        return oneFooter("hyphens", "<w:p><w:pPr><w:pStyle w:val=\"GwPageNumber\"/><w:ind w:right=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">- </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\"> -</w:t></w:r></w:p>");
    }

    /** report.docx with one footer for every page, holding {@code paragraphXml} (a w:p), no 奇偶页不同. */
    public static HouseTemplate oneFooter(String id, String paragraphXml) {
        return edit("report", id, Map.of("word/footer1.xml", x -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:ftr " + W + ">" + paragraphXml + "</w:ftr>",
                "word/settings.xml", x -> x.replace("<w:evenAndOddHeaders/>", ""),
                "word/document.xml", x -> x.replaceFirst("<w:footerReference w:type=\"even\"[^>]*/>", "")));
    }

    /** report.docx without footers: the bureau prints no page numbers. */
    public static HouseTemplate noPageNumbers() {
        return edit("report", "no-page-numbers", Map.of("word/document.xml", x -> x.replaceAll("<w:footerReference [^>]*/>", "")));
    }

    /** redhead.docx whose mark is the bureau's own letterhead, "某某市人民政府文件", without {{issuer}}. */
    public static HouseTemplate fixedLetterhead() {
        return edit("redhead", "letterhead", Map.of("word/document.xml", x -> x.replace("{{issuer}}文件", "某某市人民政府文件")));
    }

    /**
     * redhead.docx whose mark is a joint one as Word users set it: a borderless 2 x 2 table, the names
     * in the left column spread (distribute), "文件" in the right column's cell merged over both rows
     * and centred on them. The first row's paragraphs keep the mark style's space before, so in Word
     * too the merged cell centres "文件" on the two names.
     */
    public static HouseTemplate jointMark() {
        String nil = "<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
                + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>";
        String table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/><w:tblBorders>" + nil
                + "</w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"5040\"/><w:gridCol w:w=\"1600\"/></w:tblGrid>"
                + "<w:tr>" + cell(5040, "", mark("某某市人民政府", true, true))
                + cell(1600, "<w:vMerge w:val=\"restart\"/><w:vAlign w:val=\"center\"/>", mark("文件", false, true)) + "</w:tr>"
                + "<w:tr>" + cell(5040, "", mark("某某市财政局", true, false))
                + cell(1600, "<w:vMerge/><w:vAlign w:val=\"center\"/>", mark("", false, false)) + "</w:tr></w:tbl>";
        return edit("redhead", "joint", Map.of("word/document.xml",
                x -> x.replaceFirst("<w:p><w:pPr><w:pStyle w:val=\"GwIssuerMark\"/></w:pPr>.*?</w:p>", table)));
    }

    private static String cell(int width, String props, String paragraph) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>" + props + "</w:tcPr>" + paragraph + "</w:tc>";
    }

    private static String mark(String text, boolean distribute, boolean spaceBefore) {
        return "<w:p><w:pPr><w:pStyle w:val=\"GwIssuerMark\"/>" + (spaceBefore ? "" : "<w:spacing w:before=\"0\"/>")
                + (distribute ? "<w:jc w:val=\"distribute\"/>" : "") + "</w:pPr>"
                + (text.isEmpty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p>";
    }

    /** A bundled template with parts rewritten, each by its edit. */
    private static HouseTemplate edit(String bundled, String id, Map<String, UnaryOperator<String>> edits) {
        LinkedHashMap<String, byte[]> parts = TemplateLibrary.shared().get(bundled).docx().mutableCopy();
        edits.forEach((name, edit) -> {
            String xml = new String(parts.get(name), StandardCharsets.UTF_8);
            String edited = edit.apply(xml);
            if (edited.equals(xml)) throw new IllegalStateException(name + " of " + bundled + " did not change");
            parts.put(name, edited.getBytes(StandardCharsets.UTF_8));
        });
        return HouseTemplate.load(id, DocxPackage.zip(parts));
    }
}
