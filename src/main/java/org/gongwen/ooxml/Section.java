package org.gongwen.ooxml;

import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.number;

/**
 * A section's page set-up (w:sectPr) in points: paper, margins, header and footer distances, the
 * document grid, its footers by type and whether the first page has its own. What a w:sectPr leaves
 * out takes Word's defaults: Letter paper, 1 inch top and bottom, 1.25 inch left and right, ½ inch
 * header and footer, no grid.
 *
 * @param gridType    w:docGrid/@w:type: "default" (no grid), "lines", "linesAndChars", "snapToChars"
 * @param linePitchPt the grid's line pitch, 0 when not given
 * @param charSpace   w:charSpace as written: 4096ths of a point added to the character pitch, 0 when not given
 * @param footerIds   relationship ids of its footers by w:type ("default", "even", "first")
 */
public record Section(double widthPt, double heightPt, double topPt, double bottomPt, double leftPt, double rightPt,
                      double headerPt, double footerPt, String gridType, double linePitchPt, double charSpace,
                      Map<String, String> footerIds, boolean titlePage) {

    /** Reads a w:sectPr. */
    public static Section of(Element sectPr) {
        Element sz = child(sectPr, "pgSz"), mar = child(sectPr, "pgMar"), grid = child(sectPr, "docGrid");
        Map<String, String> footers = new LinkedHashMap<>();
        for (Element ref : Ooxml.children(sectPr, "footerReference")) {
            String type = attr(ref, "type");
            footers.put(type == null ? "default" : type, ref.getAttributeNS(Ooxml.R, "id"));
        }
        String type = attr(grid, "type");
        Double charSpace = number(grid, "charSpace");
        return new Section(pt(sz, "w", 12240), pt(sz, "h", 15840),
                pt(mar, "top", 1440), pt(mar, "bottom", 1440), pt(mar, "left", 1800), pt(mar, "right", 1800),
                pt(mar, "header", 720), pt(mar, "footer", 720),
                type == null ? "default" : type, pt(grid, "linePitch", 0), charSpace == null ? 0 : charSpace,
                Map.copyOf(footers), Boolean.TRUE.equals(Ooxml.onOff(sectPr, "titlePg")));
    }

    /** A grid of lines: its pitch sets the lines. */
    public boolean hasLineGrid() {
        return linePitchPt > 0 && !"default".equals(gridType);
    }

    /** A grid of characters too: the character pitch is the default paragraph size plus {@link #charSpace()}/4096. */
    public boolean hasCharGrid() {
        return "linesAndChars".equals(gridType) || "snapToChars".equals(gridType);
    }

    public double typeAreaWidthPt() { return widthPt - leftPt - rightPt; }

    public double typeAreaHeightPt() { return heightPt - topPt - bottomPt; }

    private static double pt(Element e, String attr, double fallbackTwips) {
        Double v = number(e, attr);
        return (v == null ? fallbackTwips : v) / 20;
    }
}
