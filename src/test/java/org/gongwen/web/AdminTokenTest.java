package org.gongwen.web;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.AfterAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an admin token and a templates folder configured, template changes need exactly that token. */
@SpringBootTest(classes = GongwenApplication.class, properties = "gongwen.admin-token=s3cret-token")
@AutoConfigureMockMvc
class AdminTokenTest {
    static final String PROBLEM = ApiControllerTest.PROBLEM;
    static Path templates;

    @Autowired
    MockMvc mvc;
    @Autowired
    AdminToken token;
    @Autowired
    Gongwen gongwen;

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-templates");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(templates);
    }

    @Test
    void missingOrWrongTokenIs401() throws Exception {
        mvc.perform(delete("/api/v1/templates/custom"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEM + "admin-token-invalid"));
        mvc.perform(put("/api/v1/templates/custom").header("Authorization", "Bearer s3cret-toke")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/templates/custom").header("Authorization", "s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isUnauthorized());
        assertThat(kept("custom")).isZero();
    }

    @Test
    void uploadUseAndDeleteATemplate() throws Exception {
        byte[] report = mvc.perform(get("/api/v1/templates/report")).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(put("/api/v1/templates/bureau").header("Authorization", "Bearer s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(report))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("bureau"))
                .andExpect(jsonPath("$.adopted").value(false))
                .andExpect(jsonPath("$.report").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.templates[?(@.id == 'bureau')].valid").value(true));
        assertThat(gongwen.templateVersion("bureau", gongwen.publishedVersion("bureau"))).isEqualTo(report);
        mvc.perform(get("/api/v1/templates/bureau")).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/templates/bureau").header("Authorization", "Bearer s3cret-token"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/templates/bureau")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/templates/report").header("Authorization", "Bearer s3cret-token"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能删除")));
    }

    @Test
    void aFinishedOfficialDocumentIsAdoptedStoredAndUsable() throws Exception {
        mvc.perform(put("/api/v1/templates/letters").header("Authorization", "Bearer s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(FinishedDocuments.redhead()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("letters"))
                .andExpect(jsonPath("$.adopted").value(true))
                .andExpect(jsonPath("$.report.templateId").value("letters"))
                .andExpect(jsonPath("$.report.redHeader").value(true))
                .andExpect(jsonPath("$.report.roles[?(@.role == 'TITLE')].learned").value(true))
                .andExpect(jsonPath("$.report.departures").isArray())
                .andExpect(jsonPath("$.report.removed").isArray())
                .andExpect(jsonPath("$.templates[?(@.id == 'letters')].valid").value(true))
                .andExpect(jsonPath("$.templates[?(@.id == 'letters')].redHeader").value(true))
                .andExpect(jsonPath("$.templates[?(@.id == 'report')].valid").value(true));
        assertThat(gongwen.publishedVersion("letters")).isNotNull();
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN))
                        .param("template", "letters").param("format", "pdf"))
                .andExpect(status().isOk());
    }

    @Test
    void whatCannotBeAdoptedIsRefusedAsAProblemAndNotStored() throws Exception {
        Gongwen gongwen = Gongwen.builder().templates(null).build();
        byte[] pdf = gongwen.render(gongwen.read(SharedSamples.SHANGHAI, SharedSamples.bytes(SharedSamples.SHANGHAI)),
                "report", Format.PDF).bytes();
        byte[] random = new byte[4096];
        new java.util.Random(14).nextBytes(random);
        record Case(byte[] body, int status, String code) {}
        for (Case c : new Case[]{new Case(pdf, 400, "docx-unreadable"), new Case(random, 400, "docx-unreadable"),
                new Case(FinishedDocuments.titleOnly(), 422, "adopt-no-body")}) {
            mvc.perform(put("/api/v1/templates/refused").header("Authorization", "Bearer s3cret-token")
                            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(c.body()))
                    .andExpect(status().is(c.status()))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEM + c.code()))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("(?s).*\\p{IsHan}.*")));
        }
        assertThat(kept("refused")).isZero();
    }

    @Test
    void aFileThatIsNoTemplateIsRefusedAndNotStored() throws Exception {
        mvc.perform(put("/api/v1/templates/broken").header("Authorization", "Bearer s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content("not a docx".getBytes()))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith(PROBLEM)));
        assertThat(kept("broken")).isZero();
        mvc.perform(put("/api/v1/templates/Bad..Name").header("Authorization", "Bearer s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-template-id"));
    }

    @Test
    void aTemplateThatBreaksTheContractIsAdoptedRatherThanStoredAsItIs() throws Exception {
        byte[] report = mvc.perform(get("/api/v1/templates/report")).andReturn().getResponse().getContentAsByteArray();
        byte[] withoutBody;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().contains("{{body}}")).findFirst().orElseThrow();
            doc.removeBodyElement(doc.getPosOfParagraph(body));
            doc.write(out);
            withoutBody = out.toByteArray();
        }
        mvc.perform(put("/api/v1/templates/nobody").header("Authorization", "Bearer s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(withoutBody))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adopted").value(true))
                .andExpect(jsonPath("$.report.templateId").value("nobody"))
                .andExpect(jsonPath("$.templates[?(@.id == 'nobody')].valid").value(true));
        assertThat(gongwen.templateVersion("nobody", gongwen.publishedVersion("nobody"))).isNotEqualTo(withoutBody);
    }

    /** How many versions of the template the store keeps. */
    private int kept(String id) {
        try {
            return gongwen.templateHistory(id).versions().size();
        } catch (org.gongwen.model.BadInputException none) {
            return 0;
        }
    }

    @Test
    void theTokenNeverShowsInToString() {
        assertThat(token.toString()).doesNotContain("s3cret").contains("set");
    }
}
