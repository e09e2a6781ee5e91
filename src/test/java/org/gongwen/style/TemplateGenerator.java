package org.gongwen.style;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.gongwen.style.Gbt9704Numbers.*;

/**
 * Writes the bundled house templates {@code templates/report.docx} and {@code templates/redhead.docx}
 * from the GB/T 9704-2012 numbers ({@link Gbt9704Numbers}), so they can be regenerated and reviewed
 * as code. A tool beside the tests, not part of the jar: the .docx files are committed; after
 * changing this class run
 * {@code mvn -q -B test -Dtest=TemplateGeneratorTest -Dgongwen.regenerateTemplates=true} and commit
 * the result. Everything downstream reads the numbers back from the template through
 * {@link HouseStyleReader}; here they are only put into Word's units.
 */
public final class TemplateGenerator {

    private TemplateGenerator() {}

    // ---- GB/T 9704 numbers (Gbt9704Numbers; templates/README.md) in Word's units ----
    static final int PAGE_W = mm(PAGE_WIDTH_MM), PAGE_H = mm(PAGE_HEIGHT_MM);
    static final int TOP = mm(TOP_MM), BOTTOM = mm(BOTTOM_MM), LEFT = mm(LEFT_MM), RIGHT = mm(RIGHT_MM);
    static final int TYPE_W = PAGE_W - LEFT - RIGHT;
    static final int CHARS = CHARS_PER_LINE;
    /** 1/22 of the type area height, rounded down so that 22 lines always fit (579 twips). */
    static final int LINE_PITCH = (PAGE_H - TOP - BOTTOM) / LINES;
    static final int BODY_HALF_POINTS = halfPoints(BODY_PT);                 // 三号 16 pt
    static final int TITLE_HALF_POINTS = halfPoints(TITLE_PT);               // 二号 22 pt
    /**
     * Word's char pitch is the default font size plus charSpace/4096 pt; rounded down so that 28
     * characters fit the type-area width.
     */
    static final int CHAR_SPACE = (int) Math.floor((TYPE_W / 20.0 / CHARS - BODY_HALF_POINTS / 2.0) * 4096);
    /** One 字 of body text on the grid, in twips. */
    static final int CHAR = (int) Math.round(TYPE_W / (double) CHARS);
    static final int HEADER = mm(HEADER_MM);
    /**
     * The footer's line box has its centre 7 mm below the type area: footer distance = bottom margin −
     * 7 mm − half the line box. The box is exactly one em of the 14 pt page number (280 twips), so
     * the em dash, centred in the em, sits at the box's centre whichever way a program distributes
     * the leading of an exact line (LibreOffice puts all of it above the glyph: with a 20 pt box the
     * dash came 7.7 mm below the type area).
     */
    static final int PAGE_NUMBER_LINE = (int) (SMALL_PT * 20);
    static final int FOOTER = BOTTOM - mm(PAGE_NUMBER_BELOW_MM) - PAGE_NUMBER_LINE / 2;
    static final int SMALL = halfPoints(SMALL_PT);                            // 四号 14 pt, in half-points
    static final int SMALL_CHAR = (int) (SMALL_PT * 20);                      // 1 字 of 四号, twips
    // 版头: the mark (36 pt, one line box of its size) 35 mm below the type area's top; the 发文字号 two
    // lines below it; the red rule 4 mm (11 pt) under the 发文字号, 1.5 pt thick.
    static final int MARK_HALF_POINTS = halfPoints(ISSUER_MARK_PT), MARK_LINE = MARK_HALF_POINTS * 10;
    /**
     * Word and LibreOffice seat the mark's baseline in its exact box ({@link LineBox#exactBaselinePt}),
     * which leaves its em box top this much (twips) above the box's top: the box starts that much
     * lower, so the mark's top edge is 35 mm below the type area, and the 发文字号's space before is
     * that much shorter, so it stays two lines below.
     */
    static final int MARK_RAISE = (int) Math.round(20 * LineBox.emTopAboveExactBoxPt(ISSUER_MARK_PT));
    static final int RULE_SPACE_PT = (int) Math.round(pt(SEPARATOR_BELOW_DOC_NUMBER_MM)), RULE_EIGHTHS = (int) Math.round(SEPARATOR_PT * 8);
    static final int HEAD_HEIGHT = mm(ISSUER_MARK_TOP_MM) + MARK_LINE + 3 * LINE_PITCH + RULE_SPACE_PT * 20 + RULE_EIGHTHS * 20 / 8;
    /**
     * The title two blank lines below the rule, rounded so that the title and all that follows land
     * on the 22-line grid again (1.9 lines with these numbers).
     */
    static final int TITLE_AFTER_RULE = Math.round((HEAD_HEIGHT + 2f * LINE_PITCH) / LINE_PITCH) * LINE_PITCH - HEAD_HEIGHT;
    /** Body text is condensed by ½ pt (w:spacing in twentieths of a point); display faces are not. */
    static final String CONDENSED = "<w:spacing w:val=\"-10\"/>", NOT_CONDENSED = "<w:spacing w:val=\"0\"/>";

    // Faces by their official family names; Latin text in Times New Roman.
    static final String XBS = TITLE_FACE, FANG = BODY_FACE, KAI = HEADING2_FACE, HEI = HEADING1_FACE, SONG = PAGE_NUMBER_FACE;
    static final String LATIN = LATIN_FACE;

    /** Millimetres in twips. */
    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    /** Writes report.docx and redhead.docx into {@code args[0]} (default: templates). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        Files.createDirectories(dir);
        Files.write(dir.resolve("report.docx"), report());
        Files.write(dir.resolve("redhead.docx"), redhead());
    }

    /** The plain report / notice: title at the top of the type area. */
    public static byte[] report() {
        String body = para("GwTitle", "{{title}}")
                + para("GwRecipients", "{{recipients}}：")
                + para(null, "{{body}}")
                + para(null, "{{signature}}")
                + para(null, "{{appendices}}");
        return docx("公文模板：报告、通知", body, styles(0));
    }

    /** 红头文件: issuer mark, 发文字号 over a red rule, and the 版记 (抄送, 印发) on the last page. */
    public static byte[] redhead() {
        String body = para("GwIssuerMark", "{{issuer}}文件")
                + para("GwDocNumber", "{{docNumber}}")
                + para("GwTitle", "{{title}}")
                + para("GwRecipients", "{{recipients}}：")
                + para(null, "{{body}}")
                + para(null, "{{signature}}")
                + para(null, "{{appendices}}")
                + imprint()
                // A floating table is anchored to the paragraph after it: this one keeps it on the last page.
                + "<w:p/>";
        return docx("公文模板：红头文件", body, styles(TITLE_AFTER_RULE));
    }

    /** 版记 rules (GB/T 9704 §7.4.1) in eighths of a point: first and last 0.35 mm (1 pt), the middle 0.25 mm (¾ pt). */
    static final int THICK_RULE_EIGHTHS = (int) Math.round(pt(THICK_RULE_MM) * 8), THIN_RULE_EIGHTHS = (int) Math.round(pt(THIN_RULE_MM) * 8);

    /** The 版记 (TemplateParts.imprint) as wide as the type area, ruled as §7.4.1 has it. */
    private static String imprint() {
        return TemplateParts.imprint(TYPE_W, LEFT, THICK_RULE_EIGHTHS, THIN_RULE_EIGHTHS);
    }

    private static String para(String style, String text) {
        return TemplateParts.paragraph(style, text);
    }

    // ---- styles ----

    /** @param titleSpaceBefore twips above the title: two lines below the red rule in a red-header template */
    static String styles(int titleSpaceBefore) {
        String twoChars = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + 2 * CHAR + "\"/>";
        String exact = "<w:spacing w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>";
        String oneLineBefore = "<w:spacing w:before=\"" + LINE_PITCH + "\" w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>";
        String noGrid = "<w:snapToGrid w:val=\"0\"/>";
        StringBuilder s = new StringBuilder();
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(FANG, LATIN))
                .append("<w:kern w:val=\"2\"/><w:sz w:val=\"").append(BODY_HALF_POINTS).append("\"/><w:szCs w:val=\"")
                .append(BODY_HALF_POINTS).append("\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");

        // Normal states the body size itself (LibreOffice sizes its character grid from Normal, not from
        // docDefaults) and condenses by ½ pt without snapping to the character grid: LibreOffice puts a
        // 16 pt glyph into two 15.79 pt grid cells, so 28 characters per line come from the condensed
        // advance (15.5 pt, justified to 15.79) in LibreOffice, Word and WPS alike. The grid still
        // states 22 x 28 for Word's page set-up dialog and for HouseStyle. No automatic space between
        // Chinese and Latin text or digits (it would move dates and numbers off the 字 grid; LibreOffice
        // ignores this setting), no hanging punctuation (not used in mainland official documents).
        s.append(style("paragraph", "Normal", "Normal", null, null, null, true,
                ppr("<w:widowControl w:val=\"0\"/>", "<w:overflowPunct w:val=\"0\"/>",
                        "<w:autoSpaceDE w:val=\"0\"/>", "<w:autoSpaceDN w:val=\"0\"/>",
                        noGrid, exact, "<w:jc w:val=\"both\"/>"),
                rpr(CONDENSED, size(BODY_HALF_POINTS))));
        s.append(style("paragraph", "GwBody", "公文正文", "Normal", "GwBody", null, true, ppr(twoChars), ""));
        String[] headingFaces = {HEI, KAI, FANG, FANG};
        for (int level = 1; level <= 4; level++) {
            s.append(style("paragraph", "Heading" + level, "heading " + level, "Normal", "GwBody",
                    "Heading" + level + "Char", true,
                    ppr("<w:keepNext/>", twoChars, "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>"),
                    rpr(fonts(headingFaces[level - 1], LATIN), "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>")));
            s.append(style("character", "Heading" + level + "Char", "Heading " + level + " Char", null, null,
                    "Heading" + level, false, "", rpr(fonts(headingFaces[level - 1], LATIN))));
        }
        s.append(style("paragraph", "GwTitle", "公文标题", "Normal", "GwRecipients", null, true,
                ppr("<w:keepNext/>", noGrid, titleSpaceBefore > 0
                        ? "<w:spacing w:before=\"" + titleSpaceBefore + "\" w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>"
                        : "", "<w:jc w:val=\"center\"/>"),
                rpr(fonts(XBS, LATIN), NOT_CONDENSED, size(TITLE_HALF_POINTS))));
        s.append(style("paragraph", "GwRecipients", "主送机关", "Normal", "GwBody", null, true,
                ppr(oneLineBefore, "<w:jc w:val=\"left\"/>"), ""));
        // 附件说明: "附件：" from 2 字; numbers at 5 字; names (and their wrapped lines) at 6 字.
        s.append(style("paragraph", "GwAttachments", "附件说明", "Normal", "GwBody", null, true,
                ppr("<w:tabs><w:tab w:val=\"left\" w:pos=\"" + 5 * CHAR + "\"/><w:tab w:val=\"left\" w:pos=\"" + 6 * CHAR + "\"/></w:tabs>",
                        oneLineBefore,
                        "<w:ind w:leftChars=\"600\" w:left=\"" + 6 * CHAR + "\" w:hangingChars=\"400\" w:hanging=\"" + 4 * CHAR + "\"/>",
                        "<w:jc w:val=\"left\"/>"), ""));
        s.append(style("paragraph", "GwSignature", "发文机关署名", "Normal", "GwDate", null, true,
                ppr("<w:keepNext/>", oneLineBefore, "<w:ind w:rightChars=\"200\" w:right=\"" + 2 * CHAR + "\"/>", "<w:jc w:val=\"right\"/>"), ""));
        s.append(style("paragraph", "GwDate", "成文日期", "Normal", "GwNote", null, true,
                ppr("<w:ind w:rightChars=\"200\" w:right=\"" + 2 * CHAR + "\"/>", "<w:jc w:val=\"right\"/>"), ""));
        s.append(style("paragraph", "GwNote", "附注", "GwBody", "GwBody", null, true, "", ""));
        s.append(style("paragraph", "GwAppendixLabel", "附件标签", "Normal", "GwAppendixTitle", null, true,
                ppr("<w:keepNext/>", "<w:pageBreakBefore/>", "<w:jc w:val=\"left\"/>"), rpr(fonts(HEI, LATIN))));
        // Label on line 1, title on line 3, body after one blank line.
        s.append(style("paragraph", "GwAppendixTitle", "附件标题", "Normal", "GwBody", null, true,
                ppr("<w:keepNext/>", noGrid, "<w:spacing w:before=\"" + LINE_PITCH + "\" w:after=\"" + LINE_PITCH
                        + "\" w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>", "<w:jc w:val=\"center\"/>"),
                rpr(fonts(XBS, LATIN), NOT_CONDENSED, size(TITLE_HALF_POINTS))));
        s.append(style("paragraph", "GwChapter", "章标题", "Normal", "GwArticle", null, true,
                ppr("<w:keepNext/>", "<w:jc w:val=\"center\"/>"), rpr(fonts(HEI, LATIN))));
        s.append(style("paragraph", "GwArticle", "条", "GwBody", "GwArticle", null, true, "", ""));
        s.append(style("paragraph", "GwTable", "表格文字", "Normal", "GwTable", null, true,
                ppr(noGrid, "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>", "<w:jc w:val=\"center\"/>"), rpr(size(SMALL))));
        // 发文机关标志: top edge 35 mm below the type area (its box MARK_RAISE lower); one line box as high as the mark.
        s.append(style("paragraph", "GwIssuerMark", "发文机关标志", "Normal", "GwDocNumber", null, true,
                ppr("<w:keepNext/>", noGrid, "<w:spacing w:before=\"" + (mm(ISSUER_MARK_TOP_MM) + MARK_RAISE) + "\" w:line=\"" + MARK_LINE + "\" w:lineRule=\"exact\"/>",
                        "<w:jc w:val=\"center\"/>"),
                rpr(fonts(XBS, LATIN), "<w:color w:val=\"" + RED + "\"/>", NOT_CONDENSED, size(MARK_HALF_POINTS))));
        // 发文字号 two blank lines below the mark; the red rule 4 mm below it, as wide as the type area.
        s.append(style("paragraph", "GwDocNumber", "发文字号", "Normal", "GwTitle", null, true,
                ppr("<w:keepNext/>", "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"" + RULE_EIGHTHS + "\" w:space=\"" + RULE_SPACE_PT
                                + "\" w:color=\"" + RED + "\"/></w:pBdr>",
                        "<w:spacing w:before=\"" + (2 * LINE_PITCH - MARK_RAISE) + "\" w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>",
                        "<w:jc w:val=\"center\"/>"), ""));
        // 版记: 四号, 1 字 in on both sides; the rules are the borders of the table holding these lines.
        String smallInd = "<w:ind w:left=\"" + SMALL_CHAR + "\" w:right=\"" + SMALL_CHAR + "\"/>";
        s.append(style("paragraph", "GwCopyTo", "抄送", "Normal", "GwPrintedBy", null, true,
                ppr(noGrid, exact, smallInd, "<w:jc w:val=\"left\"/>"), rpr(size(SMALL))));
        s.append(style("paragraph", "GwPrintedBy", "印发", "Normal", "Normal", null, true,
                ppr("<w:tabs><w:tab w:val=\"right\" w:pos=\"" + (TYPE_W - SMALL_CHAR) + "\"/></w:tabs>",
                        noGrid, exact, smallInd, "<w:jc w:val=\"left\"/>"), rpr(size(SMALL))));
        // 页码: 四号宋体 "— N —"; odd pages right 1 字 in (the even footer overrides to the left).
        s.append(style("paragraph", "GwPageNumber", "页码", "Normal", "GwPageNumber", null, true,
                ppr(noGrid, "<w:spacing w:line=\"" + PAGE_NUMBER_LINE + "\" w:lineRule=\"exact\"/>",
                        "<w:ind w:right=\"" + SMALL_CHAR + "\"/>", "<w:jc w:val=\"right\"/>"),
                rpr(fonts(SONG, SONG), NOT_CONDENSED, size(SMALL))));
        return "<w:styles xmlns:w=\"" + Ooxml.W + "\">" + s + "</w:styles>";
    }

    private static String style(String type, String id, String name, String basedOn, String next, String link,
                                boolean qFormat, String ppr, String rpr) {
        return "<w:style w:type=\"" + type + "\"" + ("Normal".equals(id) ? " w:default=\"1\"" : "")
                + " w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + (link == null ? "" : "<w:link w:val=\"" + link + "\"/>")
                + (qFormat ? "<w:qFormat/>" : "") + ppr + rpr + "</w:style>";
    }

    private static String fonts(String eastAsia, String latin) {
        return "<w:rFonts w:ascii=\"" + latin + "\" w:eastAsia=\"" + eastAsia + "\" w:hAnsi=\"" + latin + "\" w:cs=\"" + latin + "\"/>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    /** The order CT_PPr demands; Word rejects a file whose properties are out of order. */
    private static final List<String> PPR_ORDER = List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore",
            "framePr", "widowControl", "numPr", "pBdr", "shd", "tabs", "kinsoku", "wordWrap", "overflowPunct",
            "autoSpaceDE", "autoSpaceDN", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "jc", "textAlignment", "outlineLvl");
    private static final List<String> RPR_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "color",
            "spacing", "kern", "sz", "szCs", "lang");

    private static String ppr(String... parts) {
        return wrap("pPr", PPR_ORDER, parts);
    }

    private static String rpr(String... parts) {
        return wrap("rPr", RPR_ORDER, parts);
    }

    private static String wrap(String tag, List<String> order, String... parts) {
        // Each part is one property (sz+szCs and b+bCs travel together, being neighbours in the order).
        String inner = Arrays.stream(parts).filter(p -> !p.isEmpty())
                .sorted((a, b) -> Integer.compare(order.indexOf(tagName(a)), order.indexOf(tagName(b))))
                .collect(Collectors.joining());
        if (inner.isEmpty()) return "";
        return "<w:" + tag + ">" + inner + "</w:" + tag + ">";
    }

    private static String tagName(String element) {
        String name = element.substring(3).split("[ />]", 2)[0];
        if (!RPR_ORDER.contains(name) && !PPR_ORDER.contains(name)) throw new IllegalStateException("unordered " + name);
        return name;
    }

    // ---- package ----

    private static byte[] docx(String title, String body, String styles) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        put(parts, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
                <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
                <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
                <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
                </Types>""");
        put(parts, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
                </Relationships>""");
        put(parts, "docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
                <dc:title>%s</dc:title><dc:creator>gongwen</dc:creator>\
                <dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>\
                <dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>\
                </cp:coreProperties>""".formatted(title));
        put(parts, "docProps/app.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
                <Application>gongwen</Application></Properties>""");
        put(parts, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>\
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
                <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>\
                </Relationships>""");
        String sectPr = "<w:sectPr><w:footerReference w:type=\"even\" r:id=\"rId5\"/><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
                + "<w:pgSz w:w=\"" + PAGE_W + "\" w:h=\"" + PAGE_H + "\"/>"
                + "<w:pgMar w:top=\"" + TOP + "\" w:right=\"" + RIGHT + "\" w:bottom=\"" + BOTTOM + "\" w:left=\"" + LEFT
                + "\" w:header=\"" + HEADER + "\" w:footer=\"" + FOOTER + "\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"425\"/>"
                + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"" + LINE_PITCH + "\" w:charSpace=\"" + CHAR_SPACE + "\"/>"
                + "</w:sectPr>";
        put(parts, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + Ooxml.W + "\" xmlns:r=\"" + Ooxml.R + "\"><w:body>" + body + sectPr
                + "</w:body></w:document>");
        put(parts, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + styles);
        put(parts, "word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:settings xmlns:w=\"" + Ooxml.W + "\"><w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"" + CHAR + "\"/><w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>");
        StringBuilder fonts = new StringBuilder();
        for (String f : List.of(XBS, FANG, KAI, HEI, SONG)) {
            fonts.append("<w:font w:name=\"").append(f).append("\"><w:charset w:val=\"86\"/><w:family w:val=\"")
                    .append(f.equals(HEI) ? "modern" : "roman").append("\"/><w:pitch w:val=\"fixed\"/></w:font>");
        }
        fonts.append("<w:font w:name=\"").append(LATIN).append("\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
        put(parts, "word/fontTable.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"" + Ooxml.W + "\">" + fonts + "</w:fonts>");
        put(parts, "word/footer1.xml", footer(""));
        put(parts, "word/footer2.xml", footer("<w:ind w:left=\"" + SMALL_CHAR + "\" w:right=\"0\"/><w:jc w:val=\"left\"/>"));
        return DocxPackage.zip(parts);
    }

    /** A footer with "— PAGE —"; {@code evenOverride} moves it to the left for even pages. */
    private static String footer(String evenOverride) {
        return TemplateParts.pageNumberFooter(evenOverride);
    }

    private static void put(Map<String, byte[]> parts, String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }
}
