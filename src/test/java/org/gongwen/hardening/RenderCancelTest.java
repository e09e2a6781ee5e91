package org.gongwen.hardening;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.RenderCancelled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** An interrupted render stops at the next paragraph or page instead of running to its end. */
class RenderCancelTest {
    static final Gongwen GONGWEN = Gongwen.builder().build();

    @AfterEach
    void clearFlag() {
        Thread.interrupted();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"PDF", "DOCX"})
    void interruptedRenderStops(Format format) {
        OfficialDocument doc = GONGWEN.readText("关于开展安全检查的通知\n\n各科室：\n\n" + "请做好检查。\n\n".repeat(200));
        Thread.currentThread().interrupt();
        assertThrows(RenderCancelled.class, () -> GONGWEN.render(doc, "report", format));
    }
}
