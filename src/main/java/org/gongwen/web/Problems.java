package org.gongwen.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts the problems the service answers, by type ({@code gongwen.failures{type=…}}). */
@Component
public class Problems {
    private final MeterRegistry meters;

    public Problems(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String type) {
        Counter.builder("gongwen.failures").description("Requests answered with a problem, by problem type")
                .tag("type", type).register(meters).increment();
    }
}
