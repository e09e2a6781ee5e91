package org.gongwen.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.testing.SharedSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page without JavaScript (issue 16): the whole document shown block by block, every field
 * the templates print, corrections of any block reaching the files, the row buttons, and nothing the
 * clerk typed lost on the way — through a preview, a correction that cannot be used, or an error.
 */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class ReviewPageTest {
    @Autowired
    MockMvc mvc;

    @Test
    void theWholeNoticeIsShownWithItsAppendixOutline() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.FENGXIAN));
        // the 印发 notice's own two paragraphs, then the attached 办法: its title and its chapters and articles
        assertThat(page.select("li.row.kind-appendix input[type=text]").val()).isEqualTo("奉贤区海绵城市规划建设管理办法");
        assertThat(page.select("li.row.kind-chapter")).hasSize(6);
        assertThat(page.select("li.row.kind-article")).hasSize(20);
        assertThat(page.select("li.row.kind-chapter textarea").first().text()).startsWith("第一章");
        // every field a template prints has its place, filled as understood
        assertThat(page.select("#recipients").val()).startsWith("各镇人民政府");
        assertThat(page.select("#issuers").text()).isEqualTo("上海市奉贤区人民政府");
        assertThat(page.select("#date").val()).isEqualTo("2026-01-23");
        for (String field : List.of("title", "titleNote", "docNumber", "notes", "cc", "printer", "printDate")) {
            assertThat(page.select("#review-form [name=" + field + "]")).as(field).hasSize(1);
        }
        // one template chooser, with names and first pages
        assertThat(page.select("input[type=radio][name=template]").eachAttr("value")).contains("report", "redhead");
        assertThat(page.select("label.choice strong").eachText()).contains("红头文件");
        assertThat(page.select("label.choice img.thumb").attr("src")).startsWith("data:image/png");
        assertThat(page.select("select[name=template]")).isEmpty();
    }

    @Test
    void aClerkCorrectsAnAppendixHeadingAddsACcLineAndBreaksTheTitleByHand() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.FENGXIAN));
        Element chapter = page.select("li.row.kind-chapter").get(1);
        String id = chapter.attr("data-id");
        assertThat(id).startsWith("b1.");
        BrowserForm form = BrowserForm.of(page, "#review-form")
                .set("t." + id, "第二章 规划与建设管理")
                .set("title", "上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知")
                .set("cc", "区委办公室，区人大常委会办公室")
                .set("printer", "上海市奉贤区人民政府办公室")
                .set("template", "redhead");
        // the preview first: the corrections are kept on the page it answers with
        Document previewed = html(mvc.perform(form.post("/preview", null, null)).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(previewed.select("#title").first().wholeText()).isEqualTo("上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知");
        assertThat(previewed.select("#cc").val()).isEqualTo("区委办公室，区人大常委会办公室");
        assertThat(previewed.select("textarea[name=t." + id + "]").text()).isEqualTo("第二章　规划与建设管理");
        assertThat(previewed.select("#text").text()).startsWith("上海市奉贤区人民政府关于印发");   // the paste is still there
        assertThat(previewed.select("input[type=radio][name=template][checked]").val()).isEqualTo("redhead");

        BrowserForm again = BrowserForm.of(previewed, "#review-form");
        MockHttpServletResponse pdf = mvc.perform(again.post("/download", "format", "pdf")).andExpect(status().isOk())
                .andReturn().getResponse();
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text).contains("第二章　规划与建设管理").doesNotContain("第二章　规划建设");
        assertThat(text).contains("抄送：区委办公室，区人大常委会办公室。");
        assertThat(text).contains("上海市奉贤区人民政府办公室");
        // the title on the two lines the clerk set
        assertThat(text).contains("上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知");
    }

    @Test
    void rowButtonsMoveMergeDeleteAndALineBreakSplits() throws Exception {
        Document page = understand("关于开展安全检查的通知\n\n各科室：\n\n第一段。\n\n第二段。\n\n第三段。\n\n某某局\n\n2025年3月1日");
        List<String> ids = page.select("li.row").eachAttr("data-id");
        assertThat(ids).hasSize(3);
        BrowserForm form = BrowserForm.of(page, "#review-form");

        assertThat(rows(mvc.perform(form.post("/review", "op", "up:" + ids.get(2))).andReturn().getResponse()))
                .containsExactly("第一段。", "第三段。", "第二段。");
        assertThat(rows(mvc.perform(form.post("/review", "op", "down:" + ids.get(0))).andReturn().getResponse()))
                .containsExactly("第二段。", "第一段。", "第三段。");
        assertThat(rows(mvc.perform(form.post("/review", "op", "merge:" + ids.get(0))).andReturn().getResponse()))
                .containsExactly("第一段。第二段。", "第三段。");
        assertThat(rows(mvc.perform(form.post("/review", "op", "delete:" + ids.get(1))).andReturn().getResponse()))
                .containsExactly("第一段。", "第三段。");
        // a line break typed into a paragraph splits it; the part split off is read as a pasted line is
        form.set("t." + ids.get(1), "第二段。\n二、工作要求");
        Document split = html(mvc.perform(form.post("/review", null, null)).andReturn().getResponse());
        assertThat(split.select("li.row textarea").eachText()).containsExactly("第一段。", "第二段。", "二、工作要求", "第三段。");
        assertThat(split.select("li.row").get(2).hasClass("kind-h1")).isTrue();
        // and the number gap the new heading opens is said beside it, not at the top
        assertThat(split.select("li.row").get(2).select(".notes").text()).contains("一、");
    }

    @Test
    void aKindChosenForARowIsWhatThePortalPagePrints() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZHONGSHAN));
        Element firstHeading = page.select("li.row.kind-h1").first();
        String id = firstHeading.attr("data-id");
        String text = firstHeading.select("textarea").text();
        BrowserForm form = BrowserForm.of(page, "#review-form").setRepeated("k", id + ":", id + ":p");
        Document html = html(mvc.perform(form.post("/download", "format", "html")).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(html.select("p.body").eachText()).contains(text);
        assertThat(html.select("h2.level1").eachText()).doesNotContain(text);
    }

    @Test
    void aFieldTheTemplateDoesNotPrintIsSaidBesideIt() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZIJIN));
        BrowserForm form = BrowserForm.of(page, "#review-form").set("docNumber", "钟卫健发〔2025〕12号").set("cc", "市卫生健康委");
        Document report = html(mvc.perform(form.post("/review", null, null)).andReturn().getResponse());
        assertThat(report.select("#docNumber + .notes, label:has(#docNumber) + .notes").text()).contains("不印发文字号");
        assertThat(report.select("#part-imprint .notes").text()).contains("不印抄送");
        Document redhead = html(mvc.perform(BrowserForm.of(report, "#review-form").set("template", "redhead")
                .post("/review", null, null)).andReturn().getResponse());
        assertThat(redhead.select("label:has(#docNumber) + .notes")).isEmpty();
        assertThat(redhead.select("#part-imprint .notes").text()).contains("没有填写印发机关");
    }

    @Test
    void aCorrectionThatCannotBeUsedKeepsEverythingAsTyped() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZIJIN));
        String id = page.select("li.row").get(3).attr("data-id");
        BrowserForm form = BrowserForm.of(page, "#review-form")
                .set("title", "改过的标题")
                .set("t." + id, "改过的一段。")
                .set("printDate", "2025-13-45");
        Document refused = html(mvc.perform(form.post("/preview", null, null)).andExpect(status().is4xxClientError())
                .andReturn().getResponse());
        assertThat(refused.select("#review .alert").text()).contains("日期");
        assertThat(refused.select("#title").text()).isEqualTo("改过的标题");
        assertThat(refused.select("textarea[name=t." + id + "]").text()).isEqualTo("改过的一段。");
        assertThat(refused.select("#printDate").val()).isEqualTo("2025-13-45");
        assertThat(refused.select("#text").text()).isEqualTo(SharedSamples.text(SharedSamples.ZIJIN).strip());
        assertThat(refused.select("input[name=model]").val()).isEqualTo(page.select("input[name=model]").val());
    }

    @Test
    void pastedTextSurvivesAnUploadThatCannotBeRead() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "报告.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        String text = "关于开展安全检查的通知\n\n各科室：\n\n请做好检查。";
        Document page = html(mvc.perform(multipart("/understand").file(pdf).param("text", text)).andExpect(status().is4xxClientError())
                .andReturn().getResponse());
        assertThat(page.select(".alert").text()).contains("只用一种");
        assertThat(page.select("#text").text()).isEqualTo(text);
        Document alone = html(mvc.perform(multipart("/understand").file(pdf)).andExpect(status().is4xxClientError())
                .andReturn().getResponse());
        assertThat(alone.select(".alert").text()).isNotBlank();
    }

    @Test
    void thePreviewShowsEveryPageOneAddressEach() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZIJIN));
        Document previewed = html(mvc.perform(BrowserForm.of(page, "#review-form").post("/preview", null, null))
                .andExpect(status().isOk()).andReturn().getResponse());
        String count = previewed.select("#pages .hint").text();
        List<String> pages = previewed.select("#pages img.page").eachAttr("src");
        assertThat(count).contains("共 " + pages.size() + " 页");
        assertThat(pages.size()).isGreaterThan(6);   // more than the six pages the old preview stopped at
        assertThat(previewed.select("#pages img.page").get(pages.size() - 1).attr("loading")).isEqualTo("lazy");
        // the downloads under the preview send the review form, as those in it do
        assertThat(previewed.select("#review-form button[name=format]").eachAttr("id")).containsExactly("download-pdf", "download-docx", "download-html");
        assertThat(previewed.select("#pages button[name=format]").eachAttr("form")).containsExactly("review-form", "review-form", "review-form");
        assertThat(previewed.select("#pages button[name=format]").eachAttr("value")).containsExactly("pdf", "docx", "html");
        byte[] last = mvc.perform(get(pages.getLast())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(last).startsWith(0x89, 'P', 'N', 'G');
        mvc.perform(get(pages.getLast().replaceFirst("/\\d+\\.png$", "/999.png"))).andExpect(status().isNotFound());
        mvc.perform(get("/preview/0123456789abcdef0123456789abcdef/1.png")).andExpect(status().isNotFound());
        mvc.perform(get("/preview/..%2F..%2Fetc/1.png")).andExpect(status().is4xxClientError());
        // an address no page has: not found, never a server error
        for (String bad : List.of("abc", "0", "99999999999", "-1")) {
            mvc.perform(get(pages.getLast().replaceFirst("/\\d+\\.png$", "/" + bad + ".png"))).andExpect(status().isNotFound());
        }
        // a page asked for again is the same image
        assertThat(mvc.perform(get(pages.getLast())).andReturn().getResponse().getContentAsByteArray()).isEqualTo(last);
    }

    private Document understand(String text) throws Exception {
        return html(mvc.perform(multipart("/understand").param("text", text).param("template", "report"))
                .andExpect(status().isOk()).andReturn().getResponse());
    }

    private static List<String> rows(MockHttpServletResponse response) throws Exception {
        return html(response).select("li.row textarea").eachText();
    }

    static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
