package org.gongwen.web;

import org.gongwen.Gongwen;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The templates page's 用本单位的公文生成模板: upload with a token, see what was learned and the specimen
 * typeset with it; the template is kept as an unpublished version at once and 确认发布 publishes it. The
 * page carries a signed ticket, never the token; a wrong token gets nothing kept.
 */
@SpringBootTest(classes = GongwenApplication.class, properties = "gongwen.admin-token=ui-s3cret")
@AutoConfigureMockMvc
class TemplateAdoptionUiTest {
    static Path templates;

    @Autowired
    MockMvc mvc;
    @Autowired
    Gongwen gongwen;

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
    void uploadShowsTheReportAndPreviewAndConfirmPublishes() throws Exception {
        Document list = page(mvc.perform(get("/templates")).andExpect(status().isOk()));
        assertThat(list.select("form[action=/templates/adopt] input[type=file][name=file]")).hasSize(1);
        assertThat(list.select("form[action=/templates/adopt] input[type=password][name=token]")).hasSize(1);

        Document report = page(adopt("letters", "ui-s3cret", FinishedDocuments.redheadInSongti()).andExpect(status().isOk()));
        assertThat(report.select("#adoption h2").text()).contains("letters");
        assertThat(report.select("table.roles th").eachText()).containsExactly("要素", "学到的样式", "来自");
        assertThat(report.select("table.roles tbody tr")).hasSizeGreaterThan(5);
        assertThat(report.select("table.roles tr.learned td:first-child").eachText()).contains("标题");
        assertThat(report.select("#adoption").text()).contains("红头").contains("尚未发布");
        assertThat(report.select("table.departures tbody tr").eachText()).singleElement().asString()
                .contains("正文字体字号").contains("宋体小三").contains("仿宋三号");
        assertThat(report.select("#adoption .pages img.page")).hasSize(2)
                .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        String ticket = report.select("form[action=/templates/publish] input[type=hidden][name=ticket]").val();
        String version = report.select("form[action=/templates/publish] input[type=hidden][name=version]").val();
        assertThat(ticket).hasSizeGreaterThanOrEqualTo(40);
        assertThat(report.html()).doesNotContain("ui-s3cret");
        assertThat(gongwen.templateHistory("letters").versions()).extracting(v -> v.hash()).containsExactly(version);
        assertThat(gongwen.publishedVersion("letters")).as("nothing published before 确认发布").isNull();
        mvc.perform(get("/api/v1/templates/letters")).andExpect(status().isNotFound());

        mvc.perform(post("/templates/publish").param("id", "letters").param("version", version).param("ticket", ticket))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/templates?saved=letters"));
        assertThat(gongwen.publishedVersion("letters")).isEqualTo(version);
        Document stored = page(mvc.perform(get("/templates").param("saved", "letters")).andExpect(status().isOk()));
        assertThat(stored.select(".success").text()).contains("letters").contains("已发布");
        assertThat(stored.select(".template:has(h3:containsOwn(letters)) .status.ok")).hasSize(1);
        assertThat(stored.select(".template:has(h3:containsOwn(letters)) form[action=/templates/history]")).hasSize(1);
        assertThat(stored.select(".alert")).isEmpty();

        // a ticket is for its template only, and a forged one is refused
        mvc.perform(post("/templates/publish").param("id", "other").param("version", version).param("ticket", ticket))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/templates/publish").param("id", "letters").param("version", version)
                        .param("ticket", ticket.substring(0, ticket.length() - 3) + "AAA"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongTokenGetsNothingKept() throws Exception {
        Document page = page(adopt("wrong", "guess", FinishedDocuments.redhead()).andExpect(status().isUnauthorized()));
        assertThat(page.select(".alert").text()).contains("令牌不正确");
        assertThat(page.select("#adoption")).isEmpty();
        assertThat(page.select("form[action=/templates/adopt]")).hasSize(1);
        assertThatThrownBy(() -> gongwen.templateHistory("wrong")).hasMessageContaining("no version");
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
        assertThatThrownBy(() -> gongwen.templateHistory("notes")).hasMessageContaining("no version");
        assertThatThrownBy(() -> gongwen.templateHistory("empty")).hasMessageContaining("no version");
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
