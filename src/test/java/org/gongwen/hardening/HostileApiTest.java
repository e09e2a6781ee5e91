package org.gongwen.hardening;

import org.gongwen.hardening.HostileFiles.Hostile;
import org.gongwen.web.GongwenApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The HTTP API refuses hostile input with a 4xx problem+json a clerk can act on, never a 500 or a trace. */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class HostileApiTest {
    @Autowired
    MockMvc mvc;

    static Stream<Hostile> refused() {
        return RefusedInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void uploadIsRefusedAsProblem(Hostile file) throws Exception {
        MvcResult result = assertTimeoutPreemptively(HostileImportTest.HANG, () -> mvc.perform(multipart("/api/v1/render")
                .file(new MockMultipartFile("file", file.name(), "application/octet-stream", file.bytes()))
                .param("format", "pdf")).andReturn());
        assertProblem(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[[[[[[[[[", "{\"title\":", "{\"blocks\":[{\"type\":\"nonsense\"}]}", "\"just a string\"",
            "{\"title\":\"关于\",\"blocks\":{\"type\":\"paragraph\"}}", "nul\u0000l", "{\"titel\":\"关于\"}",
            "{\"blocks\":[{\"type\":\"heading\",\"level\":9}]}", "{\"date\":\"20250120\"}", "{\"issuers\":\"单位\"}"})
    void malformedJsonBodyIsRefusedAsProblem(String json) throws Exception {
        assertProblem(mvc.perform(post("/api/v1/render").contentType(MediaType.APPLICATION_JSON).content(json)).andReturn());
        assertProblem(mvc.perform(post("/api/v1/parse").contentType(MediaType.APPLICATION_JSON).content(json)).andReturn());
    }

    @org.junit.jupiter.api.Test
    void deeplyNestedJsonBodyIsRefusedAsProblem() throws Exception {
        String json = "{\"title\":\"关于\",\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertProblem(mvc.perform(post("/api/v1/parse").contentType(MediaType.APPLICATION_JSON).content(json)).andReturn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "..", "/etc/passwd", "a\\b"})
    void templateNamesWithPathSeparatorsAreRefused(String template) throws Exception {
        assertProblem(mvc.perform(multipart("/api/v1/render").param("text", "关于开展安全检查的通知\n\n请做好检查。")
                .param("template", template).param("format", "docx")).andReturn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/templates/..%2f..%2fetc%2fpasswd", "/api/v1/templates/%2e%2e", "/api/v1/templates/a%5cb",
            "/api/v1/templates/..;x"})
    void templateDownloadWithPathTricksIsRefused(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("root:").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bomb", "random"})
    void checkerRefusesHostileDocx(String which) throws Exception {
        Hostile file = which.equals("bomb") ? HostileFiles.zipBomb(300) : HostileFiles.randomBytes();
        assertProblem(mvc.perform(multipart("/api/v1/check")
                .file(new MockMultipartFile("file", file.name(), "application/octet-stream", file.bytes()))).andReturn());
    }

    static void assertProblem(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as("status").isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"detail\"").containsPattern("\\p{IsHan}").doesNotContain("\tat ").doesNotContain("Exception");
        // gongwen's own words in both languages: no library message, which names Java classes
        assertThat(body).doesNotContain("org.gongwen").doesNotContain("java.").doesNotContain("tools.jackson").doesNotContain("[M1.");
    }
}
