package org.gongwen.check;

import org.gongwen.compose.Widths;
import org.gongwen.style.Sizes;

/** Character classes and widths in 字 (one CJK character = 1, a half-width character = ½). */
final class Text {
    private Text() {}

    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || isFullWidthPunct(c);
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isFullWidthPunct(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == '“' || c == '”' || c == '‘'
                || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** Width of {@code s} in 字 ({@link Widths}); a tab counts as a default tab stop, 2 字. */
    static double widthZi(String s) {
        return Widths.zi(s.replace("\t", "　　"));
    }

    /** Number of leading spaces in 字 (U+3000 counts 1, a half-width space ½); tabs align, they do not indent. */
    static double leadingSpaceZi(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') w += 1;
            else if (c == ' ' || c == '\u00a0') w += 0.5;
            else break;
        }
        return w;
    }

    static double trailingSpaceZi(String s) {
        return leadingSpaceZi(new StringBuilder(s).reverse().toString());
    }

    static String zi(double z) {
        return Sizes.points(z);
    }
}
