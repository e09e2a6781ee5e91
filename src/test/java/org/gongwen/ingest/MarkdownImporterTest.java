package org.gongwen.ingest;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownImporterTest {

    /** A Markdown upload, as the importers read one. */
    private static OfficialDocument markdown(String text) {
        return Importers.read("draft.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headingsLabelsTablesAndAttachments() {
        OfficialDocument d = markdown("""
                # 某某局关于报送**统计数据**的通知

                各科室：

                为做好年度统计工作，现将有关事项通知如下。

                ## 一、报送内容

                ### 主要指标

                （一）人员情况。按岗位统计在岗人数。

                | 指标 | 2024年 | 2025年 |
                |------|-------:|-------:|
                | 在岗人数 | 120 | 135 |
                | 培训人次 | 1,200 | 1,560 |

                ## 二、报送要求
                1.按时报送
                2.数据准确

                附件：
                1. 统计报表（样表）
                2. 填报说明

                某某局
                2025年3月1日
                """);
        assertThat(d.title()).isEqualTo("某某局关于报送统计数据的通知");
        assertThat(d.recipients()).isEqualTo("各科室");
        assertThat(d.issuers()).containsExactly("某某局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("为做好年度统计工作，现将有关事项通知如下。"),
                new Block.Heading(1, "一、", "报送内容"),
                new Block.Heading(2, "", "主要指标"),
                new Block.Paragraph(new Block.Lead(2, "（一）", "人员情况。"), "按岗位统计在岗人数。"),
                new Block.Table(List.of(List.of("指标", "2024年", "2025年"), List.of("在岗人数", "120", "135"),
                        List.of("培训人次", "1,200", "1,560")), 1),
                new Block.Heading(1, "二、", "报送要求"),
                new Block.Heading(3, "1.", "按时报送"),
                new Block.Heading(3, "2.", "数据准确"),
                new Block.Attachments(List.of("统计报表（样表）", "填报说明")));
    }

    @Test
    void softWrappedChineseParagraphsJoinWithoutSpaces() {
        OfficialDocument d = markdown("""
                某某局2025年工作总结

                今年以来，我局认真贯彻落实
                各项决策部署，取得了明显成效。
                """);
        assertThat(d.title()).isEqualTo("某某局2025年工作总结");
        assertThat(d.blocks()).containsExactly(new Block.Paragraph("今年以来，我局认真贯彻落实各项决策部署，取得了明显成效。"));
    }

    @Test
    void absurdNestingIsRefusedNotACrash() {
        assertThatThrownBy(() -> markdown(">".repeat(100_000) + " 引用"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("markdown-too-deep"));
    }

    @Test
    void withoutATitleHeadingTheLevelsStartAtTheTopHeading() {
        OfficialDocument d = markdown("""
                正文第一段，没有标题。

                ## 工作进展

                ### 下一步打算
                """);
        assertThat(d.headings()).containsExactly(new Block.Heading(1, "", "工作进展"), new Block.Heading(2, "", "下一步打算"));
    }
}
