package org.gongwen.compose;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void namesTheBoundariesInsideAWord() {
        String t = "轻微违法行为";
        boolean[] inside = Words.insideWord(t);
        assertThat(inside).hasSize(t.length() + 1);
        assertThat(inside[3]).as("违|法").isTrue();
        assertThat(inside[0]).isFalse();
        assertThat(inside[t.length()]).isFalse();
        assertThat(Words.wordAcross(t, 3)).isIn("违法", "违法行为");
    }

    @Test
    void noWordSpansAMarkADigitOrALatinLetter() {
        String t = "《规划》2025年度ABC行政";
        boolean[] inside = Words.insideWord(t);
        for (int p : new int[]{1, 3, 4, 8, 10, 13}) {
            assertThat(inside[p]).as("boundary %d of %s", p, t).isFalse();
        }
        assertThat(inside[9]).as("年|度").isTrue();
        assertThat(Words.wordAcross(t, 2)).isEqualTo("规划");
        assertThat(Words.wordAcross(t, 3)).isNull();
        assertThat(Words.wordAcross(t, 14)).isEqualTo("行政");
    }

    @Test
    void theSameTextGivesTheSameWords() {
        String t = "关于进一步规范行政执法领域轻微违法行为不予行政处罚和免予行政处罚事项清单的通知";
        assertThat(Words.insideWord(t)).isEqualTo(Words.insideWord(new String(t.toCharArray())));
        assertThat(Words.wordAcross(t, t.indexOf("处罚"))).isEqualTo("行政处罚");
    }

    /** jieba prints its load times on System.out, where the CLI prints documents: only those lines are dropped. */
    @Test
    void whileTheDictionaryLoadsOnlyTheLoadersOwnOutputIsDropped() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            int loaded = Words.withoutOwnOutput(() -> {
                System.out.println("main dict load finished, time elapsed 2103 ms");
                Thread other = new Thread(() -> System.out.println("另一个线程的输出"));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return 42;
            });
            assertThat(loaded).isEqualTo(42);
            assertThat(System.out).isSameAs(capture);
        } finally {
            System.setOut(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("另一个线程的输出" + System.lineSeparator());
    }
}
