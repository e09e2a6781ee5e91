package org.gongwen.model;

import java.util.Arrays;

/**
 * GB/T 9704 §7.3.3's rule for numbered headings: each level counts 1, 2, 3 … under its parent, and
 * a heading restarts the count of every level below it. Fed a document's labels in order, it says
 * how each one follows the one before it at its level; what that means (a warning on a draft, a
 * finding on a document to check) is the caller's. Chapters and articles count the same way on a
 * level of their own. One per walk through a document.
 */
public final class LabelSequence {

    /** How a number follows the previous one at its level (0 when it is the first under its parent). */
    public enum Step {
        /** previous + 1 */
        NEXT,
        /** the same number again */
        REPEAT,
        /** past previous + 1: numbers are missing */
        GAP,
        /** below the previous number: a restart (at 1) or a step back */
        BACK
    }

    /**
     * One label's place in the sequence.
     *
     * @param previous      the number before it at its level, 0 for none
     * @param previousLabel that label as written, or null for none
     */
    public record Follow(Step step, int number, int previous, String previousLabel) {
        /** The number the sequence wanted here. */
        public int expected() { return previous + 1; }
    }

    private final int[] numbers;
    private final String[] labels;

    /** A sequence of {@code levels} levels, 1 to {@code levels} (headings: 4; chapters or articles: 1). */
    public LabelSequence(int levels) {
        numbers = new int[levels + 1];
        labels = new String[levels + 1];
    }

    /** Places a label of {@code level} numbered {@code number}; deeper levels start afresh after it. */
    public Follow next(int level, int number, String label) {
        int previous = numbers[level];
        Follow f = new Follow(number == previous ? Step.REPEAT : number == previous + 1 ? Step.NEXT
                : number > previous ? Step.GAP : Step.BACK, number, previous, labels[level]);
        numbers[level] = number;
        labels[level] = label;
        for (int deeper = level + 1; deeper < numbers.length; deeper++) {
            numbers[deeper] = 0;
            labels[deeper] = null;
        }
        return f;
    }

    /** Every level starts afresh (a new 附件). */
    public void restart() {
        Arrays.fill(numbers, 0);
        Arrays.fill(labels, null);
    }
}
