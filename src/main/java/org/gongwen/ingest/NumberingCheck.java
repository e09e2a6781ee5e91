package org.gongwen.ingest;

import org.gongwen.model.Block;
import org.gongwen.model.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports gaps and repeats in heading numbering (一、二、四、 → 三、 missing) per level, counting
 * each level afresh under a new parent, and in chapters and articles. Never renumbers: labels stay
 * as written, the clerk decides.
 */
final class NumberingCheck {
    private static final String[] LEVEL_NAMES = {"", "一级标题", "二级标题", "三级标题", "四级标题"};

    /** Beyond this many, numbering findings are summed up in one warning: a clerk reads the first ones. */
    static final int MAX_LISTED = 20;

    private NumberingCheck() {}

    static List<Warning> check(List<Block> blocks, String where) {
        List<Warning> warnings = new ArrayList<>();
        String[] last = new String[5];
        int[] lastNumber = new int[5];
        String lastChapter = null, lastArticle = null;
        int chapterNo = 0, articleNo = 0;
        for (Block b : blocks) {
            int level = 0;
            String label = null;
            if (b instanceof Block.Heading h && !h.label().isEmpty()) { level = h.level(); label = h.label(); }
            else if (b instanceof Block.Paragraph p && p.lead() != null && !p.lead().label().isEmpty()) {
                level = p.lead().level(); label = p.lead().label();
            }
            if (label != null) {
                int n = Labels.heading(label + "题").map(Labels.Label::number).orElse(-1);
                if (n > 0) {
                    compare(LEVEL_NAMES[level], last[level], lastNumber[level], label, n, where, warnings);
                    last[level] = label;
                    lastNumber[level] = n;
                    for (int deeper = level + 1; deeper <= 4; deeper++) { last[deeper] = null; lastNumber[deeper] = 0; }
                }
            } else if (b instanceof Block.Chapter c) {
                int n = Labels.chapter(c.label()).map(Labels.Label::number).orElse(-1);
                compare("章", lastChapter, chapterNo, c.label(), n, where, warnings);
                lastChapter = c.label(); chapterNo = n;
            } else if (b instanceof Block.Article a) {
                int n = Labels.article(a.label()).map(Labels.Label::number).orElse(-1);
                compare("条", lastArticle, articleNo, a.label(), n, where, warnings);
                lastArticle = a.label(); articleNo = n;
            }
        }
        if (warnings.size() <= MAX_LISTED) return warnings;
        List<Warning> listed = new ArrayList<>(warnings.subList(0, MAX_LISTED));
        listed.add(new Warning("numbering-more", where + "另有 " + (warnings.size() - MAX_LISTED) + " 处编号问题未逐条列出，请通篇核对编号"));
        return listed;
    }

    private static void compare(String what, String prevLabel, int prev, String label, int n, String where,
                                List<Warning> out) {
        if (n <= 0) return;
        if (prevLabel == null) {
            if (n > 1) {
                out.add(new Warning("numbering-gap", where + what + "从“" + label + "”开始，缺少" + missing(label, 1, n)));
            }
        } else if (n == prev) {
            out.add(new Warning("numbering-repeat", where + what + "“" + label + "”重复出现"));
        } else if (n > prev + 1) {
            out.add(new Warning("numbering-gap", where + what + "从“" + prevLabel + "”跳到“" + label + "”，缺少" + missing(label, prev + 1, n)));
        } else if (n < prev && n != 1) {
            out.add(new Warning("numbering-repeat", where + what + "从“" + prevLabel + "”回到“" + label + "”，编号重复或顺序颠倒"));
        }
    }

    /** “三、” or “三、”“四、” … for the numbers from (inclusive) to (exclusive). */
    private static String missing(String like, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to && k < from + 5; k++) sb.append("“").append(Labels.like(like, k)).append("”");
        if (to - from > 5) sb.append("等");
        return sb.toString();
    }
}
