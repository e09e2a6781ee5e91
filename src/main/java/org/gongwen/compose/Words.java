package org.gongwen.compose;

import com.huaban.analysis.jieba.JiebaSegmenter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Where the words of Chinese text begin and end, so that a title breaks where the meaning stays
 * whole (GB/T 9704 §7.3.1 "回行时要做到词意完整"). The words are jieba's (jieba-analysis, Apache-2.0):
 * its dictionary, and its HMM for words the dictionary lacks; the same text always gives the same
 * words. Only runs of Han characters are segmented: marks, digits and Latin letters keep the break
 * rules of {@link TitleBreaker}, and no word spans 《》 “” （）.
 *
 * <p>The dictionary takes about 2 s to load, so it is loaded once, the first time a run of two or
 * more Han characters is asked about: a title that fits on one line, and a CLI start, pay nothing.
 * Thread-safe.
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
            if (end - from >= 2) {
                int at = from;
                for (String word : Jieba.SEGMENTER.sentenceProcess(text.substring(from, end))) {
                    for (int k = 0; k < word.length() && at + k < end; k++) start[at + k] = at;
                    at += word.length();
                }
            }
            from = end;
        }
        return start;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** jieba, loaded by the JVM's class initialisation: once, on first use, thread-safely. */
    private static final class Jieba {
        static final JiebaSegmenter SEGMENTER = withoutOwnOutput(JiebaSegmenter::new);
    }

    /**
     * jieba reports its load times ("main dict load finished…") on System.out, where the CLI writes the
     * documents it prints: while it loads, what the loading thread prints is dropped, and every other
     * thread's output goes through as before.
     */
    static <T> T withoutOwnOutput(Supplier<T> load) {
        PrintStream out = System.out;
        Thread loader = Thread.currentThread();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread() != loader) out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (Thread.currentThread() != loader) out.write(b, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }
        }, true, out.charset()));
        try {
            return load.get();
        } finally {
            System.setOut(out);
        }
    }
}
