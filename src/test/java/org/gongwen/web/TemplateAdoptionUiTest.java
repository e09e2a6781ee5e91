package org.gongwen.web;

import org.gongwen.testing.FinishedDocuments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The templates page's 用本单位的公文生成模板: upload with the admin token, see what was learned and the
 * specimen typeset with it, 确认保存 stores it; nothing is stored before, and a wrong token gets nothing.
 */
@SpringBootTest(classes = GongwenApplication.class, properties = "gongwen.admin-token=ui-s3cret")
@AutoConfigureMockMvc
class TemplateAdoptionUiTest {
    static Path templates;

    @Autowired
    MockMvc mvc;
    @Autowired
    AdoptedTemplates held;

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-ui-templates");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(templates);
    }

    @Test
    void uploadShowsTheReportAndPreviewAndConfirmStores() throws Exception {
        Document list = page(mvc.perform(get("/templates")).andExpect(status().isOk()));
        assertThat(list.select("form[action=/templates/adopt] input[type=file][name=file]")).hasSize(1);
        assertThat(list.select("form[action=/templates/adopt] input[type=password][name=token]")).hasSize(1);

        Document report = page(adopt("letters", "ui-s3cret", FinishedDocuments.redheadInSongti()).andExpect(status().isOk()));
        assertThat(report.select("#adoption h2").text()).contains("letters");
        assertThat(report.select("table.roles th").eachText()).containsExactly("要素", "学到的样式", "来自");
        assertThat(report.select("table.roles tbody tr")).hasSizeGreaterThan(5);
        assertThat(report.select("table.roles tr.learned td:first-child").eachText()).contains("标题");
        assertThat(report.select("#adoption").text()).contains("红头");
        assertThat(report.select("table.departures tbody tr").eachText()).singleElement().asString()
                .contains("正文字体字号").contains("宋体小三").contains("仿宋三号");
        assertThat(report.select("#adoption .pages img.page")).hasSize(2)
                .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        String key = report.select("form[action=/templates/store] input[type=hidden][name=key]").val();
        assertThat(key).hasSizeGreaterThanOrEqualTo(20);
        assertThat(report.html()).doesNotContain("ui-s3cret");
        assertThat(templates.resolve("letters.docx")).as("nothing stored before 确认保存").doesNotExist();

        mvc.perform(post("/templates/store").param("key", key))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/templates?saved=letters"));
        assertThat(templates.resolve("letters.docx")).exists();
        Document stored = page(mvc.perform(get("/templates").param("saved", "letters")).andExpect(status().isOk()));
        assertThat(stored.select(".success").text()).contains("letters").contains("已保存");
        assertThat(stored.select(".template:has(h3:containsOwn(letters)) .status.ok")).hasSize(1);
        assertThat(stored.select(".alert")).isEmpty();

        // the key is spent: a second 确认保存 stores nothing and says why
        Document again = page(mvc.perform(post("/templates/store").param("key", key)).andExpect(status().isNotFound()));
        assertThat(again.select(".alert").text()).contains("重新上传");
    }

    @Test
    void aWrongTokenGetsNothingAdopted() throws Exception {
        int before = held.size();
        Document page = page(adopt("wrong", "guess", FinishedDocuments.redhead()).andExpect(status().isUnauthorized()));
        assertThat(page.select(".alert").text()).contains("管理员令牌不正确");
        assertThat(page.select("#adoption")).isEmpty();
        assertThat(page.select("form[action=/templates/adopt]")).hasSize(1);
        assertThat(held.size()).isEqualTo(before);
        assertThat(templates.resolve("wrong.docx")).doesNotExist();
    }

    @Test
    void badUploadsAreChineseMessagesOnTheTemplatesPage() throws Exception {
        Document notDocx = page(adopt("notes", "ui-s3cret", "一、总体要求".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest()));
        assertThat(notDocx.select(".alert").text()).contains("不是 Word 文档");
        assertThat(notDocx.select(".gallery .template")).isNotEmpty();

        Document badId = page(adopt("Bad..Name", "ui-s3cret", FinishedDocuments.redhead()).andExpect(status().isBadRequest()));
        assertThat(badId.select(".alert").text()).contains("模板名只能由小写字母");

        Document noBody = page(adopt("empty", "ui-s3cret", FinishedDocuments.titleOnly()).andExpect(status().isUnprocessableContent()));
        assertThat(noBody.select(".alert").text()).contains("找不到正文");
        assertThat(templates.resolve("notes.docx")).doesNotExist();
        assertThat(templates.resolve("empty.docx")).doesNotExist();
    }

    private ResultActions adopt(String id, String token, byte[] docx) throws Exception {
        return mvc.perform(multipart("/templates/adopt")
                .file(new MockMultipartFile("file", "本单位公文.docx", "application/octet-stream", docx))
                .param("id", id).param("token", token));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
