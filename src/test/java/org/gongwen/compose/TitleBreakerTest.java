package org.gongwen.compose;

import org.gongwen.style.Role;
import org.gongwen.style.TemplateLibrary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
        assertThat(Widths.zi(lines.get(0)))
                .isLessThanOrEqualTo(Widths.zi(lines.get(1)));
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
        assertThat(lines).allMatch(l -> Widths.zi(l) <= 20);
        assertThat(lines).noneMatch(l -> l.startsWith("》") || l.endsWith("《") || l.equals("的函") || l.equals("函"));
    }

    @Test
    void everyLineFitsTheWidth() {
        String t = "关于印发《某某市二〇二五年度深化医药卫生体制改革重点工作任务及责任分工》和《某某市基层医疗卫生机构绩效考核办法》的通知";
        for (int max = 12; max <= 24; max++) {
            List<String> lines = TitleBreaker.split(t, max);
            assertThat(String.join("", lines)).isEqualTo(t);
            for (String l : lines) assertThat(Widths.zi(l)).isLessThanOrEqualTo(max);
        }
    }

    @Test
    void aLongTitleIsSplitQuicklyIntoLinesThatFit() {
        // 130 characters took 10 s and 150 never finished when every combination of breaks was tried
        String base = "关于进一步加强和改进全区卫生健康系统行政执法监督工作的通知";
        for (int length : new int[]{130, 150, 168, 200, 1_000}) {
            String t = base.repeat(40).substring(0, length);
            for (int max : new int[]{22, 28}) {
                List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TitleBreaker.split(t, max));
                assertThat(String.join("", lines)).isEqualTo(t);
                assertThat(lines).allMatch(l -> Widths.zi(l) <= max);
                // a line ends between words, so over six lines the greedy fill may take two more than full lines would
                assertThat(lines.size()).isLessThanOrEqualTo((int) Math.ceil(length / (double) max) + 2);
            }
        }
    }

    @Test
    void titlesOverSixLinesAreFilledGreedilyWithoutBreakingNumbers() {
        String t = "某某市2025年度".repeat(30);
        List<String> lines = TitleBreaker.split(t, 20);
        assertThat(String.join("", lines)).isEqualTo(t);
        assertThat(lines.size()).isGreaterThan(TitleBreaker.MAX_LINES);
        assertThat(lines).noneMatch(l -> l.startsWith("年") || l.startsWith("5") || l.startsWith("025"));
    }

    /** Titles as published: the issue's draft, the shared samples' and the portal pages'. */
    private static final List<String> REAL_TITLES = List.of(
            "关于进一步规范行政执法领域轻微违法行为不予行政处罚和免予行政处罚事项清单的通知",
            "上海市奉贤区人民政府关于印发《奉贤区海绵城市规划建设管理办法》的通知",
            "上海市生态环境局 上海市规划和自然资源局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函",
            "钟山区卫生健康局2024年度法治政府建设工作情况报告",
            "紫金县卫生健康局2025年法治政府建设年度报告",
            "关于《甘肃省人民代表大会常务委员会议事规则(修订草案)》向社会公开征求意见的公告",
            "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
            "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
            "张掖市人民代表大会常务委员会关于修改《张掖市立法条例》的决定");

    /** §7.3.1 "回行时要做到词意完整": at the report's title measure and narrower ones, no line ends inside a word. */
    @Test
    void realTitlesBreakOnlyBetweenWords() {
        int measure = Composer.charsPerLine(TemplateLibrary.shared().get("report").style(), Role.TITLE);
        for (String t : REAL_TITLES) {
            boolean[] insideWord = Words.insideWord(t);
            for (int max = 12; max <= measure; max++) {
                int width = max;
                List<String> lines = TitleBreaker.split(t, width);
                assertThat(String.join("", lines)).isEqualTo(t);
                assertThat(lines).allMatch(l -> Widths.zi(l) <= width);
                for (int b : breaksOf(lines)) {
                    assertThat(insideWord[b]).as("%s at %d: %s breaks %s", t, max, lines, Words.wordAcross(t, b)).isFalse();
                }
            }
        }
    }

    @Test
    void theIssuesTitleKeepsItsWordsWholeAndItsShape() {
        String t = REAL_TITLES.get(0);
        for (int max = 12; max <= 24; max++) {
            List<String> lines = TitleBreaker.split(t, max);
            assertThat(TitleBreaker.isTrapezoidOrDiamond(lines)).as("at %d: %s", max, lines).isTrue();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String pair = lines.get(i) + "/" + lines.get(i + 1);
                assertThat(pair).as("at %d", max).doesNotEndWith("违").doesNotContain("违/法", "行/政", "处/罚", "领/域");
            }
        }
        assertThat(TitleBreaker.split(t, 15)).containsExactly("关于进一步规范行政执法", "领域轻微违法行为不予行政处罚", "和免予行政处罚事项清单的通知");
    }

    /** A word longer than a line still breaks (the segmenter can be wrong, a name can outgrow a measure). */
    @Test
    void aWordLongerThanTheLineStillBreaks() {
        String t = "人民代表大会常务委员会";
        assertThat(Words.insideWord(t)).contains(true);
        List<String> lines = TitleBreaker.split(t, 6);
        assertThat(String.join("", lines)).isEqualTo(t);
        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> Widths.zi(l) <= 6);
    }

    /**
     * The dynamic programme finds the split that trying every combination of breaks finds: for short
     * random titles, an exhaustive search (the old algorithm, as an oracle) with the documented cost —
     * 10 per point of break score, 25 for a shape neither trapezoid nor diamond, plus each line's
     * distance from the mean width — gives the same least cost and the same number of lines.
     */
    @Test
    void theSplitHasTheLeastCostThatAnExhaustiveSearchFinds() {
        String[] words = {"关于", "印发", "《某某市", "管理办法》", "的通知", "2025年", "卫生健康局", "进一步加强",
                "和改进", "工作", "的报告", "（试行）", "、", "ABC", "“十四五”", "规划", "上海市"};
        Random random = new Random(12);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 14 + random.nextInt(20)) sb.append(words[random.nextInt(words.length)]);
            String t = sb.toString();
            int max = 8 + random.nextInt(9);
            int[] score = TitleBreaker.breakScores(t);
            double total = Widths.zi(t);
            int minLines = (int) Math.ceil(total / max);
            if (minLines < 2 || minLines > 4) continue;
            Double best = null;
            int bestLines = 0;
            for (int lines = minLines; lines <= minLines + 1 && best == null; lines++) {
                best = exhaustive(t, score, max, lines, 0, new int[lines - 1], 0);
                bestLines = lines;
            }
            if (best == null) continue;
            List<String> got = TitleBreaker.split(t, max);
            assertThat(got).as(t + " at " + max).hasSize(bestLines);
            assertThat(cost(t, score, breaksOf(got))).as(t + " at " + max).isCloseTo(best, within(1e-6));
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static Double exhaustive(String t, int[] score, int max, int lines, int from, int[] chosen, int k) {
        if (k == lines - 1) {
            return Widths.zi(t, from, t.length()) <= max ? cost(t, score, chosen) : null;
        }
        Double best = null;
        for (int p = from + 1; p < t.length() && Widths.zi(t, from, p) <= max; p++) {
            if (score[p] < 0) continue;
            chosen[k] = p;
            Double c = exhaustive(t, score, max, lines, p, chosen, k + 1);
            if (c != null && (best == null || c < best)) best = c;
        }
        return best;
    }

    private static int[] breaksOf(List<String> lines) {
        int[] breaks = new int[lines.size() - 1];
        int at = 0;
        for (int i = 0; i < breaks.length; i++) breaks[i] = at += lines.get(i).length();
        return breaks;
    }

    private static double cost(String t, int[] score, int[] breaks) {
        double[] w = new double[breaks.length + 1];
        int from = 0;
        for (int i = 0; i < breaks.length; i++) {
            w[i] = Widths.zi(t, from, breaks[i]);
            from = breaks[i];
        }
        w[breaks.length] = Widths.zi(t, from, t.length());
        double cost = 0, mean = 0;
        for (int b : breaks) cost -= score[b] * 10.0;
        boolean trapezoid = true;
        for (int i = 1; i < w.length; i++) trapezoid &= w[i - 1] <= w[i];
        int i = 1;
        boolean diamond = w.length >= 3 && w[0] <= w[1];
        while (i < w.length && w[i - 1] <= w[i]) i++;
        while (i < w.length && w[i - 1] >= w[i]) i++;
        diamond &= i == w.length;
        if (!trapezoid && !diamond) cost += 25;
        for (double x : w) mean += x / w.length;
        for (double x : w) cost += Math.abs(x - mean);
        return cost;
    }
}
