package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Appendix titles over two lines, nested book titles, 题注, sibling headings in one form (issue 15). */
class TitlesAndSiblingsTest {

    private static OfficialDocument parse(String... lines) {
        return Importers.readText(String.join("\n", lines), ImportLimits.DEFAULT);
    }

    // ---- 4. appendix titles over two lines ----

    @Test
    void anAppendixTitleOverTwoLinesIsOneTitle() {
        OfficialDocument d = parse("某某区人民政府关于印发实施办法的通知", "各街道：", "现将实施办法印发给你们，请遵照执行。", "某某区人民政府", "2024年5月6日",
                "附件1",
                "某某区关于进一步加强城市道路",
                "占道施工管理的实施办法",
                "一、总体要求",
                "二、职责分工",
                "附件",
                "某某区城市道路占道施工",
                "审批流程",
                "第一步提交申请。");
        assertThat(d.appendices()).extracting(Appendix::title)
                .containsExactly("某某区关于进一步加强城市道路占道施工管理的实施办法", "某某区城市道路占道施工");
        assertThat(d.appendices().getFirst().blocks()).containsExactly(
                new Block.Heading(1, "一、", "总体要求"), new Block.Heading(1, "二、", "职责分工"));
        // the second line names no document kind: it is the appendix's first line
        assertThat(d.appendices().get(1).blocks()).containsExactly(new Block.Paragraph("审批流程"), new Block.Paragraph("第一步提交申请。"));
    }

    @Test
    void anAppendixWithoutAMarkAfterTheDateAlsoJoinsItsTitle() {
        OfficialDocument d = parse("某某区人民政府关于印发实施办法的通知", "现将实施办法印发给你们。", "2024年5月6日",
                "某某区关于进一步加强城市道路", "占道施工管理的实施办法", "为加强管理，制定本办法。");
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("某某区关于进一步加强城市道路占道施工管理的实施办法");
        assertThat(d.appendices().getFirst().blocks()).containsExactly(new Block.Paragraph("为加强管理，制定本办法。"));
    }

    @Test
    void aCompleteAppendixTitleTakesNoSecondLine() {
        OfficialDocument d = parse("某某区人民政府关于印发实施办法的通知", "现将实施办法印发给你们。", "2024年5月6日",
                "附件", "某某区城市道路占道施工管理实施办法", "审批工作规程", "为加强管理，制定本办法。");
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("某某区城市道路占道施工管理实施办法");
        assertThat(d.appendices().getFirst().blocks()).first().isEqualTo(new Block.Paragraph("审批工作规程"));
    }

    // ---- 5. nested book titles ----

    @Test
    void aBookTitleInsideABookTitleTakesTheSingleMark() {
        OfficialDocument d = parse("某某县人民政府关于转发《关于修订印发<某某管理办法（2024年版）>的通知》的通知",
                "请按<某某管理办法>执行，当a<b时从其规定。");
        assertThat(d.title()).isEqualTo("某某县人民政府关于转发《关于修订印发〈某某管理办法（2024年版）〉的通知》的通知");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("请按<某某管理办法>执行，当a<b时从其规定。"));
    }

    // ---- 6. title notes ----

    @Test
    void theBracketedLineUnderADecisionsTitleIsItsTitleNote() {
        OfficialDocument d = parse("某某县人民代表大会常务委员会关于加强生态环境保护的决定",
                "（2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过）",
                "为了加强生态环境保护，作出如下决定：",
                "一、坚持保护优先。");
        assertThat(d.title()).isEqualTo("某某县人民代表大会常务委员会关于加强生态环境保护的决定");
        assertThat(d.titleNote()).isEqualTo("（2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过）");
        assertThat(d.blocks()).first().isEqualTo(new Block.Paragraph("为了加强生态环境保护，作出如下决定："));
        assertThat(d.blocks()).noneMatch(Block.Note.class::isInstance);
        assertThat(SamplesTest.allText(d)).doesNotContain("会议通过）");
    }

    @Test
    void aTitleNoteOverTwoLinesInHalfWidthBrackets() {
        OfficialDocument d = parse("某某市城市绿化条例",
                "(2019年10月17日某某市第十五届人民代表大会常务委员会第二十次会议通过",
                "2019年12月3日某某省第十三届人民代表大会常务委员会第十四次会议批准)",
                "第一章 总则",
                "第一条 为了加强城市绿化管理，制定本条例。");
        assertThat(d.titleNote()).isEqualTo("（2019年10月17日某某市第十五届人民代表大会常务委员会第二十次会议通过"
                + " 2019年12月3日某某省第十三届人民代表大会常务委员会第十四次会议批准）");
        assertThat(d.blocks()).first().isEqualTo(new Block.Chapter("第一章", "总则"));
    }

    @Test
    void aTitleNoteWithAnAmendment() {
        OfficialDocument d = parse("某某市物业管理办法",
                "（2010年5月1日某某市人民政府令第3号公布　根据2020年6月1日《某某市人民政府关于修改〈某某市物业管理办法〉的决定》修正）",
                "第一条 为了规范物业管理活动，制定本办法。");
        assertThat(d.titleNote()).isEqualTo("（2010年5月1日某某市人民政府令第3号公布 根据2020年6月1日《某某市人民政府关于修改〈某某市物业管理办法〉的决定》修正）");
        assertThat(d.blocks()).containsExactly(new Block.Article("第一条", null, "为了规范物业管理活动，制定本办法。"));
    }

    @Test
    void aPromulgationNoteWithItsEffectiveDate() {
        OfficialDocument d = parse("某某市烟花爆竹燃放管理规定", "(2019年12月12日市政府令第2号公布  自2020年1月12日起施行)", "第一条 为了加强管理，制定本规定。");
        assertThat(d.titleNote()).isEqualTo("（2019年12月12日市政府令第2号公布 自2020年1月12日起施行）");
    }

    @Test
    void bracketedLinesThatRecordNoEventAreNoTitleNote() {
        OfficialDocument draft = parse("某某市物业管理条例", "（征求意见稿）", "第一条 为了规范物业管理活动，制定本条例。");
        assertThat(draft.titleNote()).isNull();
        assertThat(draft.blocks()).first().isEqualTo(new Block.Paragraph("（征求意见稿）"));
        OfficialDocument dated = parse("某某市物业管理条例", "（2024年3月1日）", "第一条 为了规范物业管理活动，制定本条例。");
        assertThat(dated.titleNote()).isNull();
        // a note further down is body text; after the date it is the 附注
        OfficialDocument later = parse("某某局关于印发办法的通知", "现印发给你们。", "（2024年3月1日局务会议通过）", "某某局", "2024年3月5日", "（此件公开发布）");
        assertThat(later.titleNote()).isNull();
        assertThat(later.blocks()).containsExactly(new Block.Paragraph("现印发给你们。"), new Block.Paragraph("（2024年3月1日局务会议通过）"),
                new Block.Note("（此件公开发布）"));
    }

    // ---- 7. sibling headings in one form ----

    @Test
    void shortLabelLinesBesideAHeadingAreHeadingsToo() {
        OfficialDocument d = parse("某某局关于开展检查的通知",
                "一、检查范围：",
                "辖区内全部医疗机构。",
                "二、检查内容；",
                "对执业资质进行检查。",
                "四、时间安排；",
                "5月底前完成。",
                "某某局", "2025年3月5日");
        assertThat(d.blocks()).containsExactly(
                new Block.Heading(1, "一、", "检查范围："),
                new Block.Paragraph("辖区内全部医疗机构。"),
                new Block.Heading(1, "二、", "检查内容；"),
                new Block.Paragraph("对执业资质进行检查。"),
                new Block.Heading(1, "四、", "时间安排；"),
                new Block.Paragraph("5月底前完成。"));
        assertThat(d.warnings()).containsExactly(new Warning("numbering-gap", "一级标题从“二、”跳到“四、”，缺少“三、”"));
    }

    @Test
    void runInParagraphsStayParagraphsBesideAHeading() {
        OfficialDocument d = parse("某某局工作报告",
                "一、总体情况",
                "（一）强化法治学习。坚持“第一议题”抓学习。",
                "（二）规范执法行为",
                "（三）加强队伍建设；组织培训3次，考试2次，覆盖全体执法人员，确保持证上岗率达到百分之百。");
        assertThat(d.blocks()).containsExactly(
                new Block.Heading(1, "一、", "总体情况"),
                new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持“第一议题”抓学习。"),
                new Block.Heading(2, "（二）", "规范执法行为"),
                new Block.Paragraph(new Block.Lead(2, "（三）", ""), "加强队伍建设；组织培训3次，考试2次，覆盖全体执法人员，确保持证上岗率达到百分之百。"));
    }

    @Test
    void eachParentHasItsOwnSequence() {
        OfficialDocument d = parse("某某局工作报告",
                "一、主要工作",
                "（一）学习培训",
                "（二）执法检查；",
                "二、存在问题",
                "（一）宣传不够；",
                "（二）力量薄弱。队伍人员不足，专业人员缺乏。");
        assertThat(d.blocks()).containsExactly(
                new Block.Heading(1, "一、", "主要工作"),
                new Block.Heading(2, "（一）", "学习培训"),
                new Block.Heading(2, "（二）", "执法检查；"),
                new Block.Heading(1, "二、", "存在问题"),
                // no heading among these siblings: they stay as written
                new Block.Paragraph(new Block.Lead(2, "（一）", ""), "宣传不够；"),
                new Block.Paragraph(new Block.Lead(2, "（二）", "力量薄弱。"), "队伍人员不足，专业人员缺乏。"));
    }

    @Test
    void aSentenceBesideNumberedParagraphsIsANumberedParagraph() {
        OfficialDocument d = parse("某某县人民政府工作规则",
                "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。",
                "二、县政府工作的准则是，执政为民，依法行政，实事求是，民主公开。",
                "三、加强组织领导。");
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph(new Block.Lead(1, "一、", ""), "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。"),
                new Block.Paragraph(new Block.Lead(1, "二、", ""), "县政府工作的准则是，执政为民，依法行政，实事求是，民主公开。"),
                // no clause in it: a heading as before
                new Block.Heading(1, "三、", "加强组织领导。"));
    }

    @Test
    void siblingsInAnAppendixAreDecidedThere() {
        OfficialDocument d = parse("某某局关于印发方案的通知", "现印发给你们。", "2025年3月5日",
                "附件", "某某局检查工作方案", "一、工作目标", "二、工作步骤；");
        assertThat(d.appendices().getFirst().blocks()).containsExactly(
                new Block.Heading(1, "一、", "工作目标"), new Block.Heading(1, "二、", "工作步骤；"));
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    static List<String> labels(OfficialDocument d) {
        return SamplesTest.labels(d.blocks(), 1);
    }
}
