package org.gongwen.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an admin token configured, template changes need exactly that token. */
@SpringBootTest(classes = GongwenApplication.class, properties = "gongwen.admin-token=s3cret-token")
@AutoConfigureMockMvc
class AdminTokenTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    AdminToken token;

    @Test
    void missingOrWrongTokenIs401() throws Exception {
        mvc.perform(delete("/api/v1/templates/custom"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(ApiControllerTest.PROBLEM + "admin-token-invalid"));
        mvc.perform(put("/api/v1/templates/custom").header("Authorization", "Bearer s3cret-toke")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/templates/custom").header("Authorization", "s3cret-token")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rightTokenPassesTheGuard() {
        token.check("Bearer s3cret-token");
    }

    @Test
    void theTokenNeverShowsInToString() {
        assertThat(token.toString()).doesNotContain("s3cret").contains("set");
    }
}
