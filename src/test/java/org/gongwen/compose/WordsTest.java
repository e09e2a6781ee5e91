package org.gongwen.compose;

import org.junit.jupiter.api.Test;

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

    /** Words jieba's dictionary lacks come, as in jieba, from its HMM: 新冠 and 放管服 stay whole. */
    @Test
    void wordsTheDictionaryLacksComeFromTheHmm() {
        String t = "关于做好新冠肺炎疫情防控常态化下营商环境优化工作的意见";
        assertThat(Words.wordAcross(t, t.indexOf("冠"))).isEqualTo("新冠");
        String u = "关于深化放管服改革进一步优化营商环境的实施方案";
        assertThat(Words.wordAcross(u, u.indexOf("管"))).isEqualTo("放管服");
        assertThat(Words.wordAcross(u, u.indexOf("服"))).isEqualTo("放管服");
        assertThat(Words.insideWord(u)[u.indexOf("改")]).as("服|改").isFalse();
    }
}
