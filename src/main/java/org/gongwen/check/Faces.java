package org.gongwen.check;

import java.util.Locale;

/**
 * Font families as a 文秘 names them. A draft, a template and a PDF spell the same face many
 * ways (仿宋_GB2312, 仿宋, FangSong, FandolFang-Regular): they are compared by family, so a draft in
 * 仿宋 passes a template that asks for 仿宋_GB2312, while 宋体 does not.
 */
public enum Faces {
    FANGSONG("仿宋"), KAITI("楷体"), HEITI("黑体"), XIAOBIAOSONG("小标宋"), SONGTI("宋体"), OTHER("");

    public final String label;

    Faces(String label) { this.label = label; }

    public static Faces of(String name) {
        if (name == null || name.isBlank()) return OTHER;
        String n = stripSubsetTag(name).toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.contains("仿宋") || n.contains("fangsong") || n.contains("fandolfang") || n.contains("simfang")) return FANGSONG;
        if (n.contains("楷") || n.contains("kaiti") || n.contains("fandolkai") || n.contains("simkai")) return KAITI;
        if (n.contains("黑") || n.contains("simhei") || n.contains("heiti") || n.contains("fandolhei")) return HEITI;
        if (n.contains("小标宋") || n.contains("xiaobiaosong") || n.contains("fzxbs")) return XIAOBIAOSONG;
        if (n.contains("宋") || n.contains("simsun") || n.contains("songti") || n.contains("fandolsong")
                || n.contains("nsimsun")) return SONGTI;
        return OTHER;
    }

    /** "ABCDEF+FandolFang-Regular" → "FandolFang-Regular": PDF subsets carry a six-letter tag. */
    static String stripSubsetTag(String name) {
        return name.length() > 7 && name.charAt(6) == '+' && name.substring(0, 6).chars().allMatch(Character::isUpperCase)
                ? name.substring(7) : name;
    }

    /**
     * Whether a face found in a document answers for the face a style asks for. In a PDF the
     * official 小标宋 is often stood in for by a bold Song (the bundled Fandol set has no 小标宋).
     */
    static boolean matches(String expected, String found, boolean inPdf) {
        Faces want = of(expected), got = of(found);
        if (want == OTHER) return expected != null && found != null
                && stripSubsetTag(found).toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
        if (want == got) return true;
        return inPdf && want == XIAOBIAOSONG && got == SONGTI;
    }
}
