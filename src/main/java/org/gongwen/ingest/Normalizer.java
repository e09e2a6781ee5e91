package org.gongwen.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one line of pasted text the way GB/T 15834 and a careful clerk would: half-width
 * , : ; ? ! ( ) " become full-width inside Chinese text, and so does a full stop . after Chinese
 * text, while numbers (3.5), times (8:30-17:00), ratios (1:500), URLs, Latin words and 发文字号 stay as
 * they are; &lt;…&gt; inside 《…》 becomes 〈…〉; full-width digits and letters (附件１) become half-width;
 * NBSP, tabs, ideographic spaces and space indentation go.
 */
public final class Normalizer {
    /** Spans left untouched: URLs, e-mail addresses, 发文字号 such as 钟卫健发〔2025〕12号 or 沪府发[2025]3号. */
    private static final Pattern PROTECTED = Pattern.compile(
            "(?:https?|ftp)://[\\w\\-.~:/?#\\[\\]@!$&'*+,;=%]+|www\\.[\\w\\-.~/?#@!$&'*+,;=%]+"
                    + "|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}"
                    + "|\\p{IsHan}{1,12}[〔\\[【(（]\\d{4}[〕\\]】)）]\\d{1,5}号");

    private static final Pattern ELLIPSIS = Pattern.compile(
            "(?<=[\\p{IsHan}，。、；：“”（）])(?:\\.{3,6}|。{3,6}|…{1,2})|(?:\\.{3,6}|。{3,6}|…{1,2})(?=[\\p{IsHan}“”（）])");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /** A heading label in the wrong form "一." : its full stop is not a sentence end. */
    private static final Pattern NUMERAL_DOT = Pattern.compile("^[一二三四五六七八九十]{1,3}\\.");

    private Normalizer() {}

    /** A cleaned line: spaces unified and trimmed, punctuation per context; single inner spaces kept. */
    public static String line(String raw) {
        if (raw == null) return "";
        String s = unifySpaces(halfWidthAlnum(raw)).strip();
        s = SPACE_RUN.matcher(s).replaceAll(" ");
        return punctuation(s);
    }

    /** A cleaned line without the spaces that Chinese text does not have (kept between Latin words). */
    public static String text(String raw) {
        return tight(line(raw));
    }

    /** Drops spaces next to a Chinese character or full-width punctuation. */
    static String tight(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                char prev = sb.isEmpty() ? ' ' : sb.charAt(sb.length() - 1);
                int j = i;
                while (j < s.length() && s.charAt(j) == ' ') j++;
                char next = j < s.length() ? s.charAt(j) : ' ';
                if (isChinese(prev) || isChinese(next) || prev == ' ' || next == ' ') { i = j - 1; continue; }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String unifySpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') continue;
            if (c < 0x20 || c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u205F'
                    || (c >= '\u2000' && c <= '\u200A')) c = ' ';
            sb.append(c);
        }
        return sb.toString();
    }

    /** ０-９, Ａ-Ｚ, ａ-ｚ → ASCII; ． between digits → . (１．５ → 1.5, 附件１ → 附件1). */
    private static String halfWidthAlnum(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) a[i] = (char) (c - 0xFEE0);
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i] == '．' && Character.isDigit(a[i - 1])) a[i] = '.';
        }
        return new String(a);
    }

    static String punctuation(String s) {
        boolean[] keep = new boolean[s.length()];
        if (s.contains("://") || s.contains("www.") || s.contains("@") || s.contains("号")) {
            Matcher m = PROTECTED.matcher(s);
            while (m.find()) for (int i = m.start(); i < m.end(); i++) keep[i] = true;
        }
        char[] a = s.toCharArray();
        brackets(a, keep);
        for (int i = 0; i < a.length; i++) {
            if (keep[i]) continue;
            char c = a[i];
            if (c == '.') {
                if (sentenceEnd(a, i, s)) a[i] = '。';
                continue;
            }
            if (",:;?!".indexOf(c) < 0) continue;
            char prev = neighbour(a, i, -1), next = neighbour(a, i, +1);
            boolean chinese = isChinese(prev) || isChinese(next) || (next == 0 && isChinese(prev));
            if (!chinese) continue;
            // times (8:30), ratios (1:500) and digit groups (20,000) stay half-width
            if ((c == ':' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)
                    && i > 0 && i + 1 < a.length && a[i - 1] == prev && a[i + 1] == next) continue;
            a[i] = switch (c) {
                case ',' -> '，';
                case ':' -> '：';
                case ';' -> '；';
                case '?' -> '？';
                default -> '！';
            };
        }
        quotes(a, keep);
        if (s.indexOf('《') >= 0 && (s.indexOf('<') >= 0 || s.indexOf('＜') >= 0)) bookTitles(a, keep);
        return ellipsis(new String(a));
    }

    /**
     * A lone . right after Chinese text, before Chinese text or the line's end, ends a sentence:
     * 通知如下. → 通知如下。 Not after a digit or Latin (3.5, 1., Word.), not in ... , not in 一. .
     */
    private static boolean sentenceEnd(char[] a, int i, String s) {
        if (i == 0 || a[i - 1] == '.' || (i + 1 < a.length && a[i + 1] == '.')) return false;
        char prev = a[i - 1], next = neighbour(a, i, +1);
        if (!isChinese(prev) || prev == '…') return false;
        if (next != 0 && !isChinese(next)) return false;
        Matcher label = NUMERAL_DOT.matcher(s);
        return !label.lookingAt() || label.end() - 1 != i;
    }

    /**
     * Inside 《…》 a book title in &lt; &gt; or ＜ ＞ is the single 书名号 〈…〉 (GB/T 15834):
     * 《关于印发&lt;某某办法&gt;的通知》 → 《关于印发〈某某办法〉的通知》. Outside 《…》 they stay.
     */
    private static void bookTitles(char[] a, boolean[] keep) {
        for (int open = 0; open < a.length; open++) {
            if (a[open] != '《') continue;
            int close = open + 1;
            while (close < a.length && a[close] != '》' && a[close] != '《') close++;
            if (close == a.length || a[close] != '》') continue;
            for (int j = open + 1; j < close; j++) {
                if (keep[j] || (a[j] != '<' && a[j] != '＜')) continue;
                int k = j + 1;
                while (k < close && a[k] != '>' && a[k] != '＞' && a[k] != '<' && a[k] != '＜') k++;
                if (k < close && (a[k] == '>' || a[k] == '＞') && !keep[k] && k > j + 1) {
                    a[j] = '〈';
                    a[k] = '〉';
                    j = k;
                }
            }
            open = close;
        }
    }

    /** ... / 。。。 / a lone … beside Chinese text → …… (GB/T 15834 省略号). */
    private static String ellipsis(String s) {
        if (s.indexOf("...") < 0 && s.indexOf("。。。") < 0 && s.indexOf('…') < 0) return s;
        return ELLIPSIS.matcher(s).replaceAll("……");
    }

    /** ( ) pairs become （ ） when they hold or touch Chinese text: 编制(修编) → 编制（修编）; f(x) stays. */
    private static void brackets(char[] a, boolean[] keep) {
        int[] stack = new int[a.length];
        int top = 0;
        int[] hanBefore = new int[a.length + 1];   // Han characters before each position: O(1) "contains Chinese"
        for (int i = 0; i < a.length; i++) {
            hanBefore[i + 1] = hanBefore[i] + (Character.UnicodeScript.of(a[i]) == Character.UnicodeScript.HAN ? 1 : 0);
        }
        for (int i = 0; i < a.length; i++) {
            if (keep[i]) continue;
            if (a[i] == '(') stack[top++] = i;
            else if (a[i] == ')' && top > 0) {
                int open = stack[--top];
                if (hanBefore[i] > hanBefore[open + 1] || chineseAround(neighbour(a, open, -1), neighbour(a, i, +1))) {
                    a[open] = '（';
                    a[i] = '）';
                }
            } else if (a[i] == ')' && isChinese(neighbour(a, i, -1))) a[i] = '）';
        }
        while (top > 0) {
            int open = stack[--top];
            if (isChinese(neighbour(a, open, +1))) a[open] = '（';
        }
    }

    /** Straight double quotes in Chinese text, when they pair up, become “ ”. */
    private static void quotes(char[] a, boolean[] keep) {
        int count = 0;
        boolean chinese = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == '"' && !keep[i]) {
                count++;
                chinese |= isChinese(neighbour(a, i, -1)) || isChinese(neighbour(a, i, +1));
            }
        }
        if (count == 0 || count % 2 != 0 || !chinese) return;
        boolean open = true;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == '"' && !keep[i]) {
                a[i] = open ? '“' : '”';
                open = !open;
            }
        }
    }

    /** Brackets around Latin or digits count as Chinese only when Chinese text (or the line's edge) is on both sides. */
    private static boolean chineseAround(char before, char after) {
        return (isChinese(before) || before == 0) && (isChinese(after) || after == 0) && (before != 0 || after != 0);
    }

    /** The nearest non-space character before (dir -1) or after (+1) position i; 0 at the edge. */
    private static char neighbour(char[] a, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < a.length; j += dir) {
            if (a[j] != ' ') return a[j];
        }
        return 0;
    }

    /** A Han character or the full-width punctuation that surrounds Chinese text. */
    static boolean isChinese(char c) {
        if (c == 0) return false;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return true;
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·';
    }
}
