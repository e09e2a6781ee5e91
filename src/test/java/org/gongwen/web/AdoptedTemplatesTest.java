package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdoptedTemplatesTest {
    final AtomicLong now = new AtomicLong();
    final AdoptedTemplates held = new AdoptedTemplates(now::get);

    @Test
    void aTemplateIsTakenOnceWithItsKey() {
        String key = held.hold("bureau", new byte[]{1, 2});
        assertThat(key).matches("[A-Za-z0-9_-]{24}");
        assertThatThrownBy(() -> held.take("guess")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> held.take(null)).isInstanceOf(BadInputException.class);
        AdoptedTemplates.Held h = held.take(key);
        assertThat(h.templateId()).isEqualTo("bureau");
        assertThat(h.template()).containsExactly(1, 2);
        assertThatThrownBy(() -> held.take(key)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).code()).isEqualTo("adoption-expired"));
    }

    @Test
    void heldFifteenMinutesAtMost() {
        String key = held.hold("bureau", new byte[]{1});
        now.addAndGet(AdoptedTemplates.KEEP.toNanos());
        assertThatThrownBy(() -> held.take(key)).isInstanceOf(BadInputException.class);
        assertThat(held.size()).isZero();
    }

    @Test
    void fewAtOnceTheOldestGivesWay() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i <= AdoptedTemplates.MAX_HELD; i++) {
            keys.add(held.hold("t" + i, new byte[]{(byte) i}));
            now.addAndGet(1_000_000);
        }
        assertThat(held.size()).isEqualTo(AdoptedTemplates.MAX_HELD);
        assertThatThrownBy(() -> held.take(keys.getFirst())).isInstanceOf(BadInputException.class);
        assertThat(held.take(keys.getLast()).templateId()).isEqualTo("t" + AdoptedTemplates.MAX_HELD);
    }
}
