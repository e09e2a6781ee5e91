package org.gongwen.ingest;

import org.gongwen.model.ChineseNumerals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025年,紫金县卫生健康局在县委领导下 | 2025年，紫金县卫生健康局在县委领导下",
            "现将情况汇报如下: | 现将情况汇报如下：",
            "落实主体责任;指导制定计划 | 落实主体责任；指导制定计划",
            "是否完成?已经完成! | 是否完成？已经完成！",
            "编制(修编)规划 | 编制（修编）规划",
            "《纲要(2021-2025)》 | 《纲要（2021-2025）》",
            "对公民处以2万元以上(含2万元) | 对公民处以2万元以上（含2万元）",
            "办公时间8:30-17:00,节假日除外 | 办公时间8:30-17:00，节假日除外",
            "比例尺1:500的地形图 | 比例尺1:500的地形图",
            "聘请费用为20,000元 | 聘请费用为20,000元",
            "详见https://www.gov.cn/a,b?c=1。 | 详见https://www.gov.cn/a,b?c=1。",
            "使用Microsoft Word (docx)编辑 | 使用Microsoft Word (docx)编辑",
            "函数f(x)的值 | 函数f(x)的值",
            "根据钟卫健发[2025]12号文件 | 根据钟卫健发[2025]12号文件",
            "共有58个地块(附件１) | 共有58个地块（附件1）",
            "增长１．５倍 | 增长1.5倍",
            "宣传\"两法衔接\"工作 | 宣传“两法衔接”工作",
            "  (一)强化法治学习。 | （一）强化法治学习。",
            "发布时间: 2025-01-20 16:41 | 发布时间：2025-01-20 16:41",
            "联系邮箱:office@example.gov.cn | 联系邮箱：office@example.gov.cn",
            "坚持...推进 | 坚持……推进",
            "坚持…推进 | 坚持……推进",
            "坚持……推进 | 坚持……推进",
            "等等。。。 | 等等……",
            "version 1.2... beta | version 1.2... beta",
    })
    void punctuationFollowsTheTextAroundIt(String in, String out) {
        assertThat(Normalizer.text(in)).isEqualTo(out);
    }

    /** Portals that turn every ，：（）；！？。 half-width: Chinese text gets them back, nothing else changes. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "各镇人民政府,各有关单位: | 各镇人民政府，各有关单位：",
            "时间:2024-05-06 来源:政府办 | 时间：2024-05-06来源：政府办",
            "(一)加强组织领导 | （一）加强组织领导",
            "现将有关事项通知如下. | 现将有关事项通知如下。",
            "落实主体责任;加强督促检查. | 落实主体责任；加强督促检查。",
            "(一)强化学习.坚持“第一议题”. | （一）强化学习。坚持“第一议题”。",
            "会议于10:30开始,增长3.5倍. | 会议于10:30开始，增长3.5倍。",
            "完成率(%)为99.5 | 完成率（%）为99.5",
            "是否完成?已完成! | 是否完成？已完成！",
            // not after a digit or Latin, not in a URL, not a label's dot, not in an ellipsis
            "详见第3.2条和附件1. | 详见第3.2条和附件1.",
            "使用Microsoft Word. | 使用Microsoft Word.",
            "登录www.gov.cn. | 登录www.gov.cn.",
            "一.总体要求 | 一.总体要求",
            "1.总体要求 | 1.总体要求",
            "坚持...推进 | 坚持……推进",
            "e.g. Word.docx | e.g. Word.docx",
    })
    void halfWidthPortalsGetChinesePunctuationBack(String in, String out) {
        assertThat(Normalizer.text(in)).isEqualTo(out);
    }

    /** GB/T 15834: a book title inside a book title takes the single mark 〈〉; &lt;&gt; outside 《》 stay. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "《关于修订印发<某某管理办法（2024年版）>的通知》 | 《关于修订印发〈某某管理办法（2024年版）〉的通知》",
            "《关于修订印发<某某管理办法(2024年版)>的通知》 | 《关于修订印发〈某某管理办法（2024年版）〉的通知》",
            "《关于印发＜某某实施细则＞的通知》 | 《关于印发〈某某实施细则〉的通知》",
            "《关于转发<甲办法>和<乙办法>的通知》 | 《关于转发〈甲办法〉和〈乙办法〉的通知》",
            "《关于印发〈某某办法〉的通知》 | 《关于印发〈某某办法〉的通知》",
            "当a<b且c>d时 | 当a<b且c>d时",
            "按<某某办法>执行 | 按<某某办法>执行",
            "《某某办法》规定a<b | 《某某办法》规定a<b",
            "《a<b》 | 《a<b》",
    })
    void nestedBookTitlesTakeTheSingleMark(String in, String out) {
        assertThat(Normalizer.text(in)).isEqualTo(out);
    }

    @Test
    void spacesAndIndentationGo() {
        assertThat(Normalizer.text("\u3000\u3000持证和新申领执法证人员\u00a0均为在岗。   ")).isEqualTo("持证和新申领执法证人员均为在岗。");
        assertThat(Normalizer.text("1. 严格规范行政执法")).isEqualTo("1.严格规范行政执法");
        assertThat(Normalizer.text("通过 LED 屏开展宣传")).isEqualTo("通过LED屏开展宣传");
        assertThat(Normalizer.text("the Microsoft  Office\tsuite")).isEqualTo("the Microsoft Office suite");
        assertThat(Normalizer.text("零\u200B宽\uFEFF字符")).isEqualTo("零宽字符");
        assertThat(Normalizer.line("第一章   总则")).isEqualTo("第一章 总则");
    }

    @Test
    void unpairedQuotesAreLeftAlone() {
        assertThat(Normalizer.text("他说\"好的")).isEqualTo("他说\"好的");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025年1月20日, 2025-01-20",
            "2025 年 1 月 20 日, 2025-01-20",
            "2025-01-20, 2025-01-20",
            "2025.1.20, 2025-01-20",
            "2025/1/20, 2025-01-20",
            "二〇二二年十二月二十六日, 2022-12-26",
            "二○二五年一月三十日, 2025-01-30",
            "二〇二〇年十月一日, 2020-10-01",
    })
    void datesAreRead(String text, String iso) {
        assertThat(DateReader.whole(text)).contains(LocalDate.parse(iso));
        assertThat(DateReader.unreadableDateLine(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2017919", "2025年2月30日", "2025年13月1日", "20250120", "2025-1-200"})
    void datesThatCannotBeReadAreNotGuessed(String text) {
        assertThat(DateReader.whole(text)).isEmpty();
        assertThat(DateReader.unreadableDateLine(text)).isTrue();
    }

    @Test
    void ordinaryLinesAreNotDateAttempts() {
        assertThat(DateReader.unreadableDateLine("特此通知。")).isFalse();
        assertThat(DateReader.unreadableDateLine("2025年工作要点")).isFalse();
        assertThat(DateReader.first("发布时间：2025-01-20 16:41")).contains(LocalDate.of(2025, 1, 20));
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("二十三")).isEqualTo(23);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("是")).isEqualTo(-1);
        assertThat(ChineseNumerals.format(3)).isEqualTo("三");
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(21)).isEqualTo("二十一");
        assertThat(ChineseNumerals.format(105)).isEqualTo("一百零五");
    }
}
