package org.gongwen.ingest;

import org.gongwen.model.ChineseNumerals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered labels of 公文 headings — 一、 / （一） / 1. / （1） for levels 1–4 — and of legal-style
 * text (第一章, 第一条), told apart from look-alikes such as 一是, 1.5万, 2025年1月 and 一、二级医院.
 * Works on normalized lines (full-width brackets), but tolerates half-width ones.
 */
final class Labels {
    /** A recognised label: its level, its number, the label as written and the text after it. */
    record Label(int level, int number, String label, String rest) {}

    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")(、)\\s*(.*)$");
    private static final Pattern L2 = Pattern.compile("^([（(])(" + CN + ")([）)])\\s*(.*)$");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})([.．、])(?![\\d.．])\\s*(.*)$");
    private static final Pattern L4 = Pattern.compile("^([（(])(\\d{1,2})([）)])\\s*(.*)$");
    /** 一、二级医院 / 一、二类: a range of numerals, not a heading. */
    private static final Pattern NUMERAL_RANGE = Pattern.compile("^[一二三四五六七八九十]+[级类等档批期星线]");
    private static final Pattern CHAPTER = Pattern.compile("^第(" + CN + "|\\d{1,3})章\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + CN + "|\\d{1,3})条(?:\\s+|(?=[（(]))(.*)$|^第(" + CN + "|\\d{1,3})条$");

    private Labels() {}

    /** The heading label opening a line, if it has one that is not a look-alike. */
    static Optional<Label> heading(String line) {
        Matcher m = L1.matcher(line);
        if (m.matches() && !NUMERAL_RANGE.matcher(m.group(3)).find()) {
            return ok(1, ChineseNumerals.parse(m.group(1)), m.group(1) + "、", m.group(3));
        }
        m = L2.matcher(line);
        if (m.matches()) return ok(2, ChineseNumerals.parse(m.group(2)), "（" + m.group(2) + "）", m.group(4));
        m = L3.matcher(line);
        if (m.matches() && !m.group(3).isEmpty() && !startsWithUnit(m.group(3))) {
            String sep = m.group(2).equals("．") ? "." : m.group(2);
            return ok(3, Integer.parseInt(m.group(1)), m.group(1) + sep, m.group(3));
        }
        m = L4.matcher(line);
        if (m.matches()) return ok(4, Integer.parseInt(m.group(2)), "（" + m.group(2) + "）", m.group(4));
        return Optional.empty();
    }

    /** "1. 5万" is still a number; "3、4月" is a range of months. */
    private static boolean startsWithUnit(String rest) {
        return Character.isDigit(rest.charAt(0)) || "年月日号%个万亿元次".indexOf(rest.charAt(0)) >= 0;
    }

    private static Optional<Label> ok(int level, int number, String label, String rest) {
        return number <= 0 ? Optional.empty() : Optional.of(new Label(level, number, label, rest.strip()));
    }

    /** 第一章 总则 → (1, "第一章", "总则"). */
    static Optional<Label> chapter(String line) {
        Matcher m = CHAPTER.matcher(line);
        if (!m.matches()) return Optional.empty();
        String rest = m.group(2).strip();
        if (rest.length() > 40 || rest.contains("。") || rest.contains("；")) return Optional.empty();
        return ok(0, ChineseNumerals.parse(m.group(1)), "第" + m.group(1) + "章", rest);
    }

    /** 第一条 （目的和依据） / 第一条　为了…… → (1, "第一条", rest). */
    static Optional<Label> article(String line) {
        Matcher m = ARTICLE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String num = m.group(1) != null ? m.group(1) : m.group(3);
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        return ok(0, ChineseNumerals.parse(num), "第" + num + "条", rest);
    }

    /** The label for a number in the style of another label of the same level: （三）, 三、, 3., （3）. */
    static String like(String label, int number) {
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
}
