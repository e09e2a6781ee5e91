package org.gongwen.hardening;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.web.GongwenApplication;
import org.gongwen.web.Renderer;
import org.gongwen.web.RenderGate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * One render at a time and no queue: a second request while one runs is refused 503 with
 * Retry-After; the running one is stopped at its time limit (422) and frees its slot.
 */
@SpringBootTest(classes = GongwenApplication.class, properties = {
        "gongwen.renders.concurrency=1", "gongwen.renders.queue=0", "gongwen.renders.retry-after=7s",
        "gongwen.limits.render-timeout=1s", "gongwen.limits.max-characters=3000000", "gongwen.limits.max-pages=100000",
        "gongwen.limits.max-blocks=1000000"})
@AutoConfigureMockMvc
class OverloadTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    RenderGate gate;
    @Autowired
    Renderer renderer;
    @Autowired
    Gongwen gongwen;

    @Test
    void beyondCapacityIs503WithRetryAfterAndATimedOutRenderFreesItsSlot() throws Exception {
        CompletableFuture<MvcResult> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(multipart("/api/v1/render").file(new MockMultipartFile("file", "table.md",
                        "text/markdown", bigTable().getBytes(StandardCharsets.UTF_8))).param("format", "pdf")).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitFor(() -> gate.inFlight() == 1 || slow.isDone());
        assertThat(slow).as(() -> "the slow render ended early: " + slow.join().getResponse().getStatus()).isNotDone();

        MvcResult refused = mvc.perform(multipart("/api/v1/render").param("text", "关于开展安全检查的通知\n\n请做好检查。")
                .param("format", "html")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(503);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("7");
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("urn:gongwen:problem:busy")
                .contains("服务正忙");
        assertThat(refused.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        // past the early refusal, the gate itself refuses: a render asked for directly while it is full
        OfficialDocument small = gongwen.readText("关于开展安全检查的通知\n\n请做好检查。");
        assertThatThrownBy(() -> renderer.render(small, "report", Format.HTML))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.fault()).isEqualTo(Fault.BUSY));

        MvcResult timedOut = slow.get();
        assertThat(timedOut.getResponse().getStatus()).isEqualTo(422);
        assertThat(timedOut.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("render-timeout");
        waitFor(() -> gate.inFlight() == 0);

        MvcResult admitted = mvc.perform(multipart("/api/v1/render").param("text", "关于开展安全检查的通知\n\n请做好检查。")
                .param("format", "html")).andReturn();
        assertThat(admitted.getResponse().getStatus()).isEqualTo(200);
    }

    /**
     * Several seconds of typesetting: 50,000 rows of a 10-column table. (20,000 rows once took 0.94 s,
     * under the 1 s limit, when the render no longer re-read its PDF to count the pages.)
     */
    private static String bigTable() {
        StringBuilder md = new StringBuilder("关于报送统计数据的通知\n\n| 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 | 壬 | 癸 |\n");
        md.append("|---".repeat(10)).append("|\n");
        for (int r = 0; r < 50_000; r++) {
            for (int c = 0; c < 10; c++) md.append("| ").append(r % 97).append(' ');
            md.append("|\n");
        }
        return md.toString();
    }

    /** Polls a condition; gives up after a minute so a broken gate fails instead of hanging. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) Thread.sleep(100);
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }
}
