package org.gongwen.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a 公文 title into lines the way GB/T 9704 §7.3.1 asks: "回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形". The composition step calls it once per title, so
 * every output prints the same lines.
 *
 * <p>Widths are counted in 字: a CJK character or full-width mark is 1, a half-width character ½.
 * A break never falls inside a run of digits or Latin letters, inside a number with its unit
 * (2025年, 12号, 30%), inside 《》 “” （） 〔〕, inside a word ({@link Words}: "轻微违/法行为" breaks
 * the meaning), after an opening or before a closing mark, nor right after 关于. Among the allowed
 * splits into the fewest lines that fit, the one with the best
 * breaking points wins (before 关于, before 的通知/的报告…, after 的, around a quoted title), then the
 * one whose shape is a trapezoid (each line no longer than the next) or diamond, then the most even.
 */
public final class TitleBreaker {

    private TitleBreaker() {}

    /** Characters that stay with a preceding number: 2025年, 12号, 30%. */
    private static final String UNITS = "年月日号个项条章节次%％";
    /** Document kinds that end a title (the 文种); a break before "的" + kind is preferred. */
    private static final List<String> KINDS = List.of("通知", "通报", "报告", "请示", "批复", "意见", "决定",
            "决议", "命令", "公告", "通告", "公报", "议案", "函", "纪要", "办法", "规定", "方案", "通令");

    /**
     * Titles of more lines than this are not searched for the best split: they are laid out greedily
     * (fill each line, break at the last allowed point). A title that long is not a sane title.
     */
    static final int MAX_LINES = 6;

    /**
     * @param title            the title, without line breaks
     * @param maxCharsPerLine  how many 字 of the title's size fit on a line
     * @return the lines, in order; the title itself when it fits on one line
     */
    public static List<String> split(String title, int maxCharsPerLine) {
        if (maxCharsPerLine < 1) throw new IllegalArgumentException("maxCharsPerLine must be positive");
        String t = title == null ? "" : title.strip();
        int[] half = halfWidths(t);
        int max = 2 * maxCharsPerLine;
        if (t.isEmpty() || half[t.length()] <= max) return List.of(t);

        int[] score = breakScores(t);
        int minLines = (half[t.length()] + max - 1) / max;
        if (minLines > MAX_LINES) return greedy(t, score, half, max);
        // First only breaks that keep the meaning; one extra line is better than a broken quote.
        for (int lines = minLines; lines <= minLines + 1; lines++) {
            int[] breaks = new Search(t, score, half, max, lines, 0).best();
            if (breaks != null) return cut(t, breaks);
        }
        // A quoted title longer than a line cannot stay whole: allow soft breaks too, and breaks
        // inside a word only when even those leave no split.
        for (int minScore : new int[]{SOFT, IN_WORD}) {
            for (int lines = minLines; lines <= MAX_LINES; lines++) {
                int[] breaks = new Search(t, score, half, max, lines, minScore).best();
                if (breaks != null) return cut(t, breaks);
            }
        }
        return greedy(t, score, half, max);
    }

    /**
     * Whether the lines make a trapezoid (no line shorter than the one above) or a diamond (growing to
     * a widest line, then shrinking, the first no longer than the second): §7.3.1's "梯形或菱形".
     */
    public static boolean isTrapezoidOrDiamond(List<String> lines) {
        int shape = Search.UP;
        int previous = 0;
        for (int i = 0; i < lines.size(); i++) {
            int w = 0;
            for (int k = 0; k < lines.get(i).length(); k++) w += Widths.halves(lines.get(i).charAt(k));
            shape = Search.next(i, shape, previous, w);
            previous = w;
        }
        return shape != Search.BROKEN;
    }

    /**
     * Break scores: HARD never breaks (inside a number, at a mark); SOFT only when nothing else fits;
     * IN_WORD (inside a word) only when not even a SOFT break fits. A word is not HARD because the
     * segmenter can be wrong and a long name (人民代表大会常务委员会) can outgrow a short measure; it is
     * below SOFT because §7.3.1 asks first of all that the meaning stay whole ("词意完整"): a break
     * between the words of an overlong 《》 title keeps it, a break inside a word does not.
     */
    static final int HARD = -100, IN_WORD = -6, SOFT = -3;

    /**
     * The best split of the title into exactly {@code lines} lines, by dynamic programming over (where a
     * line starts, which line it is, the shape so far, the previous line's width): polynomial in the
     * title's length, where trying every combination of breaks grows exponentially. Lower cost is
     * better: good break points first (10 per point of score), then the shape (25 when neither
     * trapezoid nor diamond), then evenness (the sum of each line's distance from the mean width). Costs
     * are kept in integers, scaled by 2 x lines, so equal splits tie exactly; among equal ones the
     * earliest breaks win.
     */
    private static final class Search {
        /** Shapes so far: lines never got shorter; got shorter after a widest line; neither. */
        private static final int UP = 0, DOWN = 1, BROKEN = 2, SHAPES = 3;
        private static final int UNKNOWN = Integer.MIN_VALUE, IMPOSSIBLE = Integer.MAX_VALUE;

        private final String t;
        private final int[] score, half;
        private final int max, lines, minScore, n, total;
        /** memo[((start * lines + line) * SHAPES + shape) * (max + 1) + previousWidth]: cost of the rest (small: ints). */
        private final int[] memo;

        Search(String t, int[] score, int[] half, int max, int lines, int minScore) {
            this.t = t;
            this.score = score;
            this.half = half;
            this.max = max;
            this.lines = lines;
            this.minScore = minScore;
            this.n = t.length();
            this.total = half[n];
            this.memo = new int[(n + 1) * lines * SHAPES * (max + 1)];
            Arrays.fill(memo, UNKNOWN);
        }

        /** The break positions of the best split, or null when no split into this many lines fits. */
        int[] best() {
            if (rest(0, 0, UP, 0) == IMPOSSIBLE) return null;
            int[] breaks = new int[lines - 1];
            int start = 0, shape = UP, previous = 0;
            for (int line = 0; line < lines - 1; line++) {
                int want = rest(start, line, shape, previous);
                for (int p = start + 1; p < n && half[p] - half[start] <= max; p++) {
                    if (score[p] < minScore) continue;
                    int w = half[p] - half[start];
                    int next = next(line, shape, previous, w);
                    int after = rest(p, line + 1, next, next == BROKEN ? 0 : w);
                    if (after != IMPOSSIBLE && lineCost(w) - breakWeight(p) + after == want) {
                        breaks[line] = p;
                        start = p;
                        shape = next;
                        previous = next == BROKEN ? 0 : w;
                        break;
                    }
                }
            }
            return breaks;
        }

        /** The least cost of setting t[start..] as lines line..lines-1, given the shape so far. */
        private int rest(int start, int line, int shape, int previous) {
            int key = ((start * lines + line) * SHAPES + shape) * (max + 1) + previous;
            if (memo[key] != UNKNOWN) return memo[key];
            int best = IMPOSSIBLE;
            if (line == lines - 1) {
                int w = total - half[start];
                if (w <= max && start < n) {
                    int last = next(line, shape, previous, w);
                    best = lineCost(w) + (last == BROKEN ? 50 * lines : 0);
                }
            } else {
                for (int p = start + 1; p < n && half[p] - half[start] <= max; p++) {
                    if (score[p] < minScore) continue;
                    int w = half[p] - half[start];
                    int next = next(line, shape, previous, w);
                    int after = rest(p, line + 1, next, next == BROKEN ? 0 : w);
                    if (after != IMPOSSIBLE) best = Math.min(best, lineCost(w) - breakWeight(p) + after);
                }
            }
            memo[key] = best;
            return best;
        }

        /**
         * The shape after a line of width w: a trapezoid never gets shorter; a diamond grows to a widest
         * line, then shrinks, and its first line is no longer than its second.
         */
        private static int next(int line, int shape, int previous, int w) {
            if (line == 0) return UP;
            return switch (shape) {
                case UP -> w >= previous ? UP : line == 1 ? BROKEN : DOWN;
                case DOWN -> w <= previous ? DOWN : BROKEN;
                default -> BROKEN;
            };
        }

        /** |w - mean| scaled by 2 x lines: widths are in half 字 and the mean is total / lines. */
        private int lineCost(int w) {
            return Math.abs(lines * w - total);
        }

        /** 10 per point of the break's score, scaled by 2 x lines. */
        private int breakWeight(int p) {
            return 20 * lines * score[p];
        }
    }

    /**
     * score[p] judges a break between t[p-1] and t[p]: HARD forbids it, IN_WORD and SOFT avoid it, 0 is
     * neutral, higher is a better place for the meaning.
     */
    static int[] breakScores(String t) {
        int n = t.length();
        int[] s = new int[n + 1];
        boolean[] inside = insideQuotes(t);
        boolean[] inWord = Words.insideWord(t);
        for (int p = 1; p < n; p++) {
            char a = t.charAt(p - 1), b = t.charAt(p);
            if (Punctuation.notAtLineEnd(a) || Punctuation.notAtLineStart(b)
                    || (isAlnum(a) && isAlnum(b))
                    || (isAlnum(a) && UNITS.indexOf(b) >= 0)
                    || Character.isHighSurrogate(a)) {
                s[p] = HARD;
            } else if (inWord[p]) {
                s[p] = IN_WORD;
            } else if (inside[p] || t.startsWith("关于", p - 2) || t.startsWith("关于", p - 1)
                    || (a == '的' && startsWithKind(t, p))) {
                s[p] = SOFT;
            } else if (t.startsWith("关于", p)) s[p] = 6;
            else if (b == '的' && startsWithKind(t, p + 1)) s[p] = 4;
            else if (a == '的') s[p] = 2;
            else if (a == '、' || a == '，' || a == ' ' || a == '　') s[p] = 3;
            else if (Punctuation.notAtLineEnd(b) || Punctuation.notAtLineStart(a)) s[p] = 2;
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

    /** half[i]: the width of t[0, i) in half 字 (a half-width character is 1, anything else 2). */
    private static int[] halfWidths(String t) {
        int[] half = new int[t.length() + 1];
        for (int i = 0; i < t.length(); i++) {
            half[i + 1] = half[i] + Widths.halves(t.charAt(i));
        }
        return half;
    }

    /** The last break in (from, to] scored at least minScore, or -1. */
    private static int lastBreak(int[] score, int from, int to, int minScore) {
        for (int p = to; p > from; p--) if (score[p] >= minScore) return p;
        return -1;
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

    /**
     * Fills each line and breaks at its last point outside a word, else its last allowed point (anything
     * but a HARD one), or where it is full when a line has none: for titles too long to search, and as
     * the last resort.
     */
    private static List<String> greedy(String t, int[] score, int[] half, int max) {
        List<String> lines = new ArrayList<>();
        int from = 0, n = t.length();
        while (from < n) {
            int full = from + 1, allowed = -1;
            while (full < n && half[full + 1] - half[from] <= max) full++;
            if (full < n) allowed = lastBreak(score, from, full, SOFT);
            if (full < n && allowed < 0) allowed = lastBreak(score, from, full, IN_WORD);
            int end = full == n ? n : allowed > 0 ? allowed : full;
            if (end < n && Character.isLowSurrogate(t.charAt(end))) end--;
            if (end <= from) end = Math.min(n, from + 2);
            lines.add(t.substring(from, end));
            from = end;
        }
        return List.copyOf(lines);
    }
}
