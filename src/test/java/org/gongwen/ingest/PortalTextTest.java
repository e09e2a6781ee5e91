package org.gongwen.ingest;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Text copied from a portal: its metadata table, half-width punctuation and chrome (issue 15). */
class PortalTextTest {
    /** The keys of a portal's metadata table: none may stay in the body. */
    static final Pattern KEYS = Pattern.compile("索取号|索引号|载体类型|发布机构|文件编号|记录形式|公开类别|关键词|内容描述|发布日期|成文日期"
            + "|主题分类|组配分类|有效性|公开方式|生成日期|信息索引号|发文字号|发文机关|标题[:：]");

    private static OfficialDocument parse(String... lines) {
        return Importers.readText(String.join("\n", lines), ImportLimits.DEFAULT);
    }

    private static String body(OfficialDocument d) {
        return SamplesTest.allText(d);
    }

    // ---- 1. key/value metadata blocks ----

    @Test
    void oneKeyPerLineWithItsValueOnTheNext() {
        OfficialDocument d = parse(
                "索取号：", "11440000/2024-00123",
                "载体类型：", "电子",
                "发布机构：", "某某市财政局",
                "文件编号：", "某财〔2024〕5号",
                "记录形式：",
                "公开类别：", "主动公开",
                "关键词：", "预算 通知",
                "内容描述：",
                "标题：", "关于做好2025年预算编制工作的通知",
                "发布日期：", "2024-05-06",
                "成文日期：", "2024-05-01",
                "关于做好2025年预算编制工作的通知",
                "各区财政局：",
                "请按要求做好预算编制工作。");
        assertThat(d.title()).isEqualTo("关于做好2025年预算编制工作的通知");
        assertThat(d.docNumber()).isEqualTo("某财〔2024〕5号");
        assertThat(d.issuers()).containsExactly("某某市财政局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.recipients()).isEqualTo("各区财政局");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按要求做好预算编制工作。"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aRelatedLinksListAtTheEndTakesNothingAboveItsLastHeading() {
        OfficialDocument d = parse("某某局关于报送材料的通知", "各科室：", "请于3月底前报送有关材料。",
                "相关阅读", "某某局召开工作会议", "某某局", "2025年3月1日", "相关链接", "某某市人民政府网");
        assertThat(body(d)).contains("相关阅读", "某某局召开工作会议").doesNotContain("相关链接", "某某市人民政府网");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void anEmptySummaryKeyDoesNotTakeTheBodyUnderIt() {
        OfficialDocument d = parse(
                "关于做好防汛工作的通知",
                "索引号：11440/2025-001 发布机构：某某县人民政府",
                "内容概述：",
                "为进一步加强防汛工作，现将有关事项通知如下。",
                "一、压实责任",
                "各乡镇要落实防汛责任。");
        assertThat(body(d)).contains("为进一步加强防汛工作，现将有关事项通知如下。").doesNotContain("索引号", "内容概述");
    }

    @Test
    void keysWithoutColonsAsATableCopiedCellByCell() {
        OfficialDocument d = parse(
                "索取号", "11440000/2024-00123",
                "发布机构", "某某区人民政府办公室",
                "成文日期", "2024年5月6日",
                "主题分类", "城乡建设",
                "标题", "关于加强城市道路占道施工管理的通知",
                "有效性", "有效",
                "关于加强城市道路占道施工管理的通知",
                "各街道办事处：",
                "请认真贯彻执行。");
        assertThat(d.title()).isEqualTo("关于加强城市道路占道施工管理的通知");
        assertThat(d.issuers()).containsExactly("某某区人民政府办公室");
        // the metadata's date is no date line ending the body
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.recipients()).isEqualTo("各街道办事处");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请认真贯彻执行。"));
        assertThat(KEYS.matcher(body(d)).find()).as(body(d)).isFalse();
    }

    @Test
    void severalPairsOnALineWithHalfWidthColons() {
        OfficialDocument d = parse(
                "索取号:11440000/2024-00123 发布机构:某某区人民政府办公室 文件编号:某府办〔2024〕12号",
                "成文日期:2024-05-01 发布日期:2024-05-06 公开方式:主动公开",
                "组配分类:通知 载体类型:电子 记录形式:文字 有效性:有效",
                "关于加强城市道路占道施工管理的通知",
                "各街道办事处:",
                "请认真贯彻执行.");
        assertThat(d.docNumber()).isEqualTo("某府办〔2024〕12号");
        assertThat(d.issuers()).containsExactly("某某区人民政府办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请认真贯彻执行。"));
    }

    @Test
    void aTabSeparatedMetadataTableIsNoTable() {
        OfficialDocument d = parse(
                "索取号\t11440000/2024-00123",
                "发布机构\t某某县应急管理局",
                "成文日期\t2024-05-01",
                "信息索引号\t001/2024-0001\t发文字号\t某应急〔2024〕3号",
                "关于做好防汛工作的通知",
                "请做好准备。");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请做好准备。"));
        assertThat(d.issuers()).containsExactly("某某县应急管理局");
        assertThat(d.docNumber()).isEqualTo("某应急〔2024〕3号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void cellsBetweenBarsAndEmptyCells() {
        OfficialDocument d = parse("索引号 | 0001/2024-00049 | 发文字号 | 某府发〔2024〕9号 |",
                "关键词 | 发布机构 | 某某县人民政府 | |",
                "成文日期 | 2024-04-18 16:26:24 | 是否有效 | 是 |",
                "关于调整工作机构的通知", "经研究，决定调整。");
        assertThat(d.docNumber()).isEqualTo("某府发〔2024〕9号");
        assertThat(d.issuers()).containsExactly("某某县人民政府");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("经研究，决定调整。"));
    }

    @Test
    void theDocumentsOwnDocNumberAndIssuerWin() {
        OfficialDocument d = parse("文件编号：某府办〔2024〕99号", "发布机构：某某区信息中心",
                "某府办〔2024〕12号",
                "某某区人民政府办公室关于加强管理的通知",
                "请认真贯彻执行。",
                "某某区人民政府办公室",
                "2024年5月6日");
        assertThat(d.docNumber()).isEqualTo("某府办〔2024〕12号");
        assertThat(d.issuers()).containsExactly("某某区人民政府办公室");
    }

    @Test
    void aMetadataTitleIsNoSecondTitle() {
        OfficialDocument d = parse("标题：关于加强城市道路占道施工管理的通知 发布机构：某某区人民政府",
                "关于加强城市道路占道施工管理的通知",
                "请认真贯彻执行。");
        assertThat(d.title()).isEqualTo("关于加强城市道路占道施工管理的通知");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请认真贯彻执行。"));
    }

    @Test
    void theMetadataTitleStandsInWhenTheTextHasNone() {
        OfficialDocument d = parse("标题：关于加强城市道路占道施工管理的通知 发布机构：某某区人民政府", "各街道办事处：", "请认真贯彻执行。");
        assertThat(d.title()).isEqualTo("关于加强城市道路占道施工管理的通知");
        assertThat(d.recipients()).isEqualTo("各街道办事处");
        assertThat(d.warnings()).extracting(Warning::code).doesNotContain("title-missing");
    }

    @Test
    void aLongMetadataTitleIsNoTitle() {
        OfficialDocument d = parse("标题：" + "很长的标题".repeat(30) + " 发布机构：某某局", "各单位：", "请按时报送。");
        assertThat(d.title()).isNull();
        assertThat(d.warnings()).extracting(Warning::code).contains("title-missing");
    }

    @Test
    void aLongRunOfKeyLinesIsReadInLinearTime() {
        String text = "关键词\n".repeat(200_000) + "索引号：001/2024-0001\n关于做好防汛工作的通知\n请做好准备。";
        long start = System.nanoTime();
        OfficialDocument d = Importers.readText(text, ImportLimits.DEFAULT);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        assertThat(d.title()).isEqualTo("关于做好防汛工作的通知");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请做好准备。"));
    }

    @Test
    void anEmptyDescriptionAboveTheTitleDoesNotTakeIt() {
        OfficialDocument d = parse("索引号：", "001/2024-0001", "内容概述：", "某某县人民政府关于调整工作机构的通知", "各乡镇：", "经研究，决定调整。");
        assertThat(d.title()).isEqualTo("某某县人民政府关于调整工作机构的通知");
        assertThat(d.recipients()).isEqualTo("各乡镇");
    }

    @Test
    void unreadableMetadataDatesAreWarningsNotGuesses() {
        OfficialDocument d = parse("成文日期：2024年13月 发布日期：2024-5 发布机构：某某局",
                "关于开展检查的通知", "请按时报送。");
        assertThat(d.date()).isNull();
        assertThat(d.publishDate()).isNull();
        assertThat(d.warnings()).contains(
                new Warning("unreadable-date", "无法识别页面信息中的成文日期“2024年13月”，未采用；请核对日期，按“2025年1月20日”的格式填写"),
                new Warning("unreadable-date", "无法识别页面信息中的发布日期“2024-5”，未采用；请核对日期，按“2025年1月20日”的格式填写"));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按时报送。"));
    }

    @Test
    void aSiteIsNoIssuer() {
        OfficialDocument d = parse("发文机构：", "县政府网站", "发文字号：", "某政发〔2024〕7号", "某某工作规则", "一、总体要求");
        assertThat(d.issuers()).isEmpty();
        assertThat(d.docNumber()).isEqualTo("某政发〔2024〕7号");
        assertThat(body(d)).doesNotContain("网站");
    }

    @Test
    void bodyLinesThatOpenWithAKeyWordStay() {
        OfficialDocument d = parse("某某局关于规范信息公开工作的通知",
                "标题要简洁明了，不超过20字。",
                "关键词提取工作于5月完成。",
                "名称 规格 数量",
                "摘要",
                "有效性评估由第三方开展。",
                "日期：2025年3月1日",
                "数据来源：市统计局");
        assertThat(d.blocks()).extracting(b -> ((Block.Paragraph) b).text()).containsExactly(
                "标题要简洁明了，不超过20字。", "关键词提取工作于5月完成。", "名称规格数量", "摘要", "有效性评估由第三方开展。",
                "日期：2025年3月1日", "数据来源：市统计局");
    }

    @Test
    void aTableWithAKeyWordInItsHeaderStaysATable() {
        OfficialDocument d = parse("某某局关于公布名录的通知", "名称\t数量\t备注", "水泥\t5\t无", "钢材\t3\t无");
        assertThat(d.blocks()).hasSize(1).first().isInstanceOf(Block.Table.class);
    }

    // ---- 2. half-width punctuation everywhere ----

    @Test
    void aPortalWithHalfWidthPunctuationEverywhere() {
        OfficialDocument d = parse("某某县人民政府办公室关于做好防汛工作的通知",
                "时间:2024-05-06 来源:政府办",
                "各镇人民政府,各有关单位:",
                "现将有关事项通知如下.",
                "一、总体要求",
                "(一)加强组织领导",
                "各单位要高度重视;",
                "(二)落实工作责任",
                "会议定于10:30召开,地点在3.5号楼.",
                "某某县人民政府办公室",
                "2024年5月8日");
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.source()).isEqualTo("政府办");
        assertThat(d.recipients()).isEqualTo("各镇人民政府，各有关单位");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("现将有关事项通知如下。"),
                new Block.Heading(1, "一、", "总体要求"),
                new Block.Heading(2, "（一）", "加强组织领导"),
                new Block.Paragraph("各单位要高度重视；"),
                new Block.Heading(2, "（二）", "落实工作责任"),
                new Block.Paragraph("会议定于10:30召开，地点在3.5号楼。"));
        assertThat(d.warnings()).isEmpty();
    }

    // ---- 3. more chrome ----

    @Test
    void chromeAroundTheArticleGoesAndWhatItCarriesStays() {
        OfficialDocument d = parse(
                "今天是:2024年5月6日 星期一",
                "扫一扫在手机打开当前页",
                "手机扫码阅读",
                "扫一扫手机阅读",
                "[打印] [关闭]",
                "【打印本页】【关闭窗口】",
                "打印本页 关闭窗口",
                "【字号 大 中 小】",
                "字体:【大 中 小】",
                "分享到：微信 微博 QQ空间",
                "某某县应急管理局关于做好防汛工作的通知",
                "信息来源:县应急管理局 浏览次数:123",
                "【责任编辑：张三】",
                "各乡镇：",
                "请做好防汛准备。",
                "本次检查的问题来源主要是群众举报。",
                "某某县应急管理局",
                "2024年5月6日",
                "上一篇：关于做好森林防火工作的通知",
                "下一篇：无",
                "相关链接",
                "国务院办公厅关于加强防汛工作的通知",
                "某某省人民政府关于做好汛期安全工作的意见");
        assertThat(d.title()).isEqualTo("某某县应急管理局关于做好防汛工作的通知");
        assertThat(d.source()).isEqualTo("县应急管理局");
        assertThat(d.recipients()).isEqualTo("各乡镇");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请做好防汛准备。"),
                new Block.Paragraph("本次检查的问题来源主要是群众举报。"));
        assertThat(d.appendices()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"扫一扫在手机打开当前页", "扫一扫手机阅读", "手机扫码阅读", "【打印】【关闭】", "[打印本页] [关闭窗口]", "打印 关闭",
            "【字体：大 中 小】", "[字体: ] 打印", "字体大小:[大][中][小]", "【字号 大 中 小】", "分享到：微信 微博 QQ空间 更多",
            "分享至: 微信朋友圈 | 新浪微博", "今天是:2024年5月6日 星期一", "上一篇：关于某某的通知", "下一条：无", "浏览次数：1024",
            "访问量：35", "责任编辑：张三", "【责任编辑：张三】", "信息来源：县应急管理局", "来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【",
            "视力保护色:", "时间:2022年12月06日来源:辽宁省卫生健康委员会", "稿件来源:甘肃人大网 发布时间:2023-03-30 11:03:42", "归档时间:2018-11-21"})
    void chromeLines(String line) {
        assertThat(PortalChrome.isChrome(Normalizer.line(line))).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本次检查的问题来源主要是群众举报。", "各单位要认真分析问题来源，举一反三。", "打印机采购工作已完成。",
            "日期：2025年3月1日", "时间：上午9:00", "数据来源：市统计局", "来源于群众的意见建议要认真办理。", "请于5月6日前关闭窗口期内的申报系统。",
            "一、相关文件", "扫描件请于5月底前报送。", "上一年度工作总结。"})
    void bodyLinesThatMentionChromeWordsStay(String line) {
        assertThat(PortalChrome.isChrome(Normalizer.line(line))).as(line).isFalse();
    }

    @Test
    void aRelatedHeadingBeforeBodyTextCutsNothing() {
        OfficialDocument d = parse("某某局关于报送材料的通知", "相关文件", "请于3月底前报送有关材料。", "联系电话：0858-1234567");
        assertThat(d.blocks()).extracting(b -> ((Block.Paragraph) b).text())
                .containsExactly("相关文件", "请于3月底前报送有关材料。", "联系电话：0858-1234567");
    }

    @Test
    void aRelatedLinksListBeforeTheSiteFooterGoesWithIt() {
        OfficialDocument d = parse("某某局关于报送材料的通知", "请于3月底前报送。", "2025年3月1日",
                "相关链接：", "某某局关于报送2024年材料的通知", "下一篇：无", "主办：某某市人民政府办公室", "网站标识码：1234567890");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请于3月底前报送。"));
        assertThat(d.appendices()).isEmpty();
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Block.Paragraph p ? p.fullText() : b.toString()).toList();
    }
}
