package org.gongwen.check;

import org.gongwen.model.Labels;

import java.util.regex.Pattern;

/**
 * What a line of a finished document is, by its text alone, read leniently as a 文秘 reads it: the
 * checker's classifier and adoption (org.gongwen.adopt) find a document's parts with these.
 */
public final class LineKinds {
    private LineKinds() {}

    /** Any date-like line, well or badly written: 2025年1月20日, 2025年01月20日, 二〇二五年一月二十日, 2025-1-20. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
                    + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})\\s*$");
    private static final Pattern DOC_NUMBER = Pattern.compile("[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d+\\s*号");
    private static final Pattern APPENDIX_LABEL = Pattern.compile("^附件\\s*\\d*\\s*$");
    private static final Pattern PRINTED = Pattern.compile(".*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印发\\s*$");

    /** A 成文日期 standing alone on its line. */
    public static boolean isDate(String text) {
        return DATE_LINE.matcher(text).matches();
    }

    /** Holds a 发文字号's 〔年份〕序号号 somewhere. */
    public static boolean holdsDocNumber(String text) {
        return DOC_NUMBER.matcher(text).find();
    }

    /** "附件", "附件2": the label of an appendix's page (leading spaces are the caller's to strip). */
    public static boolean isAppendixLabel(String text) {
        return APPENDIX_LABEL.matcher(text).matches();
    }

    /** The 版记's "…2025年1月20日印发". */
    public static boolean isPrintedLine(String text) {
        return PRINTED.matcher(text).matches();
    }

    /** A 附注: bracketed whole. */
    public static boolean isNote(String text) {
        String s = text.strip();
        return (s.startsWith("（") || s.startsWith("(")) && (s.endsWith("）") || s.endsWith(")"));
    }

    /**
     * A title note (题注) under the title of a 决定, 条例 or 办法: bracketed whole, saying when or by whom the
     * text was adopted, approved, revised or published.
     */
    public static boolean isTitleNote(String text) {
        return isNote(text) && TITLE_NOTE.matcher(text.strip()).find();
    }

    private static final java.util.regex.Pattern TITLE_NOTE =
            java.util.regex.Pattern.compile("(?:通过|批准|修订|修正|公布|印发|发布|施行)[）)]$");

    /** A short line without a sentence's marks or a heading's label: an issuer's name, as a 署名 is. */
    public static boolean isNameLike(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.length() <= 40 && !s.matches(".*[。；！？，].*") && Labels.parse(s) == null;
    }

    /** Ends in a colon: 主送机关 and such. */
    public static boolean endsWithColon(String text) {
        String s = text.strip();
        return s.endsWith("：") || s.endsWith(":");
    }
}
