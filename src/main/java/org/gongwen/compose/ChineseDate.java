package org.gongwen.compose;

import java.time.LocalDate;

/**
 * Dates as a 公文 prints them (GB/T 9704 §7.3.5.1 成文日期, §7.4.3 印发日期): Arabic numerals, the
 * year in full, month and day without a leading zero — 2025年1月20日.
 */
public final class ChineseDate {
    private ChineseDate() {}

    /** The date, or "" for none. */
    public static String of(LocalDate date) {
        return date == null ? "" : of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static String of(int year, int month, int day) {
        return year + "年" + month + "月" + day + "日";
    }
}
