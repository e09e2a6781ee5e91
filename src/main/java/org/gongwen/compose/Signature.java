package org.gongwen.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the 发文机关署名 and the 成文日期 of a document without a seal go (GB/T 9704-2012 §7.3.5.2),
 * in 字 from the right edge of the type area. Every writer places the lines with these numbers and the
 * checker measures a DOCX against them.
 *
 * <p>The signature is 右空二字; the date goes on the next line, its first character 2 字 right of the
 * signature's first character. When that would bring the date closer than its least right space
 * (2 字) to the edge — a date longer than the signature, or up to 2 字 shorter — the date takes that
 * right space and the signature moves left to keep the 2 字 shift ("如成文日期长于发文机关署名，应当使
 * 成文日期右空二字编排，并相应增加发文机关署名右空字数": read so that no date ever ends nearer the edge
 * than 2 字). Several issuers (联合行文) are stacked, their first characters in one column.
 *
 * @param issuers          the issuer lines, in order (may be empty)
 * @param issuerRightZi    each issuer line's right space, in 字
 * @param date             the date as printed, "" for none
 * @param dateRightZi      the date line's right space, in 字
 */
public record Signature(List<String> issuers, List<Double> issuerRightZi, String date, double dateRightZi) {

    /** §7.3.5.2: the date's first character is 2 字 right of the signature's. */
    public static final double DATE_SHIFT_ZI = 2;

    public Signature {
        issuers = List.copyOf(issuers);
        issuerRightZi = List.copyOf(issuerRightZi);
    }

    /**
     * @param issuers          issuer names, one line each (may be empty)
     * @param date             the date as printed ("" for none)
     * @param signatureRightZi the signature's right space from the house template (GB/T 9704: 2 字)
     * @param dateMinRightZi   the date's least right space from the house template (GB/T 9704: 2 字)
     */
    public static Signature of(List<String> issuers, String date, double signatureRightZi, double dateMinRightZi) {
        double s = 0;
        for (String i : issuers) s = Math.max(s, Widths.zi(i));
        double d = Widths.zi(date);
        double signatureRight = signatureRightZi, dateRight;
        if (issuers.isEmpty()) {
            dateRight = dateMinRightZi;
        } else {
            dateRight = signatureRight + s - DATE_SHIFT_ZI - d;
            if (dateRight < dateMinRightZi) {
                signatureRight += dateMinRightZi - dateRight;
                dateRight = dateMinRightZi;
            }
        }
        List<Double> rights = new ArrayList<>();
        for (String i : issuers) rights.add(signatureRight + s - Widths.zi(i));
        return new Signature(issuers, rights, date == null ? "" : date, dateRight);
    }

    /** Without a 署名 the date keeps the signature's distance to the body (its space before). */
    public boolean dateTakesSignatureSpace() {
        return issuers.isEmpty() && !date.isEmpty();
    }

    public boolean isEmpty() {
        return issuers.isEmpty() && date.isEmpty();
    }
}
