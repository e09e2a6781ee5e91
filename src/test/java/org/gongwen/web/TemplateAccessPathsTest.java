package org.gongwen.web;

import org.junit.jupiter.api.AfterAll;
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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The token rule holds for every spelling of an address: ";…" path parameters (which Spring drops when it
 * matches) count wrong tokens like the plain address; HEAD of a published template needs no token; a
 * label that could not be revoked by its address is refused; a body that is not JSON is a Chinese 400.
 */
@SpringBootTest(classes = GongwenApplication.class, properties = {"gongwen.admin-token=paths-operator-s3cret",
        "gongwen.admin-token-failures=2"})
@AutoConfigureMockMvc
class TemplateAccessPathsTest {
    static final String PROBLEM = ApiControllerTest.PROBLEM;
    static Path templates;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-paths");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(templates);
    }

    @Test
    void pathParametersDoNotDodgeTheCountOfWrongTokens() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/bureaus;x").with(r -> { r.setRemoteAddr("10.0.0.7"); return r; })
                    .header("Authorization", "Bearer guess" + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/templates;x/report/versions").with(r -> { r.setRemoteAddr("10.0.0.7"); return r; })
                .header("Authorization", "Bearer guess")).andExpect(status().isTooManyRequests());
    }

    @Test
    void aPublishedTemplateAnswersHeadAndOptionsWithoutAToken() throws Exception {
        mvc.perform(head("/api/v1/templates/report")).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/v1/templates/report"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void labelsAndBodiesAreClearRefusals() throws Exception {
        String op = "Bearer paths-operator-s3cret";
        mvc.perform(post("/api/v1/bureaus").header("Authorization", op).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"paths\",\"name\":\"路径局\"}")).andExpect(status().isCreated());
        for (String label : new String[]{"张;三", "办公室/张三", "a%2Fb", ""}) {
            mvc.perform(post("/api/v1/bureaus/paths/tokens").header("Authorization", op).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"label\":\"" + label + "\"}"))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value(PROBLEM + "invalid-token-label"));
        }
        mvc.perform(post("/api/v1/bureaus").header("Authorization", op).contentType(MediaType.APPLICATION_JSON).content("{id:"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(PROBLEM + "json-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("新建单位")));
        mvc.perform(post("/api/v1/bureaus").header("Authorization", op).contentType(MediaType.APPLICATION_JSON).content("null"))
                .andExpect(status().is4xxClientError());
    }
}
