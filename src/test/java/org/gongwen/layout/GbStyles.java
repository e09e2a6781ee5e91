package org.gongwen.layout;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;

/** Test fixture: the bundled house templates (GB/T 9704 numbers), as the typesetter gets them in production. */
public final class GbStyles {
    private GbStyles() {}

    public static HouseStyle report() {
        return TemplateLibrary.shared().get("report").style();
    }

    public static HouseStyle redhead() {
        return TemplateLibrary.shared().get("redhead").style();
    }

    /** The grid's line pitch (28.95 pt) and character pitch (156 mm / 28). */
    public static final double PITCH = report().page().linePitchPt();
    public static final double CHAR = report().page().charPitchPt();
}
