package org.gongwen.model;

import org.gongwen.model.LabelSequence.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The label grammar both the importer and the checker read by, and the numbering rule they both follow. */
class LabelsTest {

    @Test
    void draftsAreReadStrictlyTellingLabelsFromLookAlikes() {
        assertThat(Labels.heading("一、总体要求")).hasValue(new Labels.Label(1, 1, "一、", "一、", "总体要求"));
        assertThat(Labels.heading("(二)重点部位")).hasValue(new Labels.Label(2, 2, "（二）", "（二）", "重点部位"));
        assertThat(Labels.heading("3、完善制度").get().correct()).isEqualTo("3.");
        assertThat(Labels.heading("（12） 细则").get().number()).isEqualTo(12);
        for (String lookAlike : List.of("一、二级医院", "1.5万元", "3、4月份", "一是加强学习", "2025年1月")) {
            assertThat(Labels.heading(lookAlike)).as(lookAlike).isEmpty();
        }
        assertThat(Labels.chapter("第三章 附则").get().label()).isEqualTo("第三章");
        assertThat(Labels.article("第十二条 为了规范管理").get().number()).isEqualTo(12);
    }

    @Test
    void documentsAreReadLenientlySoThatWrongFormsCanBeNamed() {
        Labels.Label half = Labels.parse("　(一)重点部位");
        assertThat(half.level()).isEqualTo(2);
        assertThat(half.label()).isEqualTo("(一)");
        assertThat(half.correct()).isEqualTo("（一）");
        assertThat(half.wellFormed()).isFalse();
        assertThat(Labels.parse("一.总体要求").correct()).isEqualTo("一、");
        assertThat(Labels.parse("1、完善制度").wellFormed()).isFalse();
        assertThat(Labels.parse("1．完善制度").wellFormed()).isTrue();
        assertThat(Labels.parse("2)细则").correct()).isEqualTo("（2）");
        assertThat(Labels.parse("一是加强学习")).isNull();
        assertThat(Labels.parse("1.5万元")).isNull();
        assertThat(Labels.isChapter(" 第一章 总则")).isTrue();
        assertThat(Labels.isArticle("第一条 目的")).isTrue();
    }

    @Test
    void formsAndLikeness() {
        assertThat(Labels.form(1, 3)).isEqualTo("三、");
        assertThat(Labels.form(2, 21)).isEqualTo("（二十一）");
        assertThat(Labels.form(3, 4)).isEqualTo("4.");
        assertThat(Labels.form(4, 5)).isEqualTo("（5）");
        // was "（100）" in the checker's own numerals
        assertThat(Labels.form(2, 100)).isEqualTo("（一百）");
        assertThat(Labels.like("3、", 4)).isEqualTo("4、");
        assertThat(Labels.like("（二）", 3)).isEqualTo("（三）");
        assertThat(Labels.like("第二条", 3)).isEqualTo("第三条");
    }

    /** One rule for the importer's run-in leads and the checkers' heading faces. */
    @Test
    void theHeadingOfALabelledParagraph() {
        assertThat(Labels.leadLength("总体要求")).isEqualTo(4);
        assertThat(Labels.leadLength("加强学习。全年组织学习12次。")).isEqualTo(5);
        // a first sentence with two ，is no run-in heading
        assertThat(Labels.leadLength("按照统一部署，结合实际，现通知如下。请遵照执行。")).isZero();
        assertThat(Labels.leadLength("全年组织学习12次，覆盖全体干部职工；" + "开展专题研讨".repeat(12))).isZero();
        assertThat(Labels.leadLength("")).isZero();
        String text = "（一）加强学习。全年组织学习12次。";
        assertThat(Labels.headingLength(text, Labels.parse(text))).isEqualTo(8);
        assertThat(Labels.headingLength("一、总体要求", Labels.parse("一、总体要求"))).isEqualTo(6);
    }

    @Test
    void eachLevelCountsUnderItsParent() {
        LabelSequence s = new LabelSequence(4);
        List<Step> steps = new ArrayList<>();
        int[][] labels = {{1, 1}, {2, 1}, {2, 2}, {1, 2}, {2, 1}, {2, 3}, {2, 3}, {2, 1}, {1, 4}, {1, 3}};
        for (int[] l : labels) steps.add(s.next(l[0], l[1], "x").step());
        assertThat(steps).containsExactly(Step.NEXT, Step.NEXT, Step.NEXT, Step.NEXT, Step.NEXT, Step.GAP, Step.REPEAT,
                Step.BACK, Step.GAP, Step.BACK);
        LabelSequence.Follow f = s.next(3, 2, "2.");
        assertThat(f.step()).isEqualTo(Step.GAP);
        assertThat(f.expected()).isEqualTo(1);
        assertThat(f.previousLabel()).isNull();
        s.restart();
        assertThat(s.next(1, 1, "一、").step()).isEqualTo(Step.NEXT);
    }
}
