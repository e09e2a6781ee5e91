package org.gongwen.model;

/** Chinese numerals as used in heading labels and dates: 一 … 九十九, 二〇二二. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** 一→1, 十→10, 十二→12, 二十→20, 二十三→23, 一百零五→105; -1 when not a numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) return -1;
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0, current = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) { current = d; any = true; }
            else if (c == '十') { total += (current == 0 && !any ? 1 : current) * 10; current = 0; any = true; }
            else if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; any = true; }
            else return -1;
        }
        return any ? total + current : -1;
    }

    /** Year written digit by digit: 二〇二二 → 2022; -1 when not. */
    public static int parseDigitWise(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) return -1;
            v = v * 10 + d;
        }
        return s.isEmpty() ? -1 : v;
    }

    /** 1→一, 10→十, 12→十二, 20→二十, 105→一百零五. */
    public static String format(int n) {
        if (n <= 0 || n > 999) return Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        int h = n / 100, t = n / 10 % 10, u = n % 10;
        if (h > 0) sb.append(DIGITS.charAt(h)).append('百');
        if (t > 0) {
            if (!(h == 0 && t == 1)) sb.append(DIGITS.charAt(t));
            sb.append('十');
        } else if (h > 0 && u > 0) sb.append('零');
        if (u > 0) sb.append(DIGITS.charAt(u));
        return sb.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '○', '零', 'О', 'O', '０' -> 0;
            default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
        };
    }
}
