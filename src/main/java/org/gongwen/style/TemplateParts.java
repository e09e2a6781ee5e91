package org.gongwen.style;

import org.gongwen.ooxml.Ooxml;

/**
 * The pieces of a house template that gongwen writes the same way wherever a template is made: the
 * bundled ones (TemplateGenerator, beside the tests) and a bureau's adopted one (org.gongwen.adopt).
 * WordprocessingML as text with the {@code w:} prefix (a part's root declares it); numbers in Word's
 * units (twips, eighths of a point), given by the caller from the house's page.
 */
public final class TemplateParts {
    private TemplateParts() {}

    /** A paragraph in a style (null: the default), its text in runs; a tab character becomes w:tab. */
    public static String paragraph(String styleId, String text) {
        String ppr = styleId == null ? "" : "<w:pPr><w:pStyle w:val=\"" + Ooxml.escape(styleId) + "\"/></w:pPr>";
        StringBuilder runs = new StringBuilder();
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) runs.append("<w:r><w:tab/></w:r>");
            if (!parts[i].isEmpty()) runs.append("<w:r><w:t xml:space=\"preserve\">").append(Ooxml.escape(parts[i])).append("</w:t></w:r>");
        }
        return "<w:p>" + ppr + runs + "</w:p>";
    }

    /**
     * The 版记 (GB/T 9704 §7.4): a borderless one-column table floating at the bottom of the type
     * area, so that its last rule lies on the bottom edge of the last page's type area (§8.1) however
     * long the body is. One row per line (抄送 in GwCopyTo, 印发 in GwPrintedBy); the table's top and
     * bottom borders are the thick rules, its inside border the thin one, all as wide as the type area.
     * Without 抄送 its row goes and the 印发 row takes the thick top rule. Word, WPS and LibreOffice all
     * keep a floating table together, where LibreOffice 7.4 breaks up a frame of several paragraphs. The
     * table is placed from the page's left edge (at the left margin) rather than centred in the margins:
     * LibreOffice floats a table as wide as the type area only when it is positioned relative to the page.
     *
     * @param typeWidth    the type area's width, twips
     * @param left         the left margin, twips
     * @param outerEighths the first and last rules, eighths of a point
     * @param innerEighths the rule between 抄送 and 印发, eighths of a point
     */
    public static String imprint(int typeWidth, int left, int outerEighths, int innerEighths) {
        String border = "<w:%s w:val=\"single\" w:sz=\"%d\" w:space=\"0\" w:color=\"000000\"/>";
        String none = "<w:%s w:val=\"nil\"/>";
        String tblPr = "<w:tblPr><w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:topFromText=\"0\" w:bottomFromText=\"0\""
                + " w:vertAnchor=\"margin\" w:horzAnchor=\"page\" w:tblpX=\"" + left + "\" w:tblpYSpec=\"bottom\"/>"
                + "<w:tblOverlap w:val=\"never\"/>"
                + "<w:tblW w:w=\"" + typeWidth + "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblBorders>" + border.formatted("top", outerEighths) + none.formatted("left")
                + border.formatted("bottom", outerEighths) + none.formatted("right")
                + border.formatted("insideH", innerEighths) + none.formatted("insideV") + "</w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
                + "<w:tblLook w:val=\"0000\"/></w:tblPr>";
        return "<w:tbl>" + tblPr + "<w:tblGrid><w:gridCol w:w=\"" + typeWidth + "\"/></w:tblGrid>"
                + row(typeWidth, paragraph("GwCopyTo", "抄送：{{cc}}。"))
                + row(typeWidth, paragraph("GwPrintedBy", "{{printer}}\t{{printDate}}印发")) + "</w:tbl>";
    }

    private static String row(int width, String paragraph) {
        return "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>"
                + paragraph + "</w:tc></w:tr>";
    }

    /**
     * A footer part with GB/T 9704's page number "— PAGE —" (§7.5) in GwPageNumber;
     * {@code pPrOverride} (w:ind, w:jc) moves it for even pages.
     */
    public static String pageNumberFooter(String pPrOverride) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"" + Ooxml.W + "\" xmlns:r=\"" + Ooxml.R + "\">"
                + "<w:p><w:pPr><w:pStyle w:val=\"GwPageNumber\"/>" + pPrOverride + "</w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }
}
