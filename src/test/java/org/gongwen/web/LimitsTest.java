package org.gongwen.web;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.PdfTagging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Over a configured limit is 413/422 with a message that names the limit. */
@SpringBootTest(classes = GongwenApplication.class, properties = {
        "gongwen.limits.max-upload=2KB",
        "gongwen.limits.max-characters=300",
        "gongwen.limits.render-timeout=0s"})
@AutoConfigureMockMvc
class LimitsTest {
    static final String PROBLEM = ApiControllerTest.PROBLEM;

    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    Gongwen gongwen;

    @Test
    void tooManyCharactersOfPastedText() throws Exception {
        mvc.perform(multipart("/api/v1/parse").param("text", "正".repeat(301)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "too-many-characters"))
                .andExpect(jsonPath("$.detail").value(containsString("最多 300 字")));
    }

    @Test
    void uploadOverTheSizeLimit() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "big.txt", "text/plain",
                "公文".repeat(2000).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/render").file(file))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value(PROBLEM + "too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("文件太大")));
    }

    @Test
    void jsonBodyOverTheSizeLimit() throws Exception {
        mvc.perform(post("/api/v1/render").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + "x".repeat(3000) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value(PROBLEM + "too-large"));
    }

    /**
     * No time allowed, and a render held until the answer is out (the flow bean is a spy whose render
     * waits on a latch the test opens afterwards): the limit always passes first, however fast the
     * machine renders.
     */
    @Test
    void renderOverTheTimeLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException cancelledByTheLimit) {
                    // the limit cancels the render: keep waiting until the test has its answer
                }
            }
            return call.callRealMethod();
        }).when(gongwen).render(any(), any(), any(Format.class), any(PdfTagging.class));
        String text = "关于开展安全检查的通知\n\n各科室：\n\n请做好检查，确保各项措施落实到位。";
        try {
            mvc.perform(multipart("/api/v1/render").param("text", text).param("format", "pdf"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "render-timeout"))
                    .andExpect(jsonPath("$.detail").value(containsString("排版超时")));
        } finally {
            release.countDown();
        }
    }
}
