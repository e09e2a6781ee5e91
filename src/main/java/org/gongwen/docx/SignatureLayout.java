package org.gongwen.docx;

import org.gongwen.layout.TitleBreaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the 发文机关署名 and the 成文日期 of a document without a seal go (GB/T 9704-2012 §7.3.5.2):
 * the signature 右空二字; the date on the next line, its first character 2 字 right of the
 * signature's first character. If the date is longer than the signature, the date takes the
 * right space (右空二字) and the signature moves left (the standard's wording, taken literally: a date
 * up to 2 字 shorter than the signature ends closer than 2 字 to the edge). Several issuers are
 * stacked with their first characters aligned. Widths are in 字 (half-width characters count ½).
 *
 * @param issuerRightChars right indent of each issuer line, in 字
 * @param dateRightChars   right indent of the date line, in 字
 */
public record SignatureLayout(List<Double> issuerRightChars, double dateRightChars) {

    /** GB/T 9704 §7.3.5.2: the date's first character is 2 字 right of the signature's. */
    public static final double DATE_SHIFT_CHARS = 2;

    /**
     * @param issuers            issuer names, one line each (may be empty)
     * @param date               the date as printed
     * @param signatureRightChars the signature's right space from the template (2 字)
     * @param dateMinRightChars  the date's least right space from the template (2 字)
     */
    public static SignatureLayout of(List<String> issuers, String date, double signatureRightChars, double dateMinRightChars) {
        double s = 0;
        for (String i : issuers) s = Math.max(s, width(i));
        double d = width(date);
        double signatureRight, dateRight;
        if (issuers.isEmpty()) {
            dateRight = dateMinRightChars;
            signatureRight = 0;
        } else if (d > s) {
            dateRight = dateMinRightChars;
            signatureRight = dateRight + d + DATE_SHIFT_CHARS - s;
        } else {
            signatureRight = signatureRightChars;
            dateRight = signatureRight + s - DATE_SHIFT_CHARS - d;
        }
        List<Double> rights = new ArrayList<>();
        for (String i : issuers) rights.add(signatureRight + s - width(i));
        return new SignatureLayout(List.copyOf(rights), dateRight);
    }

    static double width(String s) {
        return s == null ? 0 : TitleBreaker.width(s, 0, s.length());
    }

    /** 2025年1月20日: Arabic numerals, full year, no zero padding (GB/T 9704 §7.3.5.1). */
    public static String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
