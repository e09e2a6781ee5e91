package org.gongwen.hardening;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.PdfTagging;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.RenderCancelled;
import org.gongwen.web.GongwenApplication;
import org.gongwen.web.Renderer;
import org.gongwen.web.RenderGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * One render at a time and no queue: a second request while one runs is refused 503 with
 * Retry-After; the running one is stopped at its time limit (422), and its slot is free once its
 * work has ended.
 *
 * <p>The slow render is held on a latch the test opens, not made slow with a big input: the flow
 * bean is a spy ({@link MockitoSpyBean}) whose {@code render} of the document titled {@link #HELD}
 * waits for the latch, deaf to interruption, so the slot stays taken for as long as the test needs
 * and the 1 s limit always passes first. Once the latch opens, the real render goes on with the
 * interrupt the time limit sent, and stops at its first check ({@link RenderCancelled}).
 */
@SpringBootTest(classes = GongwenApplication.class, properties = {
        "gongwen.renders.concurrency=1", "gongwen.renders.queue=0", "gongwen.renders.retry-after=7s",
        "gongwen.limits.render-timeout=1s"})
@AutoConfigureMockMvc
class OverloadTest {
    /** The title of the render that waits for {@link #release}. */
    static final String HELD = "关于暂缓排版的通知";

    @Autowired
    MockMvc mvc;
    @Autowired
    RenderGate gate;
    @Autowired
    Renderer renderer;
    @MockitoSpyBean
    Gongwen gongwen;

    /** Opened by the test (or after it, so that a failed test leaves no render thread waiting). */
    final CountDownLatch release = new CountDownLatch(1);
    /** The held render's thread was interrupted while it waited: the time limit cancelled it. */
    final AtomicBoolean interrupted = new AtomicBoolean();
    /** How the held render's real work ended: its result or what it threw. */
    final AtomicReference<Object> heldEnded = new AtomicReference<>();

    @AfterEach
    void openTheLatch() {
        release.countDown();
    }

    @Test
    void beyondCapacityIs503WithRetryAfterAndATimedOutRenderFreesItsSlot() throws Exception {
        doAnswer(call -> {
            OfficialDocument document = call.getArgument(0);
            if (!HELD.equals(document.title())) return call.callRealMethod();
            awaitUninterruptibly(release);
            if (interrupted.get()) Thread.currentThread().interrupt(); // as the time limit left it
            try {
                Object result = call.callRealMethod();
                heldEnded.set(result);
                return result;
            } catch (Throwable t) {
                heldEnded.set(t);
                throw t;
            }
        }).when(gongwen).render(any(), any(), any(Format.class), any(PdfTagging.class));

        CompletableFuture<MvcResult> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(multipart("/api/v1/render").param("text", HELD + "\n\n请做好检查。")
                        .param("format", "pdf")).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitFor(() -> gate.inFlight() == 1 || slow.isDone());
        assertThat(slow).as(() -> "the held render ended early: " + slow.join().getResponse().getStatus()).isNotDone();

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
        waitFor(interrupted::get);
        // the answer is out, but the work has not ended: its slot is still taken
        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.full()).isTrue();

        release.countDown();
        waitFor(() -> gate.inFlight() == 0);
        assertThat(heldEnded.get()).as("the timed-out render's work stops at its first check").isInstanceOf(RenderCancelled.class);
        MvcResult admitted = mvc.perform(multipart("/api/v1/render").param("text", "关于开展安全检查的通知\n\n请做好检查。")
                .param("format", "html")).andReturn();
        assertThat(admitted.getResponse().getStatus()).isEqualTo(200);
    }

    /** Waits for the latch whatever interrupts the thread, and notes that something did. */
    private void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }
    }

    /** Polls a condition; gives up after a minute so a broken gate fails instead of hanging. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) Thread.sleep(100);
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }
}
