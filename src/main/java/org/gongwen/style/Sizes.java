package org.gongwen.style;

/** Chinese font size names (号), so a message says 三号 where a clerk's Word menu says 三号. */
public final class Sizes {
    private static final double[] POINTS = {42, 36, 26, 24, 22, 18, 16, 15, 14, 12, 10.5, 9, 7.5};
    private static final String[] NAMES = {"初号", "小初", "一号", "小一", "二号", "小二", "三号", "小三", "四号", "小四",
            "五号", "小五", "六号"};

    private Sizes() {}

    /** "三号" for 16 pt, "17磅" for a size without a 号 name. */
    public static String name(double pt) {
        String named = named(pt);
        return named != null ? named : points(pt) + "磅";
    }

    /** "三号" for 16 pt, null for a size without a 号 name. */
    public static String named(double pt) {
        for (int i = 0; i < POINTS.length; i++) {
            if (Math.abs(POINTS[i] - pt) < 0.05) return NAMES[i];
        }
        return null;
    }

    /** 16 → "16", 28.95 → "28.95", 15.7946 → "15.79". */
    public static String points(double pt) {
        return java.math.BigDecimal.valueOf(pt).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Points as millimetres to a tenth: 104.88 → "37". */
    public static String mm(double pt) {
        double mm = Math.round(pt * 25.4 / 72 * 10) / 10.0;
        return points(mm);
    }

    /** Millimetres as points. */
    public static double mmToPt(double mm) { return mm * 72 / 25.4; }
}
