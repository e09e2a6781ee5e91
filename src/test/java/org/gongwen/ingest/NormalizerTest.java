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
