package org.gongwen.check;

import org.gongwen.compose.Words;

import java.util.List;

/**
 * §7.3.1 "回行时要做到词意完整": a title's lines as set — the DOCX's title paragraphs and manual
 * breaks, the PDF's lines as laid out — must not break inside a word. The words are the ones
 * gongwen's own title breaking avoids ({@link Words}); a segmenter can be wrong, so a finding is a
 * warning. Used by both checkers.
 */
final class TitleBreakRule {
    /** Characters of context shown beyond the broken word's part on each line. */
    private static final int CONTEXT = 2;

    private TitleBreakRule() {}

    /** Warns once for each break between two lines that falls inside a word. */
    static void check(List<String> lines, FindingList out) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String upper = lines.get(i), lower = lines.get(i + 1);
            // a space at the break already parts the words (two issuers' names)
            if (upper.isBlank() || lower.isBlank() || upper.strip().length() < upper.length()
                    || lower.strip().length() < lower.length()) continue;
            String word = Words.wordAcross(upper + lower, upper.length());
            if (word == null) continue;
            int inUpper = upper.length() - (upper + lower).lastIndexOf(word, upper.length() - 1);
            out.warning("title-break-in-word", "标题在词语“" + word + "”中间回行（“" + tail(upper, inUpper + CONTEXT)
                    + "”/“" + head(lower, word.length() - inUpper + CONTEXT) + "”）：GB/T 9704 7.3.1 要求回行时词意完整，请在词语之间回行。",
                    "标题");
        }
    }

    private static String tail(String line, int chars) {
        return line.length() <= chars ? line : "……" + line.substring(line.length() - chars);
    }

    private static String head(String line, int chars) {
        return line.length() <= chars ? line : line.substring(0, chars) + "……";
    }
}
