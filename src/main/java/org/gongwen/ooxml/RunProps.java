package org.gongwen.ooxml;

import org.w3c.dom.Element;

import java.util.Locale;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.number;

/**
 * Run properties as they accumulate: w:docDefaults, the paragraph style's chain, the character
 * style's chain, direct formatting; each layer overrides what it sets. Face slots that name a theme
 * font (w:eastAsiaTheme="minorEastAsia") are looked up in the theme as they are laid, so a face is
 * always a family name.
 */
public final class RunProps {
    private final Map<String, String> themeFonts;
    private String eastAsia, latin, color;
    private Double sizeHalfPt;
    private Boolean bold;

    RunProps(Map<String, String> themeFonts) {
        this.themeFonts = themeFonts;
    }

    RunProps copy() {
        RunProps r = new RunProps(themeFonts);
        r.overlay(this);
        return r;
    }

    /** Lays another accumulation over this one: what it set wins. */
    RunProps overlay(RunProps o) {
        if (o.eastAsia != null) eastAsia = o.eastAsia;
        if (o.latin != null) latin = o.latin;
        if (o.color != null) color = o.color;
        if (o.sizeHalfPt != null) sizeHalfPt = o.sizeHalfPt;
        if (o.bold != null) bold = o.bold;
        return this;
    }

    /** Lays a w:rPr over these properties; null changes nothing. */
    public RunProps apply(Element rPr) {
        if (rPr == null) return this;
        Element fonts = child(rPr, "rFonts");
        if (fonts != null) {
            String ea = face(fonts, "eastAsia"), ascii = face(fonts, "ascii");
            if (ea != null) eastAsia = ea;
            if (ascii != null) latin = ascii;
        }
        Double sz = number(child(rPr, "sz"), "val");
        if (sz != null) sizeHalfPt = sz;
        Boolean b = Ooxml.onOff(rPr, "b");
        if (b != null) bold = b;
        String c = Ooxml.val(rPr, "color");
        if (c != null) color = c;
        return this;
    }

    /**
     * A face slot: its theme font when it names one the theme has (the theme attribute wins over the
     * explicit face in the same element, as in Word), else the explicit face; null when neither.
     */
    private String face(Element rFonts, String slot) {
        String theme = attr(rFonts, slot + "Theme");
        String face = theme == null || theme.isEmpty() ? null : themeFonts.get(theme);
        if (face != null) return face;
        String v = attr(rFonts, slot);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The East Asian face (w:eastAsia), or null when nothing sets one. */
    public String eastAsia() { return eastAsia; }

    /** The Latin face (w:ascii), or null. */
    public String latin() { return latin; }

    /** The size in points; Word's 10 pt when nothing sets one. */
    public double sizePt() { return sizeHalfPt == null ? 10 : sizeHalfPt / 2; }

    /** Whether a layer set a size. */
    public boolean hasSize() { return sizeHalfPt != null; }

    public boolean bold() { return Boolean.TRUE.equals(bold); }

    /** The colour as RRGGBB: black for auto or none. */
    public String color() { return color(color); }

    /** An ST_HexColor as RRGGBB, "000000" for auto or none. */
    static String color(String c) {
        return c == null || c.equalsIgnoreCase("auto") ? "000000" : c.toUpperCase(Locale.ROOT);
    }
}
