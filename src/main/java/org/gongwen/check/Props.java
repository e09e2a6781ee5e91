package org.gongwen.check;

import org.w3c.dom.Element;

import static org.gongwen.check.Xml.attr;
import static org.gongwen.check.Xml.number;
import static org.gongwen.check.Xml.onOff;
import static org.gongwen.check.Xml.w;

/**
 * Paragraph and run properties as they accumulate down the style hierarchy (document defaults,
 * style chain, character style, direct formatting): each layer overrides what it sets. Lengths in
 * twips or half-points as in the XML; null where no layer said anything.
 */
final class Props {

    static final class Para {
        String jc;
        Double firstLine, hanging, firstLineChars, hangingChars, left, right, leftChars, rightChars;
        Double before, after, beforeLines, afterLines, line;
        String lineRule;
        Element topBorder, bottomBorder;


        /** Lays a w:pPr over these properties. */
        void apply(Element pPr) {
            if (pPr == null) return;
            Element e = w(pPr, "jc");
            if (e != null) jc = attr(e, "val");
            Element ind = w(pPr, "ind");
            if (ind != null) {
                Double fl = number(ind, "firstLine"), h = number(ind, "hanging");
                Double flc = number(ind, "firstLineChars"), hc = number(ind, "hangingChars");
                if (fl != null || h != null || flc != null || hc != null) {
                    firstLine = fl; hanging = h; firstLineChars = flc; hangingChars = hc;
                }
                Double l = first(number(ind, "left"), number(ind, "start"));
                Double r = first(number(ind, "right"), number(ind, "end"));
                if (l != null) left = l;
                if (r != null) right = r;
                Double lc = first(number(ind, "leftChars"), number(ind, "startChars"));
                Double rc = first(number(ind, "rightChars"), number(ind, "endChars"));
                if (lc != null) leftChars = lc;
                if (rc != null) rightChars = rc;
            }
            Element sp = w(pPr, "spacing");
            if (sp != null) {
                Double v;
                if ((v = number(sp, "before")) != null) before = v;
                if ((v = number(sp, "after")) != null) after = v;
                if ((v = number(sp, "beforeLines")) != null) beforeLines = v;
                if ((v = number(sp, "afterLines")) != null) afterLines = v;
                if ((v = number(sp, "line")) != null) { line = v; lineRule = attr(sp, "lineRule"); }
            }
            Element bdr = w(pPr, "pBdr");
            if (bdr != null) {
                if (w(bdr, "top") != null) topBorder = w(bdr, "top");
                if (w(bdr, "bottom") != null) bottomBorder = w(bdr, "bottom");
            }
        }
    }

    static final class Run {
        /** "name" or "theme:minorEastAsia". */
        String eastAsia, ascii;
        Double sz;
        Boolean bold;
        String color;


        void apply(Element rPr) {
            if (rPr == null) return;
            Element f = w(rPr, "rFonts");
            if (f != null) {
                String ea = slot(f, "eastAsia"), as = slot(f, "ascii");
                if (ea != null) eastAsia = ea;
                if (as != null) ascii = as;
            }
            Element s = w(rPr, "sz");
            if (s != null && number(s, "val") != null) sz = number(s, "val");
            Boolean b = onOff(rPr, "b");
            if (b != null) bold = b;
            Element c = w(rPr, "color");
            if (c != null && attr(c, "val") != null) color = attr(c, "val");
        }

        /** A theme attribute wins over the explicit face in the same element, as in Word. */
        private static String slot(Element rFonts, String name) {
            String theme = attr(rFonts, name + "Theme");
            if (theme != null && !theme.isEmpty()) return "theme:" + theme;
            String v = attr(rFonts, name);
            return v == null || v.isEmpty() ? null : v;
        }
    }

    private static Double first(Double a, Double b) {
        return a != null ? a : b;
    }

    private Props() {}
}
