package org.gongwen.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleBreakerTest {

    @Test
    void shortTitleStaysOnOneLine() {
        assertThat(TitleBreaker.split("关于开展安全生产检查的通知", 20)).containsExactly("关于开展安全生产检查的通知");
    }

    @Test
    void keepsQuotedTitleWholeAndMakesATrapezoid() {
        List<String> lines = TitleBreaker.split("上海市奉贤区人民政府关于印发《奉贤区海绵城市规划建设管理办法》的通知", 20);
        assertThat(lines).containsExactly("上海市奉贤区人民政府关于印发", "《奉贤区海绵城市规划建设管理办法》的通知");
    }

    @Test
    void neverSplitsANumberFromItsUnitAndKeepsUpperLineShorter() {
        List<String> lines = TitleBreaker.split("紫金县卫生健康局2025年法治政府建设年度报告", 20);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("紫金县卫生健康局2025年法治政府建设年度报告");
        assertThat(lines).noneMatch(l -> l.endsWith("202") || l.endsWith("2025") || l.startsWith("年"));
        assertThat(TitleBreaker.width(lines.get(0), 0, lines.get(0).length()))
                .isLessThanOrEqualTo(TitleBreaker.width(lines.get(1), 0, lines.get(1).length()));
    }

    @Test
    void prefersBreakingBeforeGuanyu() {
        List<String> lines = TitleBreaker.split("国家卫生健康委员会办公厅关于做好冬季传染病防控工作的通知", 20);
        assertThat(lines.get(1)).startsWith("关于");
    }

    @Test
    void neverLeavesTheKindAloneNorEndsALineWithGuanyu() {
        List<String> lines = TitleBreaker.split("关于进一步加强和改进全区卫生健康系统行政执法监督工作的通知", 20);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isNotEqualTo("通知").doesNotStartWith("通知");
        assertThat(lines.get(0)).doesNotEndWith("关于").doesNotEndWith("关");
        assertThat(lines.get(0).length()).isLessThanOrEqualTo(lines.get(1).length());
    }

    @Test
    void breaksInsideAnOverlongQuotedTitleOnlyWhenItCannotFit() {
        String t = "上海市生态环境局 上海市规划和自然资源局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函";
        List<String> lines = TitleBreaker.split(t, 20);
        assertThat(String.join("", lines)).isEqualTo(t);
        assertThat(lines).allMatch(l -> TitleBreaker.width(l, 0, l.length()) <= 20);
        assertThat(lines).noneMatch(l -> l.startsWith("》") || l.endsWith("《") || l.equals("的函") || l.equals("函"));
    }

    @Test
    void everyLineFitsTheWidth() {
        String t = "关于印发《某某市二〇二五年度深化医药卫生体制改革重点工作任务及责任分工》和《某某市基层医疗卫生机构绩效考核办法》的通知";
        for (int max = 12; max <= 24; max++) {
            List<String> lines = TitleBreaker.split(t, max);
            assertThat(String.join("", lines)).isEqualTo(t);
            for (String l : lines) assertThat(TitleBreaker.width(l, 0, l.length())).isLessThanOrEqualTo(max);
        }
    }
}
