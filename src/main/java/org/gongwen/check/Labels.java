package org.gongwen.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading labels at the start of a paragraph: 一、 （一） 1. （1）, and the wrong forms drafts use
 * for them ((一) with half-width parentheses, 一. , 1、 , (1)). Also the heading sentence of a
 * run-in heading: the label up to the first 。！？ (see {@link #headingLength}).
 */
final class Labels {

    /**
     * @param level     1..4
     * @param number    the label's number (一 → 1)
     * @param label     the label as written, e.g. "(一)"
     * @param correct   the label as GB/T 9704 writes it, e.g. "（一）"
     */
    record Label(int level, int number, String label, String correct) {
        boolean wellFormed() { return label.equals(correct) || level == 3 && label.equals(number + "．"); }
    }

    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")([、.．，,]|\\s)");
    private static final Pattern L2 = Pattern.compile("^[（(](" + CN + ")[）)]");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})([.．](?![\\d０-９])|、)");
    private static final Pattern L4 = Pattern.compile("^(?:[（(](\\d{1,2})[）)]|(\\d{1,2})[)）])");
    private static final Pattern CHAPTER = Pattern.compile("^第" + CN + "章");
    private static final Pattern ARTICLE = Pattern.compile("^第" + CN + "条");

    private Labels() {}

    /** The heading label opening {@code text} (leading spaces ignored), or null. */
    static Label parse(String text) {
        String t = stripLeading(text);
        Matcher m;
        if ((m = L2.matcher(t)).find()) {
            int n = chineseNumber(m.group(1));
            return new Label(2, n, m.group(), "（" + m.group(1) + "）");
        }
        if ((m = L4.matcher(t)).find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return new Label(4, Integer.parseInt(digits), m.group(), "（" + digits + "）");
        }
        if ((m = L1.matcher(t)).find() && !t.startsWith("一是") && t.length() > m.group().length()) {
            String label = m.group(2).isBlank() ? m.group(1) : m.group();
            return new Label(1, chineseNumber(m.group(1)), label, m.group(1) + "、");
        }
        if ((m = L3.matcher(t)).find()) {
            return new Label(3, Integer.parseInt(m.group(1)), m.group(), m.group(1) + ".");
        }
        return null;
    }

    static boolean isChapter(String text) { return CHAPTER.matcher(stripLeading(text)).find(); }

    static boolean isArticle(String text) { return ARTICLE.matcher(stripLeading(text)).find(); }

    /** A heading sentence longer than this (after the label), or with more than one ，, is body text. */
    static final int LONGEST_LEAD = 40;

    /**
     * How many characters (of the text without leading spaces) open a labelled paragraph in its
     * heading's face: the label and its heading sentence up to the first 。！？ when that sentence is
     * short (at most {@link #LONGEST_LEAD} characters, at most one ，), the whole text for a heading
     * that stands alone, 0 for a numbered paragraph of plain text. Same rule as the importer's.
     */
    static int headingLength(String text, Label label) {
        String t = stripLeading(text);
        int from = t.indexOf(label.label()) + label.label().length();
        String rest = t.substring(from);
        int end = -1;
        for (int i = 0; i < rest.length() && end < 0; i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '！' || c == '？') end = i + 1;
        }
        if (end < 0) return rest.length() <= 80 && !rest.contains("；") ? t.length() : 0;
        if (end == rest.length()) return rest.length() <= LONGEST_LEAD ? t.length() : 0;
        String lead = rest.substring(0, end);
        return lead.length() <= LONGEST_LEAD && lead.chars().filter(c -> c == '，').count() <= 1 ? from + end : 0;
    }

    static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) i++;
        return text.substring(i);
    }

    /** 一 → 1, 十二 → 12, 二十 → 20, 一百 → 100; 0 when not a number. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '〇' ? 0 : digits.indexOf(c);
            if (d >= 0) {
                current = current * 10 + d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return 0;
            }
        }
        return total + current;
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一. */
    static String chinese(int n) {
        String d = "零一二三四五六七八九";
        if (n < 10) return String.valueOf(d.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
        if (n < 100) return d.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        return String.valueOf(n);
    }
}
