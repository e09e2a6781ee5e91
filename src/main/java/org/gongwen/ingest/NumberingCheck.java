package org.gongwen.ingest;

import org.gongwen.model.Block;
import org.gongwen.model.LabelSequence;
import org.gongwen.model.LabelSequence.Follow;
import org.gongwen.model.Labels;
import org.gongwen.model.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports gaps and repeats in heading numbering (一、二、四、 → 三、 missing) per level, counting
 * each level afresh under a new parent ({@link LabelSequence}), and in chapters and articles. Never
 * renumbers: labels stay as written, the clerk decides.
 *
 * <p>The checker's {@code NumberingChecks} follows the same rule on a finished DOCX; this one warns
 * on a draft as it is read, so it takes a list that starts again at 1 for a new list (drafts number
 * items of separate lists afresh), where the checker wants one sequence per document and 附件.
 */
public final class NumberingCheck {
    private static final String[] LEVEL_NAMES = {"", "一级标题", "二级标题", "三级标题", "四级标题"};

    /** Beyond this many, numbering findings are summed up in one warning: a clerk reads the first ones. */
    static final int MAX_LISTED = 20;

    private NumberingCheck() {}

    static List<Warning> check(List<Block> blocks, String where) {
        List<Warning> warnings = atEach(blocks, where).stream().filter(java.util.Objects::nonNull).toList();
        if (warnings.size() <= MAX_LISTED) return warnings;
        List<Warning> listed = new ArrayList<>(warnings.subList(0, MAX_LISTED));
        listed.add(new Warning("numbering-more", where + "另有 " + (warnings.size() - MAX_LISTED) + " 处编号问题未逐条列出，请通篇核对编号"));
        return listed;
    }

    /**
     * The numbering warning of each block, in the blocks' order (null where its number follows): the
     * clerk's review shows each beside its block, recomputed after every correction.
     */
    public static List<Warning> atEach(List<Block> blocks, String where) {
        List<Warning> warnings = new ArrayList<>(blocks.size());
        LabelSequence headings = new LabelSequence(4), chapters = new LabelSequence(1), articles = new LabelSequence(1);
        for (Block b : blocks) {
            int level = 0;
            String label = null;
            if (b instanceof Block.Heading h && !h.label().isEmpty()) { level = h.level(); label = h.label(); }
            else if (b instanceof Block.Paragraph p && p.lead() != null && !p.lead().label().isEmpty()) {
                level = p.lead().level(); label = p.lead().label();
            }
            List<Warning> found = new ArrayList<>(1);
            if (label != null) {
                follow(LEVEL_NAMES[level], headings, level, label, Labels.heading(label + "题"), where, found);
            } else if (b instanceof Block.Chapter c) {
                follow("章", chapters, 1, c.label(), Labels.chapter(c.label()), where, found);
            } else if (b instanceof Block.Article a) {
                follow("条", articles, 1, a.label(), Labels.article(a.label()), where, found);
            }
            warnings.add(found.isEmpty() ? null : found.getFirst());
        }
        return warnings;
    }

    private static void follow(String what, LabelSequence sequence, int level, String label, Optional<Labels.Label> read,
                               String where, List<Warning> out) {
        if (read.isEmpty()) return;
        Follow f = sequence.next(level, read.get().number(), label);
        int n = f.number();
        switch (f.step()) {
            case GAP -> out.add(new Warning("numbering-gap", where + what + (f.previousLabel() == null
                    ? "从“" + label + "”开始，缺少"
                    : "从“" + f.previousLabel() + "”跳到“" + label + "”，缺少") + missing(label, f.expected(), n)));
            case REPEAT -> out.add(new Warning("numbering-repeat", where + what + "“" + label + "”重复出现"));
            case BACK -> {
                if (n != 1) {
                    out.add(new Warning("numbering-repeat", where + what + "从“" + f.previousLabel() + "”回到“" + label + "”，编号重复或顺序颠倒"));
                }
            }
            case NEXT -> { }
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
