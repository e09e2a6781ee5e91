package org.gongwen.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a 公文 title into lines the way GB/T 9704 §7.3.1 asks: "回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形". The DOCX writer and the typesetter both call it, so
 * the title has the same lines in both outputs.
 *
 * <p>Widths are counted in 字: a CJK character or full-width mark is 1, a half-width character ½.
 * A break never falls inside a run of digits or Latin letters, inside a number with its unit
 * (2025年, 12号, 30%), inside 《》 “” （） 〔〕, after an opening or before a closing mark, nor right
 * after 关于. Among the allowed splits into the fewest lines that fit, the one with the best
 * breaking points wins (before 关于, before 的通知/的报告…, after 的, around a quoted title), then the
 * one whose shape is a trapezoid (each line no longer than the next) or diamond, then the most even.
 */
public final class TitleBreaker {

    private TitleBreaker() {}

    private static final String OPENING = "（《「『“‘【〈〔([{";
    private static final String CLOSING = "）》」』”’】〉〕)]}，。、；：？！,.;:?!…—·";
    /** Characters that stay with a preceding number: 2025年, 12号, 30%. */
    private static final String UNITS = "年月日号个项条章节次%％";
    /** Document kinds that end a title (the 文种); a break before "的" + kind is preferred. */
    private static final List<String> KINDS = List.of("通知", "通报", "报告", "请示", "批复", "意见", "决定",
            "决议", "命令", "公告", "通告", "公报", "议案", "函", "纪要", "办法", "规定", "方案", "通令");

    /** Upper bound of lines tried; a title of more lines is not a title. */
    private static final int MAX_LINES = 6;

    /**
     * @param title            the title, without line breaks
     * @param maxCharsPerLine  how many 字 of the title's size fit on a line
     * @return the lines, in order; the title itself when it fits on one line
     */
    public static List<String> split(String title, int maxCharsPerLine) {
        if (maxCharsPerLine < 1) throw new IllegalArgumentException("maxCharsPerLine must be positive");
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || width(t, 0, t.length()) <= maxCharsPerLine) return List.of(t);

        int[] score = breakScores(t);
        double total = width(t, 0, t.length());
        int minLines = (int) Math.ceil(total / maxCharsPerLine);
        // First only breaks that keep the meaning; one extra line is better than a broken quote.
        for (int lines = minLines; lines <= minLines + 1; lines++) {
            int[] breaks = bestBreaks(t, score, maxCharsPerLine, lines, 0);
            if (breaks != null) return cut(t, breaks);
        }
        // A quoted title longer than a line cannot stay whole: allow soft breaks too.
        for (int lines = minLines; lines <= Math.max(minLines, MAX_LINES); lines++) {
            int[] breaks = bestBreaks(t, score, maxCharsPerLine, lines, SOFT);
            if (breaks != null) return cut(t, breaks);
        }
        return hardCut(t, maxCharsPerLine);
    }

    /** Break scores: HARD never breaks (inside a number, at a mark); SOFT only when nothing else fits. */
    private static final int HARD = -100, SOFT = -3;

    private static int[] bestBreaks(String t, int[] score, int max, int lines, int minScore) {
        Best best = new Best();
        search(t, score, max, lines, minScore, 0, new ArrayList<>(), best);
        return best.breaks;
    }

    private static final class Best {
        int[] breaks;
        double cost = Double.MAX_VALUE;
    }

    private static void search(String t, int[] score, int max, int lines, int minScore, int from,
                               List<Integer> chosen, Best best) {
        if (chosen.size() == lines - 1) {
            if (width(t, from, t.length()) > max) return;
            int[] breaks = chosen.stream().mapToInt(Integer::intValue).toArray();
            double cost = cost(t, score, breaks);
            if (cost < best.cost) {
                best.cost = cost;
                best.breaks = breaks;
            }
            return;
        }
        for (int p = from + 1; p < t.length(); p++) {
            if (width(t, from, p) > max) break;
            if (score[p] < minScore) continue;
            chosen.add(p);
            search(t, score, max, lines, minScore, p, chosen, best);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Lower is better: good break points first, then the shape, then evenness. */
    private static double cost(String t, int[] score, int[] breaks) {
        double[] w = new double[breaks.length + 1];
        int from = 0;
        for (int i = 0; i < breaks.length; i++) {
            w[i] = width(t, from, breaks[i]);
            from = breaks[i];
        }
        w[breaks.length] = width(t, from, t.length());

        double cost = 0;
        for (int b : breaks) cost -= score[b] * 10.0;
        if (!trapezoid(w) && !diamond(w)) cost += 25;
        double mean = 0;
        for (double x : w) mean += x / w.length;
        for (double x : w) cost += Math.abs(x - mean);
        return cost;
    }

    private static boolean trapezoid(double[] w) {
        for (int i = 1; i < w.length; i++) if (w[i - 1] > w[i]) return false;
        return true;
    }

    /** Lines grow to a widest line, then shrink; the first line is no longer than the second. */
    private static boolean diamond(double[] w) {
        if (w.length < 3 || w[0] > w[1]) return false;
        int i = 1;
        while (i < w.length && w[i - 1] <= w[i]) i++;
        while (i < w.length && w[i - 1] >= w[i]) i++;
        return i == w.length;
    }

    /**
     * score[p] judges a break between t[p-1] and t[p]: HARD forbids it, SOFT avoids it, 0 is neutral, higher
     * is a better place for the meaning.
     */
    private static int[] breakScores(String t) {
        int n = t.length();
        int[] s = new int[n + 1];
        boolean[] inside = insideQuotes(t);
        for (int p = 1; p < n; p++) {
            char a = t.charAt(p - 1), b = t.charAt(p);
            if (OPENING.indexOf(a) >= 0 || CLOSING.indexOf(b) >= 0
                    || (isAlnum(a) && isAlnum(b))
                    || (isAlnum(a) && UNITS.indexOf(b) >= 0)
                    || Character.isHighSurrogate(a)) {
                s[p] = HARD;
            } else if (inside[p] || t.startsWith("关于", p - 2) || t.startsWith("关于", p - 1)
                    || (a == '的' && startsWithKind(t, p))) {
                s[p] = SOFT;
            } else if (t.startsWith("关于", p)) s[p] = 6;
            else if (b == '的' && startsWithKind(t, p + 1)) s[p] = 4;
            else if (a == '的') s[p] = 2;
            else if (a == '、' || a == '，' || a == ' ' || a == '　') s[p] = 3;
            else if (OPENING.indexOf(b) >= 0 || CLOSING.indexOf(a) >= 0) s[p] = 2;
            else if (b == '和' || b == '及' || b == '与') s[p] = 1;
        }
        return s;
    }

    private static boolean startsWithKind(String t, int at) {
        for (String k : KINDS) if (t.startsWith(k, at)) return true;
        return false;
    }

    /** inside[p]: position p lies strictly within a bracketed or quoted span. */
    private static boolean[] insideQuotes(String t) {
        boolean[] inside = new boolean[t.length() + 1];
        String open = "《“（〔(「『【", close = "》”）〕)」』】";
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (open.indexOf(c) >= 0) depth++;
            else if (close.indexOf(c) >= 0 && depth > 0) depth--;
            inside[i + 1] = depth > 0;
        }
        return inside;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '０' && c <= '９') || c == '.' || c == '-';
    }

    /** Width in 字 of t[from, to): half-width characters count ½. */
    public static double width(String t, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLowSurrogate(c)) continue;
            w += c < 0x2E80 && c != '—' && c != '…' ? 0.5 : 1;
        }
        return w;
    }

    private static List<String> cut(String t, int[] breaks) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int b : breaks) {
            lines.add(t.substring(from, b));
            from = b;
        }
        lines.add(t.substring(from));
        return List.copyOf(lines);
    }

    private static List<String> hardCut(String t, int max) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < t.length()) {
            int p = from;
            while (p < t.length() && width(t, from, p + 1) <= max) p++;
            if (p == from) p++;
            lines.add(t.substring(from, p));
            from = p;
        }
        return List.copyOf(lines);
    }
}
