package org.gongwen.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered labels of 公文 headings (GB/T 9704 §7.3.3): 一、 / （一） / 1. / （1） for levels
 * 1–4, and 第一章 / 第一条 of legal-style text; and how much of a labelled paragraph is its heading.
 * The grammar is read two ways, for two readers:
 * <ul>
 *   <li>{@link #heading}, {@link #chapter}, {@link #article} recognise labels in a draft, telling
 *       them from look-alikes such as 一是, 1.5万, 2025年1月 and 一、二级医院 (normalized lines with
 *       full-width brackets, half-width ones tolerated);</li>
 *   <li>{@link #parse}, {@link #isChapter}, {@link #isArticle} read a finished document's labels
 *       leniently, wrong forms included ((一) with half-width parentheses, 一. , 1、 , (1)), so that a
 *       checker can name the {@linkplain Label#correct() form GB/T 9704 writes}.</li>
 * </ul>
 */
public final class Labels {
    /**
     * A recognised label.
     *
     * @param level   1–4 for headings, 0 for chapters and articles
     * @param number  its number (一 → 1)
     * @param label   the label as the reader keeps it: {@link #heading} normalizes brackets ("(一)" → "（一）"),
     *                {@link #parse} keeps it as written
     * @param correct the label as GB/T 9704 writes it, its numeral as written ("（一）", "3.")
     * @param rest    the text after the label ({@link #heading}: stripped)
     */
    public record Label(int level, int number, String label, String correct, String rest) {
        /** Written as GB/T 9704 writes it (a full-width ． after an arabic numeral passes too). */
        public boolean wellFormed() { return label.equals(correct) || level == 3 && label.equals(number + "．"); }
    }

    private static final String CN = "[一二三四五六七八九十百零〇]+";

    // ---- recognising (drafts) ----
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")(、)\\s*(.*)$");
    private static final Pattern L2 = Pattern.compile("^([（(])(" + CN + ")([）)])\\s*(.*)$");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})([.．、])(?![\\d.．])\\s*(.*)$");
    private static final Pattern L4 = Pattern.compile("^([（(])(\\d{1,2})([）)])\\s*(.*)$");
    /** 一、二级医院 / 一、二类: a range of numerals, not a heading. */
    private static final Pattern NUMERAL_RANGE = Pattern.compile("^[一二三四五六七八九十]+[级类等档批期星线]");
    private static final Pattern CHAPTER = Pattern.compile("^第(" + CN + "|\\d{1,3})章\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + CN + "|\\d{1,3})条(?:\\s+|(?=[（(]))(.*)$|^第(" + CN + "|\\d{1,3})条$");

    // ---- reading leniently (documents to check) ----
    private static final Pattern ANY_L1 = Pattern.compile("^(" + CN + ")([、.．，,]|\\s)");
    private static final Pattern ANY_L2 = Pattern.compile("^[（(](" + CN + ")[）)]");
    private static final Pattern ANY_L3 = Pattern.compile("^(\\d{1,2})([.．](?![\\d０-９])|、)");
    private static final Pattern ANY_L4 = Pattern.compile("^(?:[（(](\\d{1,2})[）)]|(\\d{1,2})[)）])");
    private static final Pattern ANY_CHAPTER = Pattern.compile("^第" + CN + "章");
    private static final Pattern ANY_ARTICLE = Pattern.compile("^第" + CN + "条");

    /** A heading sentence longer than this (after the label), or with more than one ，, is body text. */
    public static final int LONGEST_LEAD = 40;
    /** A label line without a sentence end up to this long (and without ；) is a heading on its own. */
    private static final int LONGEST_HEADING = 80;

    private Labels() {}

    /** The heading label opening a line, if it has one that is not a look-alike. */
    public static Optional<Label> heading(String line) {
        Matcher m = L1.matcher(line);
        if (m.matches() && !NUMERAL_RANGE.matcher(m.group(3)).find()) {
            return ok(1, ChineseNumerals.parse(m.group(1)), m.group(1), m.group(1) + "、", m.group(3));
        }
        m = L2.matcher(line);
        if (m.matches()) return ok(2, ChineseNumerals.parse(m.group(2)), m.group(2), "（" + m.group(2) + "）", m.group(4));
        m = L3.matcher(line);
        if (m.matches() && !m.group(3).isEmpty() && !startsWithUnit(m.group(3))) {
            String sep = m.group(2).equals("．") ? "." : m.group(2);
            return ok(3, Integer.parseInt(m.group(1)), m.group(1), m.group(1) + sep, m.group(3));
        }
        m = L4.matcher(line);
        if (m.matches()) return ok(4, Integer.parseInt(m.group(2)), m.group(2), "（" + m.group(2) + "）", m.group(4));
        return Optional.empty();
    }

    /** "1. 5万" is still a number; "3、4月" is a range of months. */
    private static boolean startsWithUnit(String rest) {
        return Character.isDigit(rest.charAt(0)) || "年月日号%个万亿元次".indexOf(rest.charAt(0)) >= 0;
    }

    /** A label read by {@link #heading} (level 1–4) or {@link #chapter}/{@link #article} (level 0, {@code numeral} unused). */
    private static Optional<Label> ok(int level, int number, String numeral, String label, String rest) {
        if (number <= 0) return Optional.empty();
        return Optional.of(new Label(level, number, label, level == 0 ? label : form(level, numeral), rest.strip()));
    }

    /** 第一章 总则 → (第一章, "总则"). */
    public static Optional<Label> chapter(String line) {
        Matcher m = CHAPTER.matcher(line);
        if (!m.matches()) return Optional.empty();
        String rest = m.group(2).strip();
        if (rest.length() > 40 || rest.contains("。") || rest.contains("；")) return Optional.empty();
        return ok(0, ChineseNumerals.parse(m.group(1)), null, "第" + m.group(1) + "章", rest);
    }

    /** 第一条 （目的和依据） / 第一条　为了…… → (第一条, rest). */
    public static Optional<Label> article(String line) {
        Matcher m = ARTICLE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String num = m.group(1) != null ? m.group(1) : m.group(3);
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        return ok(0, ChineseNumerals.parse(num), null, "第" + num + "条", rest);
    }

    /** The heading label opening {@code text} (leading spaces ignored) in any of its forms, right or wrong; null when none. */
    public static Label parse(String text) {
        String t = stripLeading(text);
        Matcher m;
        if ((m = ANY_L2.matcher(t)).find()) {
            return read(2, ChineseNumerals.parse(m.group(1)), m.group(), m.group(1), t);
        }
        if ((m = ANY_L4.matcher(t)).find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return read(4, Integer.parseInt(digits), m.group(), digits, t);
        }
        if ((m = ANY_L1.matcher(t)).find() && !t.startsWith("一是") && t.length() > m.group().length()) {
            String label = m.group(2).isBlank() ? m.group(1) : m.group();
            return read(1, ChineseNumerals.parse(m.group(1)), label, m.group(1), t);
        }
        if ((m = ANY_L3.matcher(t)).find()) {
            return read(3, Integer.parseInt(m.group(1)), m.group(), m.group(1), t);
        }
        return null;
    }

    private static Label read(int level, int number, String label, String numeral, String t) {
        return new Label(level, number, label, form(level, numeral), t.substring(t.indexOf(label) + label.length()));
    }

    public static boolean isChapter(String text) { return ANY_CHAPTER.matcher(stripLeading(text)).find(); }

    public static boolean isArticle(String text) { return ANY_ARTICLE.matcher(stripLeading(text)).find(); }

    /** The label of a heading level as GB/T 9704 writes it, around a numeral: 一、 （一） 1. （1）. */
    private static String form(int level, String numeral) {
        return switch (level) {
            case 1 -> numeral + "、";
            case 2, 4 -> "（" + numeral + "）";
            default -> numeral + ".";
        };
    }

    /** The label of number {@code n} at a heading level as GB/T 9704 writes it: 三、 （三） 3. （3）. */
    public static String form(int level, int n) {
        return form(level, level == 1 || level == 2 ? ChineseNumerals.format(n) : Integer.toString(n));
    }

    /** The label for a number in the style of another label of the same level: （三）, 三、, 3., （3）, 第三条. */
    public static String like(String label, int number) {
        if (label.startsWith("第")) {
            String kind = label.substring(label.length() - 1);
            boolean arabic = Character.isDigit(label.charAt(1));
            return "第" + (arabic ? Integer.toString(number) : ChineseNumerals.format(number)) + kind;
        }
        boolean arabic = label.chars().anyMatch(Character::isDigit);
        String n = arabic ? Integer.toString(number) : ChineseNumerals.format(number);
        if (label.startsWith("（")) return "（" + n + "）";
        return n + label.substring(label.length() - 1);
    }

    /**
     * How much of the text after a heading label is set as the heading: all of it when it is a heading
     * on its own line (one sentence of at most {@link #LONGEST_LEAD} characters, or no sentence end and
     * at most 80 characters without ；), its first sentence (to 。！？) when that is a run-in heading
     * (at most {@link #LONGEST_LEAD} characters, at most one ，), else 0: a numbered paragraph of plain
     * text. The importer and the checkers split headings by this one rule.
     */
    public static int leadLength(String rest) {
        int end = -1;
        for (int i = 0; i < rest.length() && end < 0; i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '！' || c == '？') end = i + 1;
        }
        if (end < 0) return rest.length() <= LONGEST_HEADING && !rest.contains("；") ? rest.length() : 0;
        if (end == rest.length()) return rest.length() <= LONGEST_LEAD ? rest.length() : 0;
        String lead = rest.substring(0, end);
        return lead.length() <= LONGEST_LEAD && lead.chars().filter(c -> c == '，').count() <= 1 ? end : 0;
    }

    /**
     * How many characters (of the text without leading spaces) open a labelled paragraph in its
     * heading's face: the label and its {@linkplain #leadLength heading sentence}; the whole text for a
     * heading that stands alone, 0 for a numbered paragraph of plain text.
     */
    public static int headingLength(String text, Label label) {
        String t = stripLeading(text);
        int from = t.indexOf(label.label()) + label.label().length();
        String rest = t.substring(from);
        int lead = leadLength(rest);
        return lead == rest.length() ? t.length() : lead == 0 ? 0 : from + lead;
    }

    /** The text without leading white space (ideographic spaces included). */
    public static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) i++;
        return text.substring(i);
    }
}
