package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17 through the API on the folder store: the operator adds bureaus and issues their tokens; a
 * bureau's token changes, lists, publishes and rolls back its own templates and nothing of another's
 * (a guess at another bureau's template is a wrong token, whether it exists or not); versions are
 * immutable; a render names the version it used.
 */
@SpringBootTest(classes = GongwenApplication.class, properties = {"gongwen.admin-token=" + BureauTemplatesApiTest.OPERATOR,
        "gongwen.admin-token-failures=1000"}) // the guesses here are on purpose; TokenGuessingTest counts them
@AutoConfigureMockMvc
class BureauTemplatesApiTest {
    static final String OPERATOR = "bureaus-operator-s3cret";
    static final String PROBLEM = ApiControllerTest.PROBLEM;
    static Path templates;

    @Autowired
    MockMvc mvc;
    @Autowired
    Gongwen gongwen;

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-bureaus");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(templates);
    }

    /** The two bureaus' tokens, issued by the first test that needs them. */
    private static String tokenA;
    private static String tokenB;

    private void bureaus() throws Exception {
        if (tokenA != null) return;
        for (String[] b : new String[][]{{"zijin-wsj", "紫金县卫生健康局"}, {"longgang-sfj", "龙岗区司法局"}}) {
            mvc.perform(post("/api/v1/bureaus").header("Authorization", "Bearer " + OPERATOR)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"" + b[0] + "\",\"name\":\"" + b[1] + "\"}"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(b[1]));
        }
        tokenA = issue("zijin-wsj", "办公室");
        tokenB = issue("longgang-sfj", "办公室");
    }

    private String issue(String bureau, String label) throws Exception {
        String body = mvc.perform(post("/api/v1/bureaus/" + bureau + "/tokens").header("Authorization", "Bearer " + OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"" + label + "\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aBureauChangesPublishesAndRollsBackItsOwnTemplate() throws Exception {
        bureaus();
        String v1 = upload("zijin-wsj/redhead", FinishedDocuments.redhead(), tokenA, true);
        assertThat(renderedVersion("zijin-wsj/redhead")).isEqualTo(v1);

        // kept but not published: renders go on with the published one
        String v2 = upload("zijin-wsj/redhead", FinishedDocuments.redheadInSongti(), tokenA, false);
        assertThat(renderedVersion("zijin-wsj/redhead")).isEqualTo(v1);
        mvc.perform(get("/api/v1/templates/zijin-wsj/redhead/versions").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].hash").value(v1))
                .andExpect(jsonPath("$.versions[1].author").value("zijin-wsj：办公室"))
                .andExpect(jsonPath("$.published").value(v1));
        mvc.perform(post("/api/v1/templates/zijin-wsj/redhead/publish").param("version", v2).header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(v2));
        assertThat(renderedVersion("zijin-wsj/redhead")).isEqualTo(v2);

        // the same bytes again are the same version; the version's file is what was kept
        assertThat(upload("zijin-wsj/redhead", FinishedDocuments.redheadInSongti(), tokenA, false)).isEqualTo(v2);
        byte[] kept = mvc.perform(get("/api/v1/templates/zijin-wsj/redhead/versions/" + v1).header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk()).andExpect(header().string("X-Gongwen-Template-Version", v1))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(org.gongwen.store.ContentHash.of(kept)).isEqualTo(v1);

        mvc.perform(post("/api/v1/templates/zijin-wsj/redhead/rollback").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(v1))
                .andExpect(jsonPath("$.publications.length()").value(3));
        assertThat(renderedVersion("zijin-wsj/redhead")).isEqualTo(v1);

        // unpublished: renders refuse it, its versions stay
        mvc.perform(delete("/api/v1/templates/zijin-wsj/redhead").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/templates/zijin-wsj/redhead")).andExpect(status().isNotFound());
        assertThat(gongwen.templateHistory("zijin-wsj/redhead").versions()).hasSize(2);
        mvc.perform(post("/api/v1/templates/zijin-wsj/redhead/publish").param("version", v2).header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk());
    }

    @Test
    void aBureauTokenTouchesNothingOfAnotherBureauAndGuessesLookTheSame() throws Exception {
        bureaus();
        upload("zijin-wsj/letters", FinishedDocuments.redhead(), tokenA, true);
        String unpublished = upload("zijin-wsj/letters", FinishedDocuments.redheadInSongti(), tokenA, false);
        // the published template is for everyone to render and download
        mvc.perform(get("/api/v1/templates/zijin-wsj/letters")).andExpect(status().isOk());
        // another bureau's token: a real template, a real version, a template that does not exist, a bureau that
        // does not exist — all the same answer, and nothing changes
        for (String path : new String[]{"zijin-wsj/letters/versions", "zijin-wsj/letters/versions/" + unpublished,
                "zijin-wsj/nosuch/versions", "nosuch-bureau/letters/versions"}) {
            mvc.perform(get("/api/v1/templates/" + path).header("Authorization", "Bearer " + tokenB))
                    .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.type").value(PROBLEM + "admin-token-invalid"));
        }
        mvc.perform(post("/api/v1/templates/zijin-wsj/letters/publish").param("version", unpublished)
                .header("Authorization", "Bearer " + tokenB)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/templates/zijin-wsj/letters").header("Authorization", "Bearer " + tokenB)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(FinishedDocuments.redhead())).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/templates/zijin-wsj/letters").header("Authorization", "Bearer " + tokenB))
                .andExpect(status().isUnauthorized());
        // a bureau's token is no operator's: no bureaus, no tokens, no shared templates
        mvc.perform(post("/api/v1/bureaus").header("Authorization", "Bearer " + tokenA).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"mine\",\"name\":\"x\"}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/bureaus/zijin-wsj/tokens").header("Authorization", "Bearer " + tokenA)
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"more\"}")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/templates/shared").header("Authorization", "Bearer " + tokenA)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(FinishedDocuments.redhead())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/bureaus").header("Authorization", "Bearer " + tokenA)).andExpect(status().isUnauthorized());
        assertThat(gongwen.publishedVersion("zijin-wsj/letters")).isNotEqualTo(unpublished);
        assertThat(gongwen.templateHistory("zijin-wsj/letters").versions()).hasSize(2);
    }

    @Test
    void tokensAreKeptHashedAndARevokedTokenStopsWorking() throws Exception {
        bureaus();
        String token = issue("zijin-wsj", "临时");
        upload("zijin-wsj/temp", FinishedDocuments.redhead(), token, true);
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(token).doesNotContain(token.substring(3));
            }
        }
        mvc.perform(get("/api/v1/bureaus").header("Authorization", "Bearer " + OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'zijin-wsj')].name").value("紫金县卫生健康局"));
        mvc.perform(delete("/api/v1/bureaus/zijin-wsj/tokens/临时").header("Authorization", "Bearer " + OPERATOR))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/templates/zijin-wsj/temp/versions").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/templates/zijin-wsj/temp/versions").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk());
    }

    @Test
    void badIdsAndUnknownBureausAreClearRefusals() throws Exception {
        bureaus();
        mvc.perform(post("/api/v1/bureaus").header("Authorization", "Bearer " + OPERATOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"zijin-wsj\",\"name\":\"again\"}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bureau-exists"));
        mvc.perform(post("/api/v1/bureaus").header("Authorization", "Bearer " + OPERATOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"Bad Id\",\"name\":\"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-bureau-id"));
        mvc.perform(put("/api/v1/templates/nosuch-bureau/redhead").header("Authorization", "Bearer " + OPERATOR)
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(FinishedDocuments.redhead()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value(PROBLEM + "unknown-bureau"));
        mvc.perform(put("/api/v1/templates/zijin-wsj/versions").header("Authorization", "Bearer " + OPERATOR)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(FinishedDocuments.redhead())).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/templates/zijin-wsj/none/rollback").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value(PROBLEM + "nothing-to-roll-back"));
        mvc.perform(post("/api/v1/templates/zijin-wsj/none/publish").param("version", "0".repeat(64))
                .header("Authorization", "Bearer " + tokenA)).andExpect(status().isNotFound());
    }

    @Test
    void concurrentUploadsAreEachKeptOnce() throws Exception {
        bureaus();
        byte[][] documents = {FinishedDocuments.redhead(), FinishedDocuments.redheadInSongti()};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte[] doc = documents[i % 2];
                Callable<String> upload = () -> gongwen.putTemplate("zijin-wsj/busy", doc, "test", true).version();
                done.add(pool.submit(upload));
            }
            List<String> versions = new ArrayList<>();
            for (Future<String> f : done) versions.add(f.get());
            assertThat(versions.stream().distinct()).hasSize(2);
            assertThat(gongwen.templateHistory("zijin-wsj/busy").versions()).hasSize(2);
            assertThat(gongwen.templateHistory("zijin-wsj/busy").publications()).hasSize(8);
            assertThat(versions).contains(gongwen.publishedVersion("zijin-wsj/busy"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rollingBackGoesFurtherBackEachTime() {
        byte[][] three = {FinishedDocuments.redhead(), FinishedDocuments.redheadInSongti(),
                org.gongwen.style.TemplateLibrary.shared().get("redhead").bytes()};
        String[] v = new String[3];
        for (int i = 0; i < 3; i++) v[i] = gongwen.putTemplate("steps", three[i], "test", true).version();
        assertThat(gongwen.rollbackTemplate("steps", "test")).isEqualTo(v[1]);
        assertThat(gongwen.rollbackTemplate("steps", "test")).isEqualTo(v[0]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gongwen.rollbackTemplate("steps", "test"))
                .hasFieldOrPropertyWithValue("code", "nothing-to-roll-back");
        gongwen.publishTemplate("steps", v[2], "test");
        assertThat(gongwen.rollbackTemplate("steps", "test")).isEqualTo(v[1]);
        // after an unpublish, rolling back publishes again what was withdrawn
        gongwen.deleteTemplate("steps", "test");
        assertThat(gongwen.rollbackTemplate("steps", "test")).isEqualTo(v[1]);
    }

    private String upload(String id, byte[] docx, String token, boolean publish) throws Exception {
        String body = mvc.perform(put("/api/v1/templates/" + id).param("publish", String.valueOf(publish))
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_OCTET_STREAM).content(docx))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(publish))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.replaceAll("(?s)^.*?\"version\":\"([0-9a-f]{64})\".*", "$1");
    }

    private String renderedVersion(String template) throws Exception {
        return mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN))
                        .param("template", template).param("format", "docx"))
                .andExpect(status().isOk()).andExpect(header().string("X-Gongwen-Template", template))
                .andReturn().getResponse().getHeader("X-Gongwen-Template-Version");
    }
}
