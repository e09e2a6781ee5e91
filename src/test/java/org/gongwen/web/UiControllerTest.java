package org.gongwen.web;

import org.gongwen.testing.SharedSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clerk's pages without a browser: what they show, and that corrections reach the output. */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class UiControllerTest {
    @Autowired
    MockMvc mvc;

    @Test
    void startPageOffersPasteAndUpload() throws Exception {
        Document page = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form[action^=/understand] textarea[name=text]")).hasSize(1);
        assertThat(page.select("form[action^=/understand] input[type=file][name=file]")).hasSize(1);
        // the page's only script is the review's own file (the policy allows no inline script)
        assertThat(page.select("script").eachAttr("src")).containsExactly("/js/review.js");
        assertThat(page.select("script").html()).isEmpty();
    }

    @Test
    void understoodDocumentIsShownForCorrection() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZIJIN));
        assertThat(page.select("#title").text()).contains("法治政府建设");
        // the numbering gap is said beside the heading after it
        assertThat(page.select("li.row.kind-h1 .notes").text()).contains("三");
        List<String> headings = page.select("li.row.kind-h1 textarea").eachText();
        assertThat(headings).anyMatch(h -> h.startsWith("一、")).anyMatch(h -> h.startsWith("四、"));
        assertThat(page.select("input[name=model]").val()).startsWith("{");
        assertThat(page.select("#review-form input[name=template]").eachAttr("value")).contains("report", "redhead");
    }

    @Test
    void correctionsReachTheDownload() throws Exception {
        Document page = understand(SharedSamples.text(SharedSamples.ZHONGSHAN));
        String first = page.select("li.row.kind-h1").first().attr("data-id");
        // the first heading is renamed and demoted to level 2, with a comma in its text
        BrowserForm form = BrowserForm.of(page, "#review-form")
                .set("title", "更正后的标题")
                .set("issuers", "钟山区卫生健康局")
                .set("date", "2025-02-01")
                .set("docNumber", "钟卫健发〔2025〕3号")
                .set("recipients", "区人民政府")
                .setRepeated("k", first + ":", first + ":h2")
                .set("t." + first, "一、主要举措,及成效");
        var response = mvc.perform(form.post("/download", "format", "html")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains(ApiControllerTest.encode("更正后的标题.html"));
        Document html = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).isEqualTo("更正后的标题");
        assertThat(html.select("h3.level2").first().text()).isEqualTo("一、主要举措,及成效");
        assertThat(html.select(".docnumber").text()).isEqualTo("钟卫健发〔2025〕3号");
        assertThat(html.select(".signature p").eachText()).containsExactly("钟山区卫生健康局", "2025年2月1日");
    }

    @Test
    void uploadIsUnderstoodToo() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "通知.md", "text/markdown",
                "# 关于开展安全检查的通知\n\n各科室：\n\n## 一、检查范围\n\n全局办公场所。\n".getBytes(StandardCharsets.UTF_8));
        Document page = page(mvc.perform(multipart("/understand").file(file).param("template", "report"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#title").text()).isEqualTo("关于开展安全检查的通知");
    }

    @Test
    void aWordDraftIsCheckedBesideWhatWasUnderstood() throws Exception {
        MockMultipartFile draft = new MockMultipartFile("file", "草稿.docx", "application/octet-stream", WordDrafts.wordDefault());
        Document page = page(mvc.perform(multipart("/understand").file(draft).param("template", "report"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#title").text()).isEqualTo("关于开展安全检查的通知");
        assertThat(page.select("details.draft summary").text()).contains("错误");
        assertThat(page.select("details.draft li.group")).isNotEmpty();
    }

    @Test
    void badInputIsShownOnThePageInChinese() throws Exception {
        Document page = page(mvc.perform(multipart("/understand").param("text", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".alert").text()).contains("请粘贴公文文本");
        Document tampered = page(mvc.perform(post("/download").param("model", "{not json"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tampered.select(".alert").text()).contains("JSON");
    }

    @Test
    void userTextIsEscapedInThePage() throws Exception {
        Document page = understand("关于<script>alert(1)</script>的通知\n\n各科室：\n\n请<b onclick=x>做好</b>工作。");
        assertThat(page.select("script").eachAttr("src")).containsExactly("/js/review.js");
        assertThat(page.select("[onclick]")).isEmpty();
    }

    @Test
    void withoutAnAdminTokenTheTemplatesPageOffersNoUpload() throws Exception {
        Document page = page(mvc.perform(get("/templates")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form[action=/templates/adopt]")).isEmpty();
        assertThat(page.select("#adopt").text()).contains("没有开启模板上传");
        Document refused = page(mvc.perform(multipart("/templates/adopt")
                        .file(new MockMultipartFile("file", "公文.docx", "application/octet-stream", new byte[]{1}))
                        .param("id", "bureau").param("token", "x"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select(".alert").text()).contains("没有开启模板上传");
        assertThat(refused.select("form[action=/templates/adopt]")).isEmpty();
    }

    private Document understand(String text) throws Exception {
        return page(mvc.perform(multipart("/understand").param("text", text).param("template", "report"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
