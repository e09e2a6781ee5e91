package org.gongwen.ingest;

import org.gongwen.model.ChineseNumerals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates clerks write: 2025年1月20日, 2025-01-20, 2025.1.20, 2025/1/20 and
 * 二〇二二年十二月二十六日. What looks like a date but cannot be read (2017919, 2025年2月30日)
 * is reported as such, never guessed.
 */
final class DateReader {
    private static final String CN = "[〇○零OО一二三四五六七八九十]";
    private static final Pattern ARABIC = Pattern.compile(
            "(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[-./](\\d{1,2})[-./](\\d{1,2})(?![\\d.]))");
    private static final Pattern CHINESE = Pattern.compile("(" + CN + "{4})年(" + CN + "{1,2})月(" + CN + "{1,3})日");
    /** A line that means to be a date: digits run together, or 年/月/日 with numbers that do not make one. */
    private static final Pattern DATE_ATTEMPT = Pattern.compile(
            "\\d{6,8}|\\d{4}\\s*年\\s*\\d{1,3}\\s*月\\s*\\d{0,3}\\s*日?|\\d{4}[-./]\\d{1,2}[-./]\\d{1,4}|" + CN + "{4}年" + CN + "{1,3}月" + CN + "{0,4}日?");

    private DateReader() {}

    /** The date when the whole string (trimmed) is one readable date. */
    static Optional<LocalDate> whole(String s) {
        String t = s.strip();
        Matcher m = ARABIC.matcher(t);
        if (m.matches()) return of(m);
        m = CHINESE.matcher(t);
        if (m.matches()) return ofChinese(m);
        return Optional.empty();
    }

    /** The first readable date inside a string, e.g. in "发布时间：2025-01-20 16:41". */
    static Optional<LocalDate> first(String s) {
        Matcher m = ARABIC.matcher(s);
        if (m.find()) return of(m);
        m = CHINESE.matcher(s);
        if (m.find()) return ofChinese(m);
        return Optional.empty();
    }

    /** True when the whole line tries to be a date but {@link #whole} cannot read it. */
    static boolean unreadableDateLine(String s) {
        String t = s.strip();
        return whole(t).isEmpty() && t.length() <= 16 && DATE_ATTEMPT.matcher(t).matches();
    }

    private static Optional<LocalDate> of(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        String mo = m.group(2) != null ? m.group(2) : m.group(4);
        String d = m.group(3) != null ? m.group(3) : m.group(5);
        return safe(y, Integer.parseInt(mo), Integer.parseInt(d));
    }

    private static Optional<LocalDate> ofChinese(Matcher m) {
        return safe(ChineseNumerals.parseDigitWise(m.group(1)), ChineseNumerals.parse(m.group(2)),
                ChineseNumerals.parse(m.group(3)));
    }

    private static Optional<LocalDate> safe(int y, int m, int d) {
        if (y < 1900 || y > 2200) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
