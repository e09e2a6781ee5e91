package org.gongwen.web;

import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A PDF longer than the configured page limit is refused with 413, not sent. */
@SpringBootTest(classes = GongwenApplication.class, properties = "gongwen.limits.max-pages=1")
@AutoConfigureMockMvc
class PageLimitTest {
    @Autowired
    MockMvc mvc;

    @Test
    void pdfOverThePageLimit() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "pdf"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value(ApiControllerTest.PROBLEM + "too-many-pages"))
                .andExpect(jsonPath("$.detail").value(containsString("上限 1 页")));
    }
}
