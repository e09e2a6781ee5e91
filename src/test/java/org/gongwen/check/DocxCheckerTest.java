package org.gongwen.check;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.gongwen.model.BadInputException;
import org.gongwen.model.RenderCancelled;
import org.gongwen.style.HouseStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxCheckerTest {
    private static final HouseStyle HOUSE = Gbt9704.plain();

    private static List<Finding> check(Draft d) throws Exception {
        return new DocxChecker().check(d.build(), HOUSE);
    }

    /** The findings of {@code rule}; fails when there are none. */
    private static List<Finding> rule(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(of).as("findings of %s in %s", rule, findings).isNotEmpty();
        return of;
    }

    @Test
    void cleanDraftHasNoFindings() throws Exception {
        assertThat(check(Draft.clean())).isEmpty();
    }

    @Test
    void letterPaperAndWordMarginsAreReported() throws Exception {
        Draft d = Draft.clean().with(x -> {
            x.widthMm = 215.9; x.heightMm = 279.4; x.topMm = 25.4; x.bottomMm = 25.4; x.leftMm = 31.8; x.rightMm = 31.8;
        });
        List<Finding> f = check(d);
        assertThat(rule(f, "paper-size").get(0).message()).contains("A4").contains("Letter");
        assertThat(rule(f, "page-margins")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("上边距（天头）应为37毫米，此处为25.4毫米"))
                .anySatisfy(m -> assertThat(m).contains("左边距（订口）应为28毫米"));
        assertThat(rule(f, "page-margins").get(0).isError()).isTrue();
    }

    @Test
    void missingGridGivesWrongLinesAndCharacters() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.grid = false));
        assertThat(rule(f, "grid-lines").get(0).message()).contains("每页应排22行").contains("每页排30行");
        assertThat(rule(f, "grid-chars").get(0).message()).contains("每行应排28字").contains("27字");
    }

    @Test
    void bodyInSongTiXiaoSiIsReportedAsClerksSayIt() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> { x.bodyFace = "宋体"; x.bodyHalfPoints = 24; }));
        assertThat(rule(f, "body-font")).extracting(Finding::message).contains("正文字体应为仿宋_GB2312三号，此处为宋体小四");
        assertThat(rule(f, "body-font").get(0).location()).startsWith("第3段“2024年，我局");
    }

    @Test
    void directFormattingOverridesTheStyle() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("一、").face = "宋体"));
        assertThat(rule(f, "heading1-font").get(0).message()).isEqualTo("一级标题字体应为黑体三号，此处为宋体三号");
        assertThat(f).extracting(Finding::rule).doesNotContain("body-font");
    }

    @Test
    void runInHeadingSentenceTakesItsLevelsFace() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("（一）").leadFace = null));
        assertThat(rule(f, "heading2-font").get(0).message()).contains("楷体_GB2312三号").contains("此处为仿宋_GB2312");
        assertThat(rule(f, "heading2-font").get(0).location()).contains("（一）强化法治学习");
    }

    @Test
    void boldHeadingIsAWarning() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("二、").bold = true));
        Finding bold = rule(f, "heading1-bold").get(0);
        assertThat(bold.isError()).isFalse();
        assertThat(bold.message()).contains("不应加粗");
    }

    @Test
    void missingFirstLineIndentAndSpacesForIndent() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("2024年").firstLineTwips = 0));
        assertThat(rule(f, "body-indent").get(0).message()).isEqualTo("正文首行应缩进2字，此处缩进0字");

        List<Finding> spaces = check(Draft.clean().with(x -> {
            Draft.P p = x.find("2024年");
            p.firstLineTwips = 0;
            p.text = "\u3000\u3000" + p.text;
        }));
        assertThat(spaces).extracting(Finding::rule).doesNotContain("body-indent");
        assertThat(rule(spaces, "indent-spaces").get(0).message()).contains("不要用空格");
    }

    @Test
    void titleMustBeCentredAndShapedAsATrapezoid() throws Exception {
        List<Finding> left = check(Draft.clean().with(x -> x.find("钟山区").align = ParagraphAlignment.LEFT));
        assertThat(rule(left, "title-align").get(0).message()).isEqualTo("标题应居中，此处为左对齐");

        List<Finding> inverted = check(Draft.clean().with(x -> x.find("钟山区").text = "钟山区卫生健康局关于2024年法治政府建设\n工作情况的报告"));
        assertThat(rule(inverted, "title-shape").get(0).message()).contains("上行（19字）长于下行（7字）");

        List<Finding> wraps = check(Draft.clean().with(x -> x.find("钟山区").text = "钟山区卫生健康局关于2024年法治政府建设工作情况的报告"));
        assertThat(rule(wraps, "title-wrap").get(0).message()).contains("一行最多排20字").contains("手动换行");
    }

    @Test
    void headingNumberGapsRepeatsAndWrongForms() throws Exception {
        List<Finding> gap = check(Draft.clean().with(x -> x.find("二、").text = "三、存在的不足"));
        assertThat(rule(gap, "heading-number-gap").get(0).message()).contains("此处为“三、”，按顺序应为“二、”");

        List<Finding> repeat = check(Draft.clean().with(x -> x.find("（二）").text = "（一）规范行政执法。全面推行行政执法公示制度。"));
        assertThat(rule(repeat, "heading-number-repeat").get(0).message()).contains("应为“（二）”");

        List<Finding> form = check(Draft.clean().with(x -> x.find("（一）").text = "(一)强化法治学习。坚持把学法作为固定议题。"));
        assertThat(rule(form, "heading-label-form").get(0).message()).contains("“(一)”应写作“（一）”");
        assertThat(form).extracting(Finding::rule).doesNotContain("halfwidth-punctuation");

        List<Finding> dun = check(Draft.clean().with(x -> x.find("1.").text = "1、法治宣传的针对性还不够强。"));
        assertThat(rule(dun, "heading-label-form").get(0).message()).contains("“1、”应写作“1.”");
    }

    @Test
    void halfWidthPunctuationInChineseText() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("2024年").text =
                "2024年,我局坚持依法行政(见附表),全年办结案件1,290件;现将有关情况报告如下."));
        Finding p = rule(f, "halfwidth-punctuation").get(0);
        assertThat(p.message()).contains("“,”应为“，”").contains("“(”应为“（”").contains("“;”应为“；”")
                .contains("“.”应为“。”").contains("共6处");
    }

    @Test
    void dateWithZeroPaddingOrChineseNumerals() throws Exception {
        List<Finding> padded = check(Draft.clean().with(x -> x.find("2025年").text = "2025年01月20日"));
        assertThat(rule(padded, "date-form").get(0).message()).contains("写作“2025年1月20日”").contains("此处为“2025年01月20日”");

        List<Finding> chinese = check(Draft.clean().with(x -> x.find("2025年").text = "二〇二五年一月二十日"));
        assertThat(rule(chinese, "date-form").get(0).message()).contains("写作“2025年1月20日”");
    }

    @Test
    void signatureAndDatePlacement() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.paras.stream()
                .filter(p -> p.text.equals("钟山区卫生健康局")).findFirst().orElseThrow().rightTwips = 0));
        assertThat(rule(f, "signature-placement").get(0).message()).contains("发文机关署名应右空2.5字，成文日期右空2字")
                .contains("日期首字比署名首字左移0.5字");
        assertThat(rule(f, "signature-placement").get(0).location()).isEqualTo("第10段“钟山区卫生健康局”");

        List<Finding> noBlank = check(Draft.clean().with(x -> x.paras.remove(10)));
        assertThat(rule(noBlank, "signature-spacing").get(0).message()).contains("空一行");
    }

    @Test
    void pageNumbersMissingSameOnAllPagesOrWrongForm() throws Exception {
        assertThat(rule(check(Draft.clean().with(x -> x.footers = false)), "page-number-missing").get(0).message())
                .contains("— 1 —");
        assertThat(rule(check(Draft.clean().with(x -> x.evenAndOdd = false)), "page-number-odd-even").get(0).message())
                .contains("奇偶页不同");
        assertThat(rule(check(Draft.clean().with(x -> x.oddFooterText = "-PAGE-")), "page-number-form").get(0).message())
                .contains("此处为“-1-”");
    }

    @Test
    void lineSpacingOffTheGrid() throws Exception {
        List<Finding> f = check(Draft.clean().with(x -> x.find("2024年").exactLine = 20.0));
        assertThat(rule(f, "body-line-spacing").get(0).message()).contains("每行28.95磅（每页22行）").contains("固定值20磅");
    }

    @Test
    void wordDefaultDraftWithoutStylesGetsAListAClerkUnderstands() throws Exception {
        Draft d = Draft.clean().with(x -> {
            x.widthMm = 215.9; x.heightMm = 279.4; x.topMm = 25.4; x.bottomMm = 25.4; x.leftMm = 31.8; x.rightMm = 31.8;
            x.grid = false;
            x.footers = false;
            x.bodyFace = "宋体";
            x.bodyHalfPoints = 21;
            for (Draft.P p : x.paras) { p.style = null; p.leadFace = null; }
            x.find("一、").bold = true;
            x.find("二、").bold = true;
            x.find("2025年").text = "2025年01月20日";
        });
        List<Finding> f = check(d);
        assertThat(f).extracting(Finding::rule).contains("paper-size", "page-margins", "grid-lines", "title-font",
                "body-font", "heading1-font", "heading1-bold", "heading2-font", "title-align", "date-form",
                "page-number-missing");
        assertThat(rule(f, "heading1-font").get(0).message()).isEqualTo("一级标题字体应为黑体三号，此处为宋体五号");
        assertThat(f).allSatisfy(x -> assertThat(x.message()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void redHeaderDraftWithABlackMarkAndNoSeparator() throws Exception {
        Draft d = Draft.clean();
        Draft.P mark = new Draft.P("钟山区卫生健康局文件", null);
        mark.firstLineTwips = 0;
        mark.size = 36.0;
        mark.face = "方正小标宋简体";
        Draft.P number = new Draft.P("钟卫健发〔2025〕12号", null);
        number.firstLineTwips = 0;
        number.align = ParagraphAlignment.CENTER;
        d.paras.addAll(0, List.of(mark, number));
        List<Finding> f = new DocxChecker().check(d.build(), Gbt9704.redHeader());
        assertThat(rule(f, "issuer-mark-color").get(0).message()).isEqualTo("发文机关标志应为红色，此处为黑色");
        assertThat(rule(f, "issuer-mark-align").get(0).message()).contains("居中");
        assertThat(rule(f, "red-separator-missing").get(0).message()).contains("红色分隔线");
        assertThat(rule(f, "issuer-mark-position").get(0).message()).contains("35毫米");
        assertThat(f).extracting(Finding::rule).doesNotContain("doc-number-form", "title-missing");
    }

    @Test
    void banjiWithoutRules() throws Exception {
        Draft d = Draft.clean().with(x -> {
            x.p("抄送：区委办公室，区人大常委会办公室。", null).size = 14.0;
            x.p("钟山区卫生健康局办公室　　　　　　2025年1月20日印发", null).size = 14.0;
        });
        List<Finding> f = new DocxChecker().check(d.build(), Gbt9704.redHeader());
        assertThat(rule(f, "banji-rules")).extracting(Finding::message)
                .contains("版记缺少首条分隔线（“抄送”上方的段落上框线）：应为0.35毫米粗线，与版心等宽")
                .anySatisfy(m -> assertThat(m).contains("末条分隔线（“印发机关和印发日期”下方"));
    }

    @Test
    void notADocxIsBadInput() {
        assertThatThrownBy(() -> new DocxChecker().check("not a zip".getBytes(), HOUSE))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("docx-unreadable");
                    assertThat(e.messageZh()).contains(".docx");
                });
    }

    @Test
    void anInterruptedCheckStopsInsteadOfRunningToItsEnd() throws Exception {
        byte[] draft = Draft.clean().build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new DocxChecker().check(draft, HOUSE)).isInstanceOf(RenderCancelled.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(new DocxChecker().check(draft, HOUSE)).isEmpty();
    }
}
