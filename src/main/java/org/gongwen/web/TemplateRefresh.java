package org.gongwen.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.gongwen.Gongwen;
import org.gongwen.TemplateStoreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the template store every {@code gongwen.store.refresh} (2 s) whether a template was published
 * (a publish on any replica reaches this one within that), on one daemon thread, from start to shutdown.
 * It costs one small query when nothing moved. Logs when the store goes away and comes back (once each,
 * not every 2 s); gauge {@code gongwen.store.up}, counter {@code gongwen.store.refresh.failures}.
 */
@Component
@Lazy(false)
public class TemplateRefresh {
    private static final Logger log = LoggerFactory.getLogger(TemplateRefresh.class);

    private final Gongwen gongwen;
    private final Counter failures;
    private final ScheduledExecutorService timer;
    private boolean wasUp = true;

    public TemplateRefresh(Gongwen gongwen, MeterRegistry meters, @Value("${gongwen.store.refresh:2s}") Duration every) {
        this.gongwen = gongwen;
        this.failures = Counter.builder("gongwen.store.refresh.failures")
                .description("Refreshes that could not reach the template store").register(meters);
        Gauge.builder("gongwen.store.up", gongwen, g -> g.storeStatus().up() ? 1 : 0)
                .description("1 when the last refresh reached the template store").register(meters);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "template-refresh");
            t.setDaemon(true);
            return t;
        });
        if (gongwen.storeStatus().where() != null) {
            long ms = Math.max(100, every.toMillis());
            timer.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    void refresh() {
        try {
            TemplateStoreStatus s = gongwen.refreshTemplates();
            if (!s.up()) failures.increment();
            if (s.up() != wasUp) {
                if (s.up()) log.info("template store is back: {}, revision {}, {} templates", s.where(), s.revision(), s.templates());
                else log.warn("template store unavailable: {} ({}); renders go on with the {} templates loaded",
                        s.where(), s.error(), s.templates());
                wasUp = s.up();
            }
        } catch (RuntimeException e) {
            // one refresh's bug must not end the schedule (a thrown task is never run again)
            failures.increment();
            log.error("template refresh failed", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
