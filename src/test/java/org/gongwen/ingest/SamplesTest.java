package org.gongwen.ingest;

import org.gongwen.testing.SharedSamples;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each real sample parses to the structure src/test/resources/samples/README.md describes. */
class SamplesTest {
    /** Words that only portal chrome carries. */
    private static final Pattern CHROME = Pattern.compile(
            "发布时间|阅读人次|来源[:：]|字体|打印本页|关闭窗口|扫一扫|返回顶部|网站地图|切换到电脑版|主办[:：]|建设与维护|联系地址|邮政编码");
    /** Half-width punctuation that must not remain next to Chinese text. */
    private static final Pattern HALF_WIDTH_IN_CHINESE = Pattern.compile("\\p{IsHan}[,:;?!()]|[,:;?!()]\\p{IsHan}");

    private static OfficialDocument parse(String name) throws IOException {
        return Importers.read(name, SharedSamples.bytes(name));
    }

    @Test
    void zijinReport() throws IOException {
        OfficialDocument d = parse("zijin-health-2025-rule-of-law-report.txt");
        assertThat(d.title()).isEqualTo("紫金县卫生健康局2025年法治政府建设年度报告");
        assertThat(d.issuers()).containsExactly("紫金县卫生健康局");
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(d.source()).isEqualTo("本网");
        assertThat(d.date()).isNull();
        assertThat(d.recipients()).isNull();
        assertThat(labels(d.blocks(), 1)).containsExactly("一、", "二、", "四、", "五、");
        assertThat(headings(d.blocks(), 1)).hasSize(4);
        // 二、 has two heading lines （一）（二）; 一、 and 四、 open their paragraphs with （一）…
        assertThat(headings(d.blocks(), 2)).extracting(Block.Heading::text)
                .containsExactly("强化第一责任人职责履行，筑牢法治工作根基", "多措并举提升治理成效，推进卫生健康法治建设进程");
        assertThat(leads(d.blocks(), 2)).extracting(Block.Lead::label)
                .containsExactly("（一）", "（二）", "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）");
        assertThat(leads(d.blocks(), 2).get(2).text()).isEqualTo("法治宣传教育深度与广度有待拓展。");
        assertThat(headings(d.blocks(), 3)).extracting(Block.Heading::label).containsExactly("1.", "2.", "3.", "4.");
        assertThat(headings(d.blocks(), 3).getFirst().text()).isEqualTo("严格规范行政执法，提升执法效能");
        assertThat(headings(d.blocks(), 4)).isEmpty();
        assertThat(d.warnings()).contains(new Warning("numbering-gap", "一级标题从“二、”跳到“四、”，缺少“三、”"));
        assertThat(d.warnings()).extracting(Warning::code).containsExactlyInAnyOrder("numbering-gap", "date-missing");
        // 一是…五是 under 五、 are paragraphs, not headings
        assertThat(d.blocks().getLast()).isInstanceOf(Block.Paragraph.class);
        assertThat(((Block.Paragraph) d.blocks().getLast()).text()).startsWith("五是持续推进涉企检查规范化。");
        assertThat(d.appendices()).isEmpty();
        assertClean(d);
        assertThat(allText(d)).contains("2025年，紫金县卫生健康局", "汇报如下：", "广东竞方（紫金）律师事务所",
                "“1310”", "12345热线", "宣传周（日）");
    }

    @Test
    void zhongshanReport() throws IOException {
        OfficialDocument d = parse("zhongshan-health-2024-rule-of-law-report.txt");
        assertThat(d.title()).isEqualTo("钟山区卫生健康局2024年度法治政府建设工作情况报告");
        assertThat(d.issuers()).containsExactly("六盘水市钟山区卫生健康局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(labels(d.blocks(), 1)).containsExactly("一、", "二、", "三、", "四、");
        assertThat(headings(d.blocks(), 2)).isEmpty();
        assertThat(leads(d.blocks(), 2)).hasSize(11);
        assertThat(leads(d.blocks(), 2).getFirst()).isEqualTo(new Block.Lead(2, "（一）", "强化法治学习。"));
        assertThat(leads(d.blocks(), 2).get(3).text()).isEqualTo("强化审核和“两法衔接”。");
        Block.Paragraph first = (Block.Paragraph) d.blocks().get(2);
        assertThat(first.text()).startsWith("坚持“第一议题”抓学习。");
        assertThat(d.warnings()).isEmpty();
        assertClean(d);
        assertThat(allText(d)).contains("《法治政府建设实施纲要（2021-2025）》", "报告如下：", "2万元以上（含2万元）",
                "无工勤人员、合同制、借用人员持证情况。").doesNotContain("\u00a0", "  ");
        // nothing of the footer after the date survives
        assertThat(d.blocks().getLast()).isInstanceOf(Block.Paragraph.class);
        assertThat(((Block.Paragraph) d.blocks().getLast()).lead().label()).isEqualTo("（三）");
    }

    @Test
    void shanghaiJointLetter() throws IOException {
        OfficialDocument d = parse("shanghai-soil-remediation-list-letter.txt");
        assertThat(d.title()).isEqualTo("上海市生态环境局 上海市规划和自然资源局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函");
        assertThat(d.issuers()).containsExactly("上海市生态环境局", "上海市规划和自然资源局");
        assertThat(d.recipients()).isEqualTo("各区人民政府，各有关单位");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(d.headings()).isEmpty();
        List<Block.Attachments> notes = d.blocks().stream().filter(Block.Attachments.class::isInstance)
                .map(Block.Attachments.class::cast).toList();
        assertThat(notes).hasSize(1);
        assertThat(notes.getFirst().items()).containsExactly(
                "上海市建设用地土壤污染风险管控和修复名录（截至2026年6月30日）",
                "上海市建设用地土壤污染风险管控和修复名录移出清单（截至2026年6月30日）");
        assertThat(d.blocks()).hasSize(3).last().isInstanceOf(Block.Attachments.class);
        assertThat(allText(d)).contains("58个地块（附件1）", "5个地块（附件2）", "（沪环规〔2026〕6号）")
                .doesNotContain("１");
        assertThat(d.warnings()).isEmpty();
        assertThat(d.appendices()).isEmpty();
        assertClean(d);
    }

    @Test
    void fengxianNoticeWithMeasures() throws IOException {
        OfficialDocument d = parse("fengxian-sponge-city-measures-notice.txt");
        assertThat(d.title()).isEqualTo("上海市奉贤区人民政府关于印发《奉贤区海绵城市规划建设管理办法》的通知");
        assertThat(d.issuers()).containsExactly("上海市奉贤区人民政府");
        assertThat(d.recipients()).isEqualTo("各镇人民政府，街道办事处，海湾旅游区管委会，各有关单位");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 1, 23));
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("《奉贤区海绵城市规划建设管理办法》已经区政府常务会议审议通过，现印发给你们，请遵照执行。"),
                new Block.Paragraph("特此通知。"));
        assertThat(d.appendices()).hasSize(1);
        Appendix measures = d.appendices().getFirst();
        assertThat(measures.title()).isEqualTo("奉贤区海绵城市规划建设管理办法");
        List<Block.Chapter> chapters = measures.blocks().stream().filter(Block.Chapter.class::isInstance)
                .map(Block.Chapter.class::cast).toList();
        assertThat(chapters).extracting(Block.Chapter::label)
                .containsExactly("第一章", "第二章", "第三章", "第四章", "第五章", "第六章");
        assertThat(chapters.get(2).text()).isEqualTo("规划、立项、用地、设计管理");
        List<Block.Article> articles = measures.blocks().stream().filter(Block.Article.class::isInstance)
                .map(Block.Article.class::cast).toList();
        assertThat(articles).hasSize(20);
        assertThat(articles.getFirst()).isEqualTo(new Block.Article("第一条", "目的和依据", ""));
        assertThat(articles.getLast()).isEqualTo(new Block.Article("第二十条", "特别约定", ""));
        assertThat(measures.blocks().get(1)).isEqualTo(articles.getFirst());
        assertThat(measures.blocks().get(2)).isInstanceOf(Block.Paragraph.class);
        assertThat(measures.blocks().getLast())
                .isEqualTo(new Block.Paragraph("本办法所涉及上位法调整时，本办法相关内容应参照上位依据适时调整。"));
        assertThat(measures.blocks()).noneMatch(Block.Heading.class::isInstance);
        assertThat(allText(d)).contains("落实主体责任；指导制定", "编制（修编）奉贤区", "（包括区级、街镇级国土空间总体规划）");
        assertThat(d.warnings()).isEmpty();
        assertClean(d);
    }

    /** No portal chrome and no half-width punctuation beside Chinese text anywhere in the result. */
    private static void assertClean(OfficialDocument d) {
        String all = allText(d);
        assertThat(CHROME.matcher(all).find()).as("portal chrome left in: %s", all).isFalse();
        assertThat(HALF_WIDTH_IN_CHINESE.matcher(all).find()).as("half-width punctuation left").isFalse();
        assertThat(all).doesNotContain("\u00a0", "\u3000");
    }

    static String allText(OfficialDocument d) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(d.title()));
        parts.add(String.valueOf(d.recipients()));
        parts.addAll(d.issuers());
        collect(d.blocks(), parts);
        for (Appendix a : d.appendices()) {
            parts.add(a.title());
            collect(a.blocks(), parts);
        }
        return String.join("\n", parts);
    }

    private static void collect(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> out.add(h.fullText());
                case Block.Paragraph p -> out.add(p.fullText());
                case Block.Attachments a -> out.addAll(a.items());
                case Block.Table t -> t.rows().forEach(out::addAll);
                case Block.Note n -> out.add(n.text());
                case Block.Chapter c -> out.add(c.label() + " " + c.text());
                case Block.Article a -> out.add(a.label() + Stream.of(a.caption(), a.text()).filter(s -> s != null).reduce("", String::concat));
                case Block.Figure f -> out.add(f.caption());
            }
        }
    }

    static List<Block.Heading> headings(List<Block> blocks, int level) {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filter(h -> h.level() == level).toList();
    }

    static List<Block.Lead> leads(List<Block> blocks, int level) {
        return blocks.stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).lead())
                .filter(l -> l != null && l.level() == level).toList();
    }

    static List<String> labels(List<Block> blocks, int level) {
        return headings(blocks, level).stream().map(Block.Heading::label).toList();
    }
}
