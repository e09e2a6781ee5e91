package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructureDetectorTest {

    private static OfficialDocument parse(String... lines) {
        return Importers.readText(String.join("\n", lines), ImportLimits.DEFAULT);
    }

    @Test
    void lookAlikesAreNotHeadings() {
        OfficialDocument d = parse("某某局关于做好统计工作的通知",
                "一是加强领导。各单位要高度重视。",
                "1.5万人次参加了培训。",
                "2025年1月起施行新标准。",
                "一、二级医院要按季度报送数据。",
                "3、4月份开展集中检查。",
                "2025.1.20以前完成。");
        assertThat(d.headings()).isEmpty();
        assertThat(d.blocks()).allMatch(b -> b instanceof Block.Paragraph p && p.lead() == null);
        assertThat(d.blocks()).hasSize(6);
        assertThat(d.warnings()).extracting(Warning::code).doesNotContain("numbering-gap", "numbering-repeat");
    }

    @Test
    void labelsSetTheLevelAndRunInLeadsAreSplitOff() {
        OfficialDocument d = parse("某某局2025年工作总结",
                "一、总体情况",
                "（一）强化法治学习。坚持“第一议题”抓学习。",
                "(二)规范执法行为",
                "1. 完善制度。建立台账。",
                "（1）每月报送一次",
                "2.严格执行各项制度要求，明确责任分工，确保工作落到实处，形成长效机制，推动各项任务落实见效。");
        assertThat(d.blocks()).containsExactly(
                new Block.Heading(1, "一、", "总体情况"),
                new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持“第一议题”抓学习。"),
                new Block.Heading(2, "（二）", "规范执法行为"),
                new Block.Paragraph(new Block.Lead(3, "1.", "完善制度。"), "建立台账。"),
                new Block.Heading(4, "（1）", "每月报送一次"),
                // one long sentence after the label: a numbered paragraph, not a heading
                new Block.Paragraph(new Block.Lead(3, "2.", ""), "严格执行各项制度要求，明确责任分工，确保工作落到实处，形成长效机制，推动各项任务落实见效。"));
    }

    @Test
    void aLongFirstSentenceIsNotALead() {
        OfficialDocument d = parse("某某局工作报告",
                "（一）我局坚持将学习贯彻重要讲话精神作为重要政治任务，全面纳入党组理论学习中心组学习安排，及时组织传达学习。特邀专家开展专题辅导。");
        Block.Paragraph p = (Block.Paragraph) d.blocks().getFirst();
        assertThat(p.lead()).isEqualTo(new Block.Lead(2, "（一）", ""));
        assertThat(p.text()).startsWith("我局坚持").endsWith("特邀专家开展专题辅导。");
    }

    @Test
    void numberingGapsAndRepeatsAreReportedNeverRenumbered() {
        OfficialDocument d = parse("某某局工作报告",
                "一、第一部分", "（一）甲", "（二）乙",
                "二、第二部分", "（一）丙", "（一）丁",
                "四、第四部分", "（二）戊",
                "1.子项", "3.子项");
        assertThat(d.warnings()).containsExactly(
                new Warning("date-missing", "未找到成文日期，请在正文末尾写明日期（如“2025年1月20日”）"),
                new Warning("numbering-repeat", "二级标题“（一）”重复出现"),
                new Warning("numbering-gap", "一级标题从“二、”跳到“四、”，缺少“三、”"),
                new Warning("numbering-gap", "二级标题从“（二）”开始，缺少“（一）”"),
                new Warning("numbering-gap", "三级标题从“1.”跳到“3.”，缺少“2.”"));
        assertThat(SamplesTest.labels(d.blocks(), 1)).containsExactly("一、", "二、", "四、");
    }

    @Test
    void endlessNumberingProblemsAreSummedUp() {
        OfficialDocument d = Importers.readText("某某局工作报告\n" + "一、同一个标题\n".repeat(100), ImportLimits.DEFAULT);
        assertThat(d.warnings()).filteredOn(w -> w.code().equals("numbering-repeat")).hasSize(NumberingCheck.MAX_LISTED);
        assertThat(d.warnings()).contains(new Warning("numbering-more", "另有 79 处编号问题未逐条列出，请通篇核对编号"));
        assertThat(d.headings()).hasSize(100).allMatch(h -> h.label().equals("一、"));
    }

    @Test
    void titleSplitOverTwoLinesIsJoined() {
        OfficialDocument d = parse("上海市奉贤区人民政府办公室关于做好2026年度防汛防台",
                "工作的通知",
                "各镇人民政府：",
                "现将有关事项通知如下。",
                "2026年5月1日");
        assertThat(d.title()).isEqualTo("上海市奉贤区人民政府办公室关于做好2026年度防汛防台工作的通知");
        assertThat(d.issuers()).containsExactly("上海市奉贤区人民政府办公室");
        assertThat(d.recipients()).isEqualTo("各镇人民政府");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("现将有关事项通知如下。"));
    }

    @Test
    void organLineAboveATitleStartingWith关于IsPartOfTheTitle() {
        OfficialDocument d = parse("某某县人民政府", "关于调整工作机构的通知", "各乡镇：", "经研究，决定调整。", "2025年3月1日");
        assertThat(d.title()).isEqualTo("某某县人民政府关于调整工作机构的通知");
        assertThat(d.issuers()).containsExactly("某某县人民政府");
    }

    @Test
    void docNumberSignatureDateAndNote() {
        OfficialDocument d = parse("钟卫健发〔2025〕12号",
                "钟山区卫生健康局关于开展专项检查的通知",
                "各医疗机构：",
                "现就有关事项通知如下：",
                "一、检查范围",
                "辖区内全部医疗机构。",
                "特此通知。",
                "附件：检查清单",
                "钟山区卫生健康局",
                "二〇二五年三月五日",
                "（此件公开发布）",
                "抄送：区人民政府办公室。",
                "钟山区卫生健康局办公室 2025年3月5日印发");
        assertThat(d.docNumber()).isEqualTo("钟卫健发〔2025〕12号");
        assertThat(d.recipients()).isEqualTo("各医疗机构");
        assertThat(d.issuers()).containsExactly("钟山区卫生健康局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(d.cc()).isEqualTo("区人民政府办公室");
        assertThat(d.printer()).isEqualTo("钟山区卫生健康局办公室");
        assertThat(d.printDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("现就有关事项通知如下："),
                new Block.Heading(1, "一、", "检查范围"),
                new Block.Paragraph("辖区内全部医疗机构。"),
                new Block.Paragraph("特此通知。"),
                new Block.Attachments(java.util.List.of("检查清单")),
                new Block.Note("（此件公开发布）"));
        assertThat(d.appendices()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void anUnreadableDateIsAWarningNotAGuess() {
        OfficialDocument d = parse("某某局关于开展检查的通知", "各单位：", "请按时报送。", "某某局", "2017919");
        assertThat(d.date()).isNull();
        assertThat(d.issuers()).containsExactly("某某局");
        assertThat(d.warnings()).containsExactly(
                new Warning("unreadable-date", "无法识别成文日期“2017919”，请按“2025年1月20日”的格式填写"));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按时报送。"));
    }

    @Test
    void tabSeparatedLinesAreATable() {
        OfficialDocument d = parse("某某局关于公布名录的通知",
                "索引号：\t1144/2025-01\t分类：\t综合政务",
                "名录如下：",
                "序号\t地块名称\t面积(公顷)",
                "1\t某某地块\t1.5",
                "2\t另一地块\t0.8",
                "特此通知。");
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("名录如下："),
                new Block.Table(java.util.List.of(java.util.List.of("序号", "地块名称", "面积（公顷）"),
                        java.util.List.of("1", "某某地块", "1.5"), java.util.List.of("2", "另一地块", "0.8")), 1),
                new Block.Paragraph("特此通知。"));
    }

    @Test
    void redHeadIssuerMarkAndDocNumberAboveTheTitle() {
        OfficialDocument d = parse("紫金县卫生健康局文件", "紫卫健〔2025〕3号", "关于开展专项检查的通知", "各医疗机构：",
                "请做好准备。", "2025年3月5日");
        assertThat(d.issuers()).containsExactly("紫金县卫生健康局");
        assertThat(d.docNumber()).isEqualTo("紫卫健〔2025〕3号");
        assertThat(d.title()).isEqualTo("关于开展专项检查的通知");
        assertThat(d.recipients()).isEqualTo("各医疗机构");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void signatureAndDateOnOneLine() {
        OfficialDocument d = parse("关于报送材料的函", "各单位：", "请按时报送。", "某某县财政局 2025年6月3日");
        assertThat(d.issuers()).containsExactly("某某县财政局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按时报送。"));
    }

    @Test
    void anUnreadablePublicationDateIsReportedAndNotUsed() {
        OfficialDocument d = parse("某某局关于报送材料的通知", "发布时间：2017919", "请按时报送。", "2025年6月3日");
        assertThat(d.publishDate()).isNull();
        assertThat(d.warnings()).containsExactly(new Warning("unreadable-date", "无法识别发布时间“2017919”，未采用"));
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按时报送。"));
    }

    @Test
    void portalChromeGoesAndItsMetadataStays() {
        OfficialDocument d = parse("今天是2025年1月20日 星期一",
                "当前位置：首页 > 政务公开 > 通知公告",
                "索引号：11440000/2025-00123 分类：综合政务",
                "发布机构：某某市财政局 成文日期：2025-01-18",
                "文号：某财〔2025〕3号",
                "某某市财政局关于做好预算编制工作的通知",
                "发布时间：2025-01-20 09:30 来源：市财政局 浏览次数：1024",
                "【字体：大 中 小】【打印】【关闭】",
                "各区财政局：",
                "请按要求做好预算编制工作。",
                "联系人：张三，联系电话：0858-1234567。",
                "扫一扫在手机打开当前页",
                "主办：某某市人民政府办公室",
                "网站标识码：1234567890  ICP备12345678号",
                "联系电话：0858-8693225");
        assertThat(d.title()).isEqualTo("某某市财政局关于做好预算编制工作的通知");
        assertThat(d.docNumber()).isEqualTo("某财〔2025〕3号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 18));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(d.source()).isEqualTo("市财政局");
        assertThat(d.issuers()).containsExactly("某某市财政局");
        assertThat(d.recipients()).isEqualTo("各区财政局");
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("请按要求做好预算编制工作。"),
                new Block.Paragraph("联系人：张三，联系电话：0858-1234567。"));
    }

    @Test
    void contactLinesWithoutAFooterStayInTheBody() {
        OfficialDocument d = parse("某某局关于报送材料的通知", "请于3月底前报送。", "联系电话：0858-1234567");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请于3月底前报送。"),
                new Block.Paragraph("联系电话：0858-1234567"));
    }

    @Test
    void appendicesAfterTheDateEachWithTitleAndBlocks() {
        OfficialDocument d = parse("某某区人民政府关于印发两个办法的通知",
                "各街道：",
                "现将两个办法印发给你们，请遵照执行。",
                "2026年1月23日",
                "附件1",
                "某某区河道管理办法",
                "第一章 总则",
                "第一条 （目的）",
                "为加强河道管理，制定本办法。",
                "第三条 本办法自发布之日起施行。",
                "附件2",
                "某某区绿地管理办法",
                "一、总体要求",
                "二、职责分工");
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("某某区河道管理办法", "某某区绿地管理办法");
        Appendix first = d.appendices().getFirst();
        assertThat(first.blocks()).containsExactly(
                new Block.Chapter("第一章", "总则"),
                new Block.Article("第一条", "目的", ""),
                new Block.Paragraph("为加强河道管理，制定本办法。"),
                new Block.Article("第三条", null, "本办法自发布之日起施行。"));
        assertThat(d.appendices().get(1).blocks()).hasSize(2).allMatch(Block.Heading.class::isInstance);
        assertThat(d.warnings()).containsExactly(
                new Warning("numbering-gap", "附件“某某区河道管理办法”中条从“第一条”跳到“第三条”，缺少“第二条”"));
    }

    @Test
    void aTextWithoutTitleSaysSo() {
        OfficialDocument d = parse("为深入学习贯彻法治思想，认真贯彻落实纲要文件精神，结合卫生健康工作实际，现将情况报告如下：",
                "一、主要举措");
        assertThat(d.title()).isNull();
        assertThat(d.warnings()).extracting(Warning::code).contains("title-missing");
        assertThat(d.blocks()).hasSize(2);
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> parse("", "   ", "\u3000\u00a0"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("input-empty"));
    }

    @Test
    void aSiteNameAboveACompleteTitleIsDroppedWithAWarning() {
        OfficialDocument d = parse("紫金县人民政府门户网站", "紫金县卫生健康局2025年法治政府建设年度报告", "2025年，我局扎实推进各项工作。");
        assertThat(d.title()).isEqualTo("紫金县卫生健康局2025年法治政府建设年度报告");
        assertThat(d.issuers()).containsExactly("紫金县卫生健康局");
        assertThat(d.warnings()).extracting(Warning::code).contains("header-dropped");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("2025年，我局扎实推进各项工作。"));
    }
}
