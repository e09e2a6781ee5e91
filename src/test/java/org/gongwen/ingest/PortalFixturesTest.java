package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.Cli;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page in src/test/resources/portal/ (README.md there gives its address) parses to what the page shows. */
class PortalFixturesTest {
    private static final Pattern CHROME = Pattern.compile(
            "发布时间|发布日期|来源[:：]|字号|字体|浏览|视力保护色|归档时间|当前位置|首页|返回顶部|打印|扫一扫|•|\\|");
    private static final Pattern HALF_WIDTH_IN_CHINESE = Pattern.compile("\\p{IsHan}[,:;?!().]|[,:;?!()]\\p{IsHan}");

    private static OfficialDocument parse(String name) throws IOException {
        try (InputStream in = PortalFixturesTest.class.getResourceAsStream("/portal/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Importers.read(name, in.readAllBytes());
        }
    }

    /** No metadata key or value, no chrome and no half-width punctuation beside Chinese text left in the document. */
    private static void assertClean(OfficialDocument d, String... metadataValues) {
        String all = SamplesTest.allText(d);
        assertThat(PortalTextTest.KEYS.matcher(all).find()).as("metadata left in: %s", all).isFalse();
        assertThat(CHROME.matcher(all).find()).as("chrome left in: %s", all).isFalse();
        assertThat(HALF_WIDTH_IN_CHINESE.matcher(all).find()).as("half-width punctuation left in: %s", all).isFalse();
        assertThat(all).doesNotContain(metadataValues);
    }

    private static <T extends Block> List<T> of(List<Block> blocks, Class<T> kind) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void zhenbaOneKeyPerLine() throws IOException {
        OfficialDocument d = parse("zhenba-county-government-work-rules.txt");
        assertThat(d.title()).isEqualTo("镇巴县人民政府工作规则");
        assertThat(d.docNumber()).isEqualTo("镇政发〔2024〕7号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2024, 4, 6));
        // its 发文机构 is "县政府网站": a site, no issuer
        assertThat(d.issuers()).isEmpty();
        assertThat(d.recipients()).isNull();
        assertThat(of(d.blocks(), Block.Chapter.class)).extracting(Block.Chapter::text).containsExactly("总则", "组成人员和政府职能");
        assertThat(d.blocks().getFirst()).isEqualTo(new Block.Chapter("第一章", "总则"));
        // 一、…四、 number the rules' paragraphs: no heading among them
        assertThat(d.headings()).isEmpty();
        assertThat(SamplesTest.leads(d.blocks(), 1)).extracting(Block.Lead::label).containsExactly("一、", "二、", "三、", "四、");
        assertThat(d.appendices()).isEmpty();
        assertThat(d.warnings()).isEmpty();
        assertClean(d, "6107280000", "县政府网站", "16:40");
    }

    @Test
    void taihuSeveralPairsALine() throws IOException {
        OfficialDocument d = parse("taihu-county-government-work-rules-notice.txt");
        assertThat(d.title()).isEqualTo("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知");
        assertThat(d.recipients()).isEqualTo("各乡、镇人民政府，县政府各部门、各直属机构");
        assertThat(d.issuers()).containsExactly("太湖县人民政府");
        // the document's own date, not the table's 生成日期 2019-01-23
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 1, 17));
        assertThat(d.docNumber()).isNull();
        assertThat(d.blocks()).containsExactly(
                new Block.Paragraph("《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。"));
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("太湖县人民政府工作规则");
        List<Block> rules = d.appendices().getFirst().blocks();
        assertThat(rules.getFirst()).isEqualTo(new Block.Chapter("第一章", "总则"));
        assertThat(SamplesTest.leads(rules, 1)).extracting(Block.Lead::label).containsExactly("一、", "二、", "三、");
        assertThat(rules).noneMatch(Block.Heading.class::isInstance);
        assertThat(d.warnings()).isEmpty();
        assertClean(d, "003129766", "规范性文件发布", "590", "2020-01-23");
    }

    @Test
    void yueyangDocNumberAfterTheTitle() throws IOException {
        OfficialDocument d = parse("yueyang-government-affairs-openness-notice.txt");
        assertThat(d.title()).isEqualTo("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知");
        assertThat(d.docNumber()).isEqualTo("岳办发〔2017〕2号");
        assertThat(d.issuers()).containsExactly("中共岳阳市委办公室", "岳阳市人民政府办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2017, 1, 10));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2017, 1, 12));
        assertThat(d.source()).isEqualTo("岳阳市政府门户网");
        assertThat(d.recipients()).startsWith("各县市区委、人民政府，岳阳经济技术开发区").endsWith("中央、省驻岳单位");
        assertThat(d.blocks()).hasSize(1);
        Appendix opinion = d.appendices().getFirst();
        assertThat(opinion.title()).isEqualTo("关于全面推进政务公开工作的实施意见");
        assertThat(SamplesTest.headings(opinion.blocks(), 1)).extracting(Block.Heading::text).containsExactly("把握总体要求，明确工作目标");
        assertThat(SamplesTest.leads(opinion.blocks(), 2)).containsExactly(new Block.Lead(2, "（一）", "总体要求。"));
        assertThat(SamplesTest.allText(d)).contains("《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》（中办发〔2016〕8号）");
        assertThat(d.warnings()).isEmpty();
        assertClean(d, "2018-11-21", "视力保护色");
    }

    @Test
    void gansuTitleTwiceAndAnAppendix() throws IOException {
        OfficialDocument d = parse("gansu-npc-rules-consultation-notice.txt");
        assertThat(d.title()).isEqualTo("关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》向社会公开征求意见的公告");
        assertThat(d.source()).isEqualTo("甘肃人大网");
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2023, 3, 30));
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 30));
        assertThat(d.issuers()).containsExactly("甘肃省人大常委会法制工作委员会");
        assertThat(d.blocks().getFirst()).isEqualTo(new Block.Paragraph("《甘肃省人民代表大会常务委员会议事规则（修订草案）》已经省十四届人大常委会"
                + "第二次会议初次审议。现向社会公开征求意见，敬请社会各界人士提出宝贵意见和建议，公众可通过以下途径和方式反馈意见和建议："));
        assertThat(of(d.blocks(), Block.Attachments.class)).singleElement().extracting(Block.Attachments::items).asList().containsExactly(
                "关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》的说明", "甘肃省人民代表大会常务委员会议事规则（修订草案）");
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》的说明");
        assertThat(SamplesTest.labels(d.appendices().getFirst().blocks(), 1)).containsExactly("一、");
        assertThat(d.warnings()).isEmpty();
        assertClean(d, "11:03");
    }

    @Test
    void zhangyeBarredCellsAndATitleNote() throws IOException {
        OfficialDocument d = parse("zhangye-legislation-regulations.txt");
        assertThat(d.title()).isEqualTo("张掖市立法条例");
        assertThat(d.titleNote())
                .startsWith("（2016年11月13日张掖市第四届人民代表大会第一次会议通过 2017年3月30日甘肃省第十二届人民代表大会常务委员会第三十次会议批准 根据2024年5月7日")
                .endsWith("《张掖市人民代表大会常务委员会关于修改〈张掖市立法条例〉的决定》修正）");
        assertThat(d.issuers()).containsExactly("霍城镇");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(d.docNumber()).isNull();
        assertThat(of(d.blocks(), Block.Article.class)).extracting(Block.Article::label).containsExactly("第一条", "第二条", "第三条");
        assertThat(d.blocks()).noneMatch(b -> b instanceof Block.Paragraph p && p.text().contains("张掖市立法条例"));
        assertThat(d.blocks()).noneMatch(Block.Note.class::isInstance);
        assertClean(d, "6207250033", "主动公开", "16:26");
    }

    /** What {@code gongwen parse FILE} prints for a page with a metadata table: 发文字号, dates and no key in the body. */
    @Test
    void parseCommandFillsTheMetadata() throws URISyntaxException {
        Path page = Path.of(PortalFixturesTest.class.getResource("/portal/zhenba-county-government-work-rules.txt").toURI());
        Cli run = Cli.run("parse", page.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        OfficialDocument d = ModelJson.read(run.out);
        assertThat(d.docNumber()).isEqualTo("镇政发〔2024〕7号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(d.publishDate()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(PortalTextTest.KEYS.matcher(SamplesTest.allText(d)).find()).isFalse();
    }
}
