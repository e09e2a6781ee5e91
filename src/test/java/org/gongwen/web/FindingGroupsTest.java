package org.gongwen.web;

import org.gongwen.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingGroupsTest {
    @Test
    void oneRuleInManyParagraphsIsOneGroupWithItsPlacesShortened() {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.warning("date-form", "成文日期不应补零", "第20段“2025年01月20日”"));
        for (int i : new int[]{3, 5, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19}) {
            findings.add(Finding.error("body-line-spacing", "正文行距应为固定值28.95磅", "第" + i + "段“为深入贯彻落实…”"));
        }
        List<FindingGroups.Group> groups = FindingGroups.of(findings);
        assertThat(groups).extracting(FindingGroups.Group::rule).containsExactly("body-line-spacing", "date-form");
        FindingGroups.Group spacing = groups.get(0);
        assertThat(spacing.error()).isTrue();
        assertThat(spacing.count()).isEqualTo(12);
        assertThat(spacing.where()).isEqualTo("第3、5、8段 等 12 处");
        assertThat(spacing.uniform()).isTrue();
        assertThat(spacing.message()).isEqualTo("正文行距应为固定值28.95磅");
        // a place alone is named in full, so the clerk can find it
        assertThat(groups.get(1).where()).isEqualTo("第20段“2025年01月20日”");
    }

    @Test
    void differingMessagesShareWhatTheyBeginWith() {
        List<FindingGroups.Group> groups = FindingGroups.of(List.of(
                Finding.error("body-font", "正文字体应为仿宋_GB2312三号，此处为宋体小四", "第3段“一”"),
                Finding.error("body-font", "正文字体应为仿宋_GB2312三号，此处为黑体三号", "第7段“二”")));
        FindingGroups.Group g = groups.get(0);
        assertThat(g.uniform()).isFalse();
        assertThat(g.message()).isEqualTo("正文字体应为仿宋_GB2312三号");
        assertThat(g.where()).isEqualTo("第3、7段");
    }

    @Test
    void messagesThatShareNoClauseHaveNoHeadline() {
        FindingGroups.Group g = FindingGroups.of(List.of(
                Finding.warning("punctuation", "“,”应为全角“，”", "第2段“甲”"),
                Finding.warning("punctuation", "括号应成对", "第4段“乙”"))).get(0);
        assertThat(g.message()).isNull();
    }

    @Test
    void placesOfDifferentKindsAreNamedInFullAndSeveralFindingsInOnePlaceAreCounted() {
        assertThat(FindingGroups.of(List.of(
                Finding.error("page-number-form", "页码应为“— 1 —”", "页脚"),
                Finding.error("page-number-form", "页码应为“— 2 —”", "第2页"))).get(0).where()).isEqualTo("页脚；第2页");
        assertThat(FindingGroups.of(List.of(
                Finding.error("grid-lines", "行距应为28.95磅", "第1页"),
                Finding.error("grid-lines", "行距应为28.95磅", "第1页"),
                Finding.error("grid-lines", "行距应为28.95磅", "第2页"))).get(0).where()).isEqualTo("第1、2页 共 3 处");
        assertThat(FindingGroups.of(List.of(
                Finding.error("grid-lines", "行距应为28.95磅", "第1页"),
                Finding.error("grid-lines", "行距应为28.95磅", "第1页"))).get(0).where()).isEqualTo("第1页 共 2 处");
    }

    @Test
    void aRuleThatIsAnErrorSomewhereComesWithTheErrors() {
        List<FindingGroups.Group> groups = FindingGroups.of(List.of(
                Finding.warning("title-length", "标题较长", "第1段“关于”"),
                Finding.warning("body-color", "正文应为黑色，此处为颜色#333333", "第2段“甲”"),
                Finding.error("body-color", "正文应为黑色，此处为红色", "第5段“乙”")));
        assertThat(groups).extracting(FindingGroups.Group::rule).containsExactly("body-color", "title-length");
        assertThat(groups.get(0).error()).isTrue();
    }
}
