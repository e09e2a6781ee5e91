package org.gongwen.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Arrays;
import java.util.Collections;

/**
 * Where the words of Chinese text begin and end, so that a title breaks where the meaning stays
 * whole (GB/T 9704 §7.3.1 "回行时要做到词意完整"). The words are jieba's: the dictionary of
 * jieba-analysis (Apache-2.0, its {@code dict.txt}: word, frequency, part of speech) and jieba's
 * segmentation of dictionary words — the graph of every dictionary word in a run, and the route
 * through it of greatest probability (a word's log(frequency / total) summed; a character the
 * dictionary lacks counts as its least frequency), ties going to the shorter word as in jieba. The
 * same text always gives the same words. Only runs of Han characters are segmented: marks, digits and
 * Latin letters keep the break rules of {@link TitleBreaker}, and no word spans 《》 “” （）.
 *
 * <p>Where that route leaves a stretch of single characters that is not itself a dictionary word,
 * jieba's HMM (its {@code prob_emit.txt} and the start and transition probabilities of its
 * {@code FinalSeg}) finds the words the dictionary lacks, such as 新冠 and 放管服, by the Viterbi
 * algorithm over the states begin, middle, end and single; its emissions are read the first time
 * such a stretch occurs.
 *
 * <p>jieba's segmenter classes are not used (they take 2–3 s and 75 MB of heap to load, and print
 * on System.out): only its data is. The dictionary is read once, the first time a run of two or more
 * Han characters is asked about, into a few arrays — the words made wholly of Han characters, their
 * frequencies and an open-addressing index, 8.8 MB — in 0.15–0.2 s of CPU (docs/performance.md,
 * issue 16); the HMM's emissions (0.6 MB) the first time a stretch needs them. On the same text the words are
 * jieba's own. A title that fits on one line, and a CLI start, pay nothing. Thread-safe (class
 * initialisation).
 */
public final class Words {

    private Words() {}

    /**
     * inside[p], for 0 &lt; p &lt; text.length(): the boundary between text[p-1] and text[p] falls
     * inside a word. The array has text.length() + 1 entries; the ends are never inside.
     */
    public static boolean[] insideWord(String text) {
        int[] start = wordStarts(text);
        boolean[] inside = new boolean[text.length() + 1];
        for (int p = 1; p < text.length(); p++) inside[p] = start[p] < p;
        return inside;
    }

    /** The word that the boundary before text[offset] falls inside, or null when it falls between words. */
    public static String wordAcross(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) return null;
        int[] start = wordStarts(text);
        if (start[offset] == offset) return null;
        int end = offset + 1;
        while (end < text.length() && start[end] == start[offset]) end++;
        return text.substring(start[offset], end);
    }

    /** start[i]: where the word holding text[i] begins (i itself for a word's first character). */
    private static int[] wordStarts(String text) {
        int n = text.length();
        int[] start = new int[n + 1];
        for (int i = 0; i <= n; i++) start[i] = i;
        int from = 0;
        while (from < n) {
            if (!isHan(text.charAt(from))) {
                from++;
                continue;
            }
            int end = from;
            while (end < n && isHan(text.charAt(end))) end++;
            if (end - from >= 2) segment(Dictionary.JIEBA, text, from, end, start);
            from = end;
        }
        return start;
    }

    /**
     * jieba's cut of text[from, end) (its sentenceProcess): the route of greatest probability through
     * the dictionary words, then each stretch of single characters on that route as {@link #singles}
     * says. Marks each word's characters in start.
     */
    private static void segment(Dictionary dict, String text, int from, int end, int[] start) {
        int n = end - from;
        double[] best = new double[n + 1];
        int[] next = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            int to = -1;
            double score = 0;
            int h = 0;
            for (int len = 1; len <= Math.min(dict.longest, n - i); len++) {
                h = 31 * h + text.charAt(from + i + len - 1);
                int word = dict.find(h, text, from + i, len);
                if (word < 0) continue;
                double s = dict.logProbability(word) + best[i + len];
                if (to < 0 || s > score) {
                    score = s;
                    to = i + len;
                }
            }
            if (to < 0) {
                score = dict.leastLogProbability + best[i + 1];
                to = i + 1;
            }
            best[i] = score;
            next[i] = to;
        }
        int singles = -1;
        for (int i = 0; i < n; i = next[i]) {
            if (next[i] == i + 1) {
                if (singles < 0) singles = i;
                continue;
            }
            if (singles >= 0) singles(dict, text, from + singles, from + i, start);
            singles = -1;
            for (int k = i; k < next[i]; k++) start[from + k] = from + i;
        }
        if (singles >= 0) singles(dict, text, from + singles, end, start);
    }

    /**
     * A stretch of single characters on the route, as jieba: one word if the dictionary has it, else
     * the HMM's words (over the characters the HMM covers; any other stays a word of its own).
     */
    private static void singles(Dictionary dict, String text, int from, int to, int[] start) {
        if (to - from < 2) return;
        if (to - from <= dict.longest) {
            int h = 0;
            for (int k = from; k < to; k++) h = 31 * h + text.charAt(k);
            if (dict.find(h, text, from, to - from) >= 0) {
                for (int k = from; k < to; k++) start[k] = from;
                return;
            }
        }
        for (int k = from; k < to; ) {
            if (!Hmm.covers(text.charAt(k))) {
                k++;
                continue;
            }
            int stretch = k;
            while (k < to && Hmm.covers(text.charAt(k))) k++;
            if (k - stretch >= 2) Hmm.MODEL.cut(text, stretch, k, start);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The words of jieba's dictionary made wholly of Han characters: their characters one after
     * another, where each begins, its frequency, and an open-addressing index from a word's hash
     * (String's) to its number. The total and the least frequency are over every entry, as jieba's.
     */
    private static final class Dictionary {
        static final Dictionary JIEBA = read();

        final char[] chars;
        final int[] begin;
        final int[] frequency;
        final int[] slots;
        final int longest;
        final double total;
        final double leastLogProbability;

        private Dictionary(Reading read) {
            chars = Arrays.copyOf(read.chars, read.used);
            begin = Arrays.copyOf(read.begin, read.words + 1);
            frequency = Arrays.copyOf(read.frequency, read.words);
            longest = read.longest;
            total = read.total;
            leastLogProbability = Math.log(read.least / total);
            slots = new int[Integer.highestOneBit(read.words * 3 / 2) * 2];
            for (int w = 0; w < read.words; w++) index(w, read.hash);
        }

        /** Small methods, called once a word, so that a cold JVM compiles them soon. */
        private void index(int w, int[] hash) {
            int mask = slots.length - 1;
            int s = mix(hash[w]) & mask;
            while (slots[s] != 0 && !(hash[slots[s] - 1] == hash[w] && sameAs(slots[s] - 1, w))) s = (s + 1) & mask;
            if (slots[s] != 0) frequency[slots[s] - 1] = frequency[w]; // a word given twice: the last counts
            else slots[s] = w + 1;
        }

        double logProbability(int word) {
            return Math.log(frequency[word] / total);
        }

        /** The number of the word text[from, from + len), whose String hash is h, or -1. */
        int find(int h, String text, int from, int len) {
            int mask = slots.length - 1;
            for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
                int w = slots[s] - 1;
                if (w < 0) return -1;
                if (same(w, text, from, len)) return w;
            }
        }

        private boolean same(int w, String text, int from, int len) {
            if (begin[w + 1] - begin[w] != len) return false;
            for (int k = 0; k < len; k++) if (chars[begin[w] + k] != text.charAt(from + k)) return false;
            return true;
        }

        private boolean sameAs(int w, int other) {
            return Arrays.equals(chars, begin[w], begin[w + 1], chars, begin[other], begin[other + 1]);
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        /** Reads dict.txt from jieba's jar: UTF-8 lines "word frequency part-of-speech". */
        private static Dictionary read() {
            Reading read;
            try {
                read = new Reading(bytes(jiebaResource("dict.txt")));
            } catch (IOException e) {
                throw new UncheckedIOException("jieba's dictionary (dict.txt) cannot be read", e);
            }
            for (int at = 0; at < read.bytes.length; ) at = read.line(at);
            if (read.words == 0) throw new IllegalStateException("jieba's dictionary (dict.txt) holds no Chinese words");
            return new Dictionary(read);
        }

        /** dict.txt as it is read: the words of Han characters so far, each with its String hash. */
        private static final class Reading {
            final byte[] bytes;
            char[] chars;
            int[] begin = new int[1 << 16], hash = new int[1 << 16], frequency = new int[1 << 16];
            int words, used, longest;
            long total, least = Long.MAX_VALUE;

            Reading(byte[] bytes) {
                this.bytes = bytes;
                chars = new char[bytes.length / 3];
            }

            /** Reads the line at bytes[at]; gives where the next begins. */
            int line(int at) {
                int space = at;
                while (space < bytes.length && bytes[space] != ' ' && bytes[space] != '\n') space++;
                int digits = space + 1, count = 0;
                while (digits < bytes.length && bytes[digits] >= '0' && bytes[digits] <= '9') {
                    count = count * 10 + bytes[digits++] - '0';
                }
                int eol = digits;
                while (eol < bytes.length && bytes[eol] != '\n') eol++;
                if (space < bytes.length && bytes[space] == ' ' && digits > space + 1) {
                    total += count;
                    least = Math.min(least, count);
                    word(at, space, count);
                }
                return eol + 1;
            }

            /** Keeps bytes[from, to) when it is a word of Han characters (each three UTF-8 bytes). */
            private void word(int from, int to, int count) {
                if ((to - from) % 3 != 0 || from == to) return;
                int len = 0, h = 0;
                for (int b = from; b < to; b += 3) {
                    if ((bytes[b] & 0xF0) != 0xE0 || (bytes[b + 1] & 0xC0) != 0x80 || (bytes[b + 2] & 0xC0) != 0x80) return;
                    char c = (char) ((bytes[b] & 0x0F) << 12 | (bytes[b + 1] & 0x3F) << 6 | (bytes[b + 2] & 0x3F));
                    if ((c < '\u4E00' || c > '\u9FFF') && !isHan(c)) return; // CJK Unified Ideographs: all Han
                    chars[used + len++] = c;
                    h = 31 * h + c;
                }
                if (words + 1 >= begin.length) {
                    begin = Arrays.copyOf(begin, begin.length * 2);
                    hash = Arrays.copyOf(hash, hash.length * 2);
                    frequency = Arrays.copyOf(frequency, frequency.length * 2);
                }
                begin[words] = used;
                hash[words] = h;
                frequency[words++] = count;
                used += len;
                begin[words] = used;
                longest = Math.max(longest, len);
            }
        }

        static byte[] bytes(URL url) throws IOException {
            URLConnection file = url.openConnection();
            try (InputStream in = file.getInputStream()) {
                long size = file.getContentLengthLong();
                return size > 0 && size < Integer.MAX_VALUE - 8 ? in.readNBytes((int) size) : in.readAllBytes();
            }
        }

        /** A resource (dict.txt, prob_emit.txt) from the jar that holds jieba's classes (without loading them), else the first on the class path. */
        static URL jiebaResource(String name) throws IOException {
            ClassLoader loader = Words.class.getClassLoader();
            String classFile = "com/huaban/analysis/jieba/WordDictionary.class";
            URL jieba = loader.getResource(classFile);
            URL first = null;
            for (URL found : Collections.list(loader.getResources(name))) {
                if (first == null) first = found;
                if (jieba != null && found.toString().equals(jieba.toString().replace(classFile, name))) return found;
            }
            if (first == null) throw new IOException(name + " (jieba-analysis) is not on the class path");
            return first;
        }
    }

    /**
     * jieba's HMM for words the dictionary lacks (its finalseg): states B(egin), M(iddle), E(nd),
     * S(ingle) of a character in a word; the start and transition log-probabilities of jieba's
     * FinalSeg, the emissions of its prob_emit.txt (lines "char\tlog-probability" under a line
     * naming the state). It covers the characters jieba gives it, U+4E00..U+9FA5.
     */
    private static final class Hmm {
        private static final int B = 0, M = 1, E = 2, S = 3;
        private static final double NEVER = -3.14e100;
        private static final double[] START = {-0.26268660809250016, NEVER, NEVER, -1.4652633398537678};
        /** TRANSITION[from][to]; a state follows only B→M|E, M→M|E, E→B|S, S→B|S. */
        private static final double[][] TRANSITION = {
                {NEVER, -0.916290731874155, -0.51082562376599, NEVER},
                {NEVER, -1.2603623820268226, -0.33344856811948514, NEVER},
                {-0.5897149736854513, NEVER, NEVER, -0.8085250474669937},
                {-0.7211965654669841, NEVER, NEVER, -0.6658631448798212}};
        /** The states each state may follow, in jieba's order. */
        private static final int[][] BEFORE = {{E, S}, {M, B}, {B, M}, {S, E}};
        private static final char FIRST = '\u4E00', LAST = '\u9FA5';

        /** EMISSION[state][c - FIRST]. */
        private final double[][] emission;

        private Hmm(double[][] emission) {
            this.emission = emission;
        }

        static boolean covers(char c) {
            return c >= FIRST && c <= LAST;
        }

        /** The Viterbi path over text[from, to), all covered; marks its words (B…E) in start. */
        void cut(String text, int from, int to, int[] start) {
            int n = to - from;
            double[] v = new double[4], next = new double[4];
            int[][] back = new int[n][4];
            for (int y = 0; y < 4; y++) v[y] = START[y] + emission[y][text.charAt(from) - FIRST];
            for (int i = 1; i < n; i++) {
                for (int y = 0; y < 4; y++) {
                    double emit = emission[y][text.charAt(from + i) - FIRST];
                    int bestFrom = -1;
                    double best = 0;
                    for (int y0 : BEFORE[y]) {
                        double p = v[y0] + TRANSITION[y0][y] + emit;
                        if (bestFrom < 0 || p >= best) {
                            best = p;
                            bestFrom = y0;
                        }
                    }
                    next[y] = best;
                    back[i][y] = bestFrom;
                }
                double[] swap = v;
                v = next;
                next = swap;
            }
            int[] state = new int[n];
            state[n - 1] = v[E] < v[S] ? S : E;
            for (int i = n - 1; i > 0; i--) state[i - 1] = back[i][state[i]];
            int begin = 0;
            for (int i = 0; i < n; i++) {
                if (state[i] == B) begin = i;
                else if (state[i] == E) for (int k = begin; k <= i; k++) start[from + k] = from + begin;
            }
        }

        private static final double[] TENS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
                1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

        /**
         * The decimal bytes[from, to) as Double.parseDouble reads it: "-8.47651676173" exactly as
         * digits / 10^k when both are exact doubles (one correctly rounded division), else by parseDouble.
         */
        static double number(byte[] bytes, int from, int to) {
            int at = from;
            boolean negative = at < to && bytes[at] == '-';
            if (negative) at++;
            long digits = 0;
            int count = 0, decimals = -1;
            for (; at < to; at++) {
                byte b = bytes[at];
                if (b == '.' && decimals < 0) decimals = 0;
                else if (b >= '0' && b <= '9' && count < 15) {
                    digits = digits * 10 + (b - '0');
                    count++;
                    if (decimals >= 0) decimals++;
                } else {
                    return Double.parseDouble(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
            if (count == 0) return Double.parseDouble(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
            double value = digits / TENS[Math.max(decimals, 0)];
            return negative ? -value : value;
        }

        /** Read last: after the constants it needs. */
        static final Hmm MODEL = read();

        private static Hmm read() {
            byte[] bytes;
            try {
                bytes = Dictionary.bytes(Dictionary.jiebaResource("prob_emit.txt"));
            } catch (IOException e) {
                throw new UncheckedIOException("jieba's HMM (prob_emit.txt) cannot be read", e);
            }
            double[][] emission = new double[4][LAST - FIRST + 1];
            for (double[] e : emission) Arrays.fill(e, NEVER);
            int state = -1;
            for (int at = 0, eol; at < bytes.length; at = eol + 1) {
                eol = at;
                while (eol < bytes.length && bytes[eol] != '\n') eol++;
                int end = eol > at && bytes[eol - 1] == '\r' ? eol - 1 : eol;
                if (end - at == 1) {
                    state = "BMES".indexOf(bytes[at]);
                } else if (state >= 0 && end - at > 4 && bytes[at + 3] == '\t' && (bytes[at] & 0xF0) == 0xE0) {
                    char c = (char) ((bytes[at] & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | (bytes[at + 2] & 0x3F));
                    if (covers(c)) emission[state][c - FIRST] = number(bytes, at + 4, end);
                }
            }
            return new Hmm(emission);
        }
    }
}
