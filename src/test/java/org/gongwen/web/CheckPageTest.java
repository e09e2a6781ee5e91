package org.gongwen.web;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.testing.SharedSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check page: findings grouped by rule, and a Word draft set anew in the template in the same request. */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class CheckPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Gongwen gongwen;

    @Test
    void findingsAreGroupedByRuleErrorsFirstWithTheirPlaces() throws Exception {
        Document page = check(songtiDraft(), null);
        assertThat(page.select("#findings .summary").text()).matches("错误 \\d+ 处，提示 \\d+ 处。");
        Element body = page.selectFirst("#findings li.group[data-rule=body-font]");
        assertThat(body).isNotNull();
        assertThat(body.select(".where").text()).isEqualTo("第3、4、5段 等 8 处");
        assertThat(body.select(".message").text()).isEqualTo("正文字体应为仿宋_GB2312三号，此处为宋体小四");
        assertThat(body.select("details .places li")).hasSize(8);
        // one entry per rule, and no error after a warning
        List<String> rules = page.select("#findings li.group").eachAttr("data-rule");
        assertThat(rules).doesNotHaveDuplicates();
        List<Boolean> errors = page.select("#findings li.group").stream().map(g -> g.hasClass("error")).toList();
        assertThat(errors).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(errors).contains(true, false);
        assertThat(page.select("#reset")).isEmpty();
        assertThat(page.select("#reset-hint").text()).contains("检查并按模板重新排版");
        // the page's one level-1 heading, and its place in the navigation said to a screen reader
        assertThat(page.select("h1").eachText()).containsExactly("格式检查");
        assertThat(page.select("header nav a[aria-current=page]").eachText()).containsExactly("格式检查");
    }

    @Test
    void resetSetsTheDraftInTheTemplateChecksTheResultAndOffersTheDocx() throws Exception {
        Document page = check(WordDrafts.wordDefault(), "1");
        assertThat(page.select("#reset .compare").text()).isEqualTo("原稿：错误 9 处，提示 3 处；重新排版后：错误 0 处，提示 0 处。");
        assertThat(page.select("#reset .passed").text()).contains("没有发现问题");
        assertThat(page.select("#findings h2").text()).isEqualTo("原稿检查结果：草稿.docx");
        assertThat(page.select("#findings li.group")).isNotEmpty();
        assertThat(page.text()).doesNotContain("全部纠正");
        assertThat(page.select("#reset-hint")).isEmpty();

        Element form = page.selectFirst("#reset form[action=/download]");
        assertThat(form).isNotNull();
        byte[] docx = mvc.perform(post("/download").param("model", form.select("input[name=model]").val())
                        .param("template", form.select("input[name=template]").val())
                        .param("format", form.select("input[name=format]").val()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        // the download is the document that was checked
        assertThat(gongwen.check("结果.docx", docx, "report")).isEmpty();
    }

    @Test
    void aNumberingGapIsKeptAsWrittenAndSaid() throws Exception {
        Document page = check(draft(List.of("一、检查范围", "全局办公场所。", "三、工作要求", "按时完成。")), "1");
        assertThat(page.select("#reset .warnings").text()).contains("缺少“二、”");
    }

    @Test
    void aPdfIsCheckedButNotSetAnew() throws Exception {
        byte[] pdf = gongwen.render(gongwen.readText(SharedSamples.text(SharedSamples.ZHONGSHAN)), "report", Format.PDF).bytes();
        Document page = page(mvc.perform(multipart("/check").file(new MockMultipartFile("file", "成稿.pdf", "application/pdf", pdf))
                .param("template", "report").param("reset", "1")).andExpect(status().isOk()));
        assertThat(page.select("#reset .alert").text()).contains("只有 Word 草稿（.docx）可以按模板重新排版");
        assertThat(page.select("#reset form")).isEmpty();
        assertThat(page.select("#findings .passed, #findings .summary")).isNotEmpty();
    }

    private Document check(byte[] docx, String reset) throws Exception {
        var request = multipart("/check").file(new MockMultipartFile("file", "草稿.docx", "application/octet-stream", docx))
                .param("template", "report");
        if (reset != null) request.param("reset", reset);
        return page(mvc.perform(request).andExpect(status().isOk()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A bold title, 主送 and eight body paragraphs in 宋体小四: one rule broken in eight places. */
    private static byte[] songtiDraft() throws IOException {
        List<String> body = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) body.add("第" + i + "项工作按计划推进，各科室要加强协调配合，确保按时完成。");
        return draft(body);
    }

    private static byte[] draft(List<String> body) throws IOException {
        return WordDrafts.inSongti(body);
    }
}
