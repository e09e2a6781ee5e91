package org.gongwen.html;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortalPageTest {
    private static final HouseStyle REPORT = TemplateLibrary.load(null).get("report").style();
    private final PortalPage portal = new PortalPage();

    static OfficialDocument sample() {
        return OfficialDocument.builder()
                .title("关于加强<b>法治</b>建设的通知")
                .recipients("各科室")
                .issuers(List.of("钟山区卫生健康局", "钟山区司法局"))
                .date(LocalDate.of(2025, 1, 20))
                .publishDate(LocalDate.of(2025, 1, 21))
                .source("钟山区人民政府网")
                .blocks(List.of(
                        new Block.Paragraph("为深入学习贯彻<script>alert(1)</script>习近平法治思想。"),
                        new Block.Heading(1, "一、", "主要举措及成效"),
                        new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持“第一议题”。"),
                        new Block.Heading(2, "（二）", "规范执法"),
                        new Block.Heading(3, "1.", "细则"),
                        new Block.Attachments(List.of("名录甲", "名录乙")),
                        new Block.Table(List.of(List.of("项目", "数量"), List.of("案件", "33")), 1),
                        new Block.Note("（此件公开发布）")))
                .build();
    }

    @Test
    void pageHasTitleMetaLineHeadingsPerLevelAttachmentsAndSignature() {
        Document html = Jsoup.parse(portal.page(sample(), REPORT));
        assertThat(html.title()).isEqualTo("关于加强<b>法治</b>建设的通知");
        assertThat(html.select("article.gongwen h1").text()).isEqualTo("关于加强<b>法治</b>建设的通知");
        assertThat(html.select(".meta").text()).contains("发布时间：2025年1月21日").contains("来源：钟山区人民政府网");
        assertThat(html.select(".recipients").text()).isEqualTo("各科室：");
        assertThat(html.select("h2.level1").text()).isEqualTo("一、主要举措及成效");
        assertThat(html.select("h3.level2").text()).isEqualTo("（二）规范执法");
        assertThat(html.select("p.level3").text()).isEqualTo("1.细则");
        assertThat(html.select("p.body span.lead2").text()).isEqualTo("（一）强化法治学习。");
        assertThat(html.select(".attachments li").eachText()).containsExactly("附件：1.名录甲", "2.名录乙");
        assertThat(html.select("table th").eachText()).containsExactly("项目", "数量");
        assertThat(html.select("table td").eachText()).containsExactly("案件", "33");
        assertThat(html.select(".signature p").eachText()).containsExactly("钟山区卫生健康局", "钟山区司法局", "2025年1月20日");
        assertThat(html.select(".note").text()).isEqualTo("（此件公开发布）");
        assertThat(html.select("style").html()).contains("仿宋_GB2312").contains("FangSong");
    }

    /** Issue 15: a figure is a centred {@code <figure>}, the picture inline as data, the caption its alt text and figcaption. */
    @Test
    void aFigureIsAnImageWithItsCaption() {
        Document html = Jsoup.parse(portal.page(org.gongwen.testing.FigureDocs.figures(), REPORT));
        var figures = html.select("article.gongwen figure.figure");
        assertThat(figures).hasSize(5);
        var chart = figures.get(0).selectFirst("img");
        assertThat(chart.attr("src")).isEqualTo("data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(org.gongwen.testing.FigureDocs.CHART));
        assertThat(chart.attr("alt")).isEqualTo("图1　某某局组织架构图");
        assertThat(chart.attr("style")).isEqualTo("width:100.0%");   // as wide as the type area, as in the DOCX and PDF
        assertThat(figures.get(0).select("figcaption").text()).isEqualTo("图1　某某局组织架构图");
        assertThat(figures.get(1).selectFirst("img").attr("src")).startsWith("data:image/jpeg;base64,");
        assertThat(figures.get(2).selectFirst("img").attr("style")).isEqualTo("width:20.4%");   // 90 pt of 442.25
        assertThat(figures.get(3).select("figcaption")).isEmpty();
        // without a caption, the stand-in every output gives (compose.Wording.figureAlt)
        assertThat(figures.get(3).selectFirst("img").attr("alt")).isEqualTo(org.gongwen.compose.Wording.FIGURE_WITHOUT_CAPTION);
        assertThat(html.select(".appendix figure figcaption").text()).isEqualTo("附图　综合科岗位设置");
        assertThat(html.select("style").html()).contains(".gongwen figure img{max-width:100%;height:auto}",
                ".gongwen figure{margin:.6em 0;text-align:center}");
    }

    @Test
    void userTextIsEscapedNeverMarkup() {
        String page = portal.page(sample(), REPORT);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>法治")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Jsoup.parse(page).select("script")).isEmpty();
    }

    @Test
    void fragmentIsTheArticleAloneWithItsStyle() {
        String fragment = portal.fragment(org.gongwen.compose.Composer.compose(sample(), REPORT), REPORT).strip();
        assertThat(fragment).startsWith("<article class=\"gongwen\">").endsWith("</article>")
                .doesNotContain("<html").doesNotContain("<body");
        assertThat(Jsoup.parseBodyFragment(fragment).select("h2.level1")).hasSize(1);
    }

    @Test
    void legalStructureAndAppendices() {
        OfficialDocument d = OfficialDocument.builder().title("通知")
                .appendices(List.of(new org.gongwen.model.Appendix("管理办法", List.of(
                        new Block.Chapter("第一章", "总则"),
                        new Block.Article("第一条", null, "为了规范管理，制定本办法。")))))
                .build();
        Document html = Jsoup.parse(portal.page(d, REPORT));
        assertThat(html.select(".appendix .appendix-label").text()).isEqualTo("附件");
        assertThat(html.select(".appendix h2.appendix-title").text()).isEqualTo("管理办法");
        assertThat(html.select(".appendix h3.chapter").text()).isEqualTo("第一章　总则");
        assertThat(html.select(".appendix p.article").text()).isEqualTo("第一条　为了规范管理，制定本办法。");
        assertThat(html.select(".meta")).isEmpty();
    }
}
