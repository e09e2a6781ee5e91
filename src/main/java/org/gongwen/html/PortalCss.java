package org.gongwen.html;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The part of the portal article's style that comes from the house template: font stacks per role,
 * sizes relative to the body size (so the CMS keeps its own base size), indents in characters (em).
 * Selectors are scoped to {@code .gongwen} so the fragment does not leak into the embedding page.
 */
final class PortalCss {
    private PortalCss() {}

    static String of(HouseStyle style) {
        StringBuilder css = new StringBuilder();
        if (style == null) {
            // No template at hand: the official faces by their usual names, sizes left to the page.
            css.append(".gongwen{font-family:").append(stack("仿宋_GB2312", null)).append("}\n");
            css.append(".gongwen h1{font-family:").append(stack("方正小标宋简体", null)).append("}\n");
            css.append(".gongwen .level1,.gongwen .lead1{font-family:").append(stack("黑体", null)).append("}\n");
            css.append(".gongwen .level2,.gongwen .lead2{font-family:").append(stack("楷体_GB2312", null)).append("}\n");
            return css.toString();
        }
        double body = style.bodySizePt();
        rule(css, ".gongwen", style.role(Role.BODY), body, false);
        rule(css, ".gongwen h1", style.role(Role.TITLE), body, false);
        rule(css, ".gongwen p.body", style.role(Role.BODY), body, true);
        rule(css, ".gongwen .recipients", style.role(Role.RECIPIENTS), body, true);
        for (int level = 1; level <= 4; level++) {
            HouseStyle.RoleStyle r = style.role(Role.heading(level));
            rule(css, ".gongwen .level" + level, r, body, true);
            face(css, ".gongwen .lead" + level, r);
        }
        rule(css, ".gongwen .attachments", style.role(Role.ATTACHMENTS), body, false);
        rule(css, ".gongwen .chapter", style.role(Role.CHAPTER), body, true);
        face(css, ".gongwen .article .lead", style.role(Role.ARTICLE));
        rule(css, ".gongwen .appendix-title", style.role(Role.APPENDIX_TITLE), body, false);
        face(css, ".gongwen .appendix-label", style.role(Role.APPENDIX_LABEL));
        face(css, ".gongwen table", style.role(Role.TABLE));
        face(css, ".gongwen figcaption", style.role(Role.BODY));   // a figure's caption: the body's face, centred
        return css.toString();
    }

    private static void rule(StringBuilder css, String selector, HouseStyle.RoleStyle r, double bodyPt, boolean indent) {
        css.append(selector).append("{font-family:").append(stack(r.eastAsiaFont(), r.latinFont()));
        if (r.sizePt() > 0 && bodyPt > 0) css.append(";font-size:").append(em(r.sizePt() / bodyPt));
        css.append(";font-weight:").append(r.bold() ? "bold" : "normal");
        if (indent && r.sizePt() > 0) css.append(";text-indent:").append(em(r.firstLineIndentPt() / r.sizePt()));
        css.append(";text-align:").append(switch (r.align()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case BOTH -> "justify";
        });
        css.append("}\n");
    }

    private static void face(StringBuilder css, String selector, HouseStyle.RoleStyle r) {
        css.append(selector).append("{font-family:").append(stack(r.eastAsiaFont(), r.latinFont()))
                .append(";font-weight:").append(r.bold() ? "bold" : "normal").append("}\n");
    }

    private static String em(double v) {
        return String.format(Locale.ROOT, "%.3fem", v);
    }

    /**
     * A CSS font stack: the template's official family first, then the names the same face has on
     * Windows, macOS and Linux (the bundled Fandol faces last), then a generic family.
     */
    static String stack(String eastAsia, String latin) {
        Set<String> names = new LinkedHashSet<>();
        if (latin != null && !latin.isBlank() && isLatinOnly(latin)) names.add(clean(latin));
        String ea = eastAsia == null ? "" : clean(eastAsia);
        if (!ea.isEmpty()) names.add(ea);
        String generic = "serif";
        if (ea.contains("仿宋") || ea.toLowerCase(Locale.ROOT).contains("fang")) {
            names.addAll(java.util.List.of("仿宋", "FangSong", "STFangsong", "FandolFang"));
        } else if (ea.contains("楷") || ea.toLowerCase(Locale.ROOT).contains("kai")) {
            names.addAll(java.util.List.of("楷体", "KaiTi", "STKaiti", "FandolKai"));
        } else if (ea.contains("黑") || ea.toLowerCase(Locale.ROOT).contains("hei")) {
            names.addAll(java.util.List.of("黑体", "SimHei", "STHeiti", "FandolHei"));
            generic = "sans-serif";
        } else {
            names.addAll(java.util.List.of("宋体", "SimSun", "STSong", "FandolSong"));
        }
        StringBuilder s = new StringBuilder();
        for (String n : names) s.append('"').append(n).append("\",");
        return s.append(generic).toString();
    }

    /** Font names come from an uploaded template: keep only what a family name needs. */
    private static String clean(String name) {
        return name.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
    }

    private static boolean isLatinOnly(String s) {
        return s.chars().allMatch(c -> c < 0x2E80);
    }
}
