package org.gongwen.check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    /**
     * PostScript family names (before the weight: "FandolFang-Regular", "SimSun,Bold") as a clerk knows
     * the face: gongwen's bundled Fandol faces print the official faces (fonts/fonts.properties), the
     * Windows names are what Word's Chinese menu shows.
     */
    private static final Map<String, String> OFFICIAL = Map.ofEntries(
            Map.entry("fandolfang", "仿宋_GB2312"), Map.entry("fandolkai", "楷体_GB2312"),
            Map.entry("fandolhei", "黑体"), Map.entry("fandolsong", "宋体"),
            Map.entry("fangsong_gb2312", "仿宋_GB2312"), Map.entry("fangsong", "仿宋"), Map.entry("simfang", "仿宋"),
            Map.entry("kaiti_gb2312", "楷体_GB2312"), Map.entry("kaiti", "楷体"), Map.entry("simkai", "楷体"),
            Map.entry("simhei", "黑体"), Map.entry("simsun", "宋体"), Map.entry("nsimsun", "新宋体"),
            Map.entry("fzxiaobiaosong", "方正小标宋简体"), Map.entry("fzxbsjw", "方正小标宋简体"));
    /** The CMap a PDF appends to a CID font's name ("FandolSong-Regular-Identity-H"): no part of the face. */
    private static final Pattern CMAP_SUFFIX = Pattern.compile("-(Identity|Uni[A-Za-z0-9]+(-[A-Za-z0-9]+)?|GB[A-Za-z0-9]*-EUC)-[HV]$");

    /**
     * A font's name as a message shows it to a clerk: the official face for one gongwen knows
     * ("ABCDEF+FandolFang-Regular-Identity-H" → 仿宋_GB2312, SimHei → 黑体), any other without its
     * subset tag and CMap.
     */
    public static String official(String name) {
        if (name == null || name.isBlank()) return "";
        String clean = CMAP_SUFFIX.matcher(stripSubsetTag(name.strip())).replaceFirst("");
        String family = clean.split("[-,]", 2)[0].toLowerCase(Locale.ROOT).replace(" ", "");
        return OFFICIAL.getOrDefault(family, clean);
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
