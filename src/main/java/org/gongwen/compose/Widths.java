package org.gongwen.compose;

/**
 * Widths in 字, the unit GB/T 9704 counts in (§5.2.1: 22 lines × 28 字): a Chinese character or a
 * full-width mark is 1 字, a half-width character (digits, Latin, ASCII marks) ½ 字. The title split,
 * the signature's place and the checker's measurements all count with this one rule.
 */
public final class Widths {
    private Widths() {}

    /** Marks below U+2E80 that Chinese faces set full width (GB/T 15834 writes them full width). */
    private static final String FULL_WIDTH_MARKS = "“”‘’—…·※№℃";

    /** Whether a code point takes a whole 字. */
    public static boolean isFullWidth(int cp) {
        if (cp >= 0xFF61 && cp <= 0xFFDC) return false;   // half-width katakana and hangul forms
        return cp >= 0x2E80 || FULL_WIDTH_MARKS.indexOf(cp) >= 0 || (cp >= 0x2160 && cp <= 0x24FF);
    }

    /**
     * A UTF-16 unit's width in half 字: 2 for a full-width character, 1 for a half-width one; a
     * surrogate pair (CJK extension B and beyond) counts 2 on its high and 0 on its low unit.
     */
    public static int halves(char c) {
        if (Character.isLowSurrogate(c)) return 0;
        if (Character.isHighSurrogate(c)) return 2;
        return isFullWidth(c) ? 2 : 1;
    }

    /** Width of {@code s[from, to)} in 字. */
    public static double zi(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h += halves(s.charAt(i));
        return h / 2.0;
    }

    /** Width of {@code s} in 字; 0 for null. */
    public static double zi(CharSequence s) {
        return s == null ? 0 : zi(s, 0, s.length());
    }
}
