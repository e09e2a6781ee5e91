package org.gongwen.layout;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: documents built in code. */
public final class Docs {
    private Docs() {}

    /** Realistic body text: punctuation, quotes, book-title marks, Latin and digit runs. */
    public static final String[] SENTENCES = {
            "为深入学习贯彻习近平法治思想，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》文件精神，",
            "结合卫生健康工作实际，全面推进法治政府建设工作。",
            "组织卫健系统干部职工通过公众号“举名教育”学习《中华人民共和国民法典》获取学分活动；",
            "辖区一级以上医疗机构通过LED屏、标语等开展宣传活动，共覆盖1290家次，完成率100%。",
            "截至2025年1月20日，共出具审查意见书16份，出具法律意见书19份……",
            "依照钟卫健发〔2025〕12号文件要求，对重大行政处罚案件进行法制审查——做到应审尽审。",
            "各单位要高度重视，明确责任分工，确保各项任务落到实处！",
            "是否按期完成？请于每月5日前报送进展情况：联系人张三，电话0858-8221234。",
    };

    public static String text(int sentences, int seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) b.append(SENTENCES[(i * 7 + seed) % SENTENCES.length]);
        return b.toString();
    }

    public static OfficialDocument report() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(text(3, 0)));
        blocks.add(new Block.Heading(1, "一、", "主要举措及成效"));
        blocks.add(new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), text(4, 1)));
        blocks.add(new Block.Paragraph(new Block.Lead(2, "（二）", "强化规范持证。"), text(5, 2)));
        blocks.add(new Block.Heading(2, "（三）", "强化普法宣传"));
        blocks.add(new Block.Paragraph(text(6, 3)));
        blocks.add(new Block.Heading(1, "二、", "存在的问题"));
        blocks.add(new Block.Paragraph(new Block.Lead(3, "1.", "制度建设有待完善。"), text(3, 4)));
        blocks.add(new Block.Attachments(List.of("钟山区卫生健康局2024年度法治政府建设工作要点及任务分解表", "行政执法人员名单")));
        blocks.add(new Block.Note("此件公开发布"));
        return OfficialDocument.builder()
                .title("钟山区卫生健康局关于2024年度法治政府建设工作情况的报告")
                .docNumber("钟卫健发〔2025〕12号")
                .recipients("区人民政府")
                .issuers(List.of("六盘水市钟山区卫生健康局"))
                .date(LocalDate.of(2025, 1, 20))
                .blocks(blocks)
                .appendices(List.of(new Appendix("钟山区卫生健康局2024年度法治政府建设工作要点",
                        List.of(new Block.Chapter("第一章", "总则"),
                                new Block.Article("第一条", null, text(2, 5)),
                                new Block.Heading(1, "一、", "工作目标"),
                                new Block.Paragraph(text(4, 6))))))
                .build();
    }

    /** A body of {@code paragraphs} long paragraphs, nothing else (for full-page checks). */
    public static OfficialDocument longBody(int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) blocks.add(new Block.Paragraph(text(6 + i % 5, i)));
        return OfficialDocument.builder().title("关于加强法治政府建设的通知").docNumber("钟卫健发〔2025〕12号")
                .blocks(blocks).build();
    }
}
