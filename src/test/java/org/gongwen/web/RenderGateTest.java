package org.gongwen.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate's queue: it takes a burst, it takes nobody within the overload window after a refusal
 * (so under sustained overload an admitted request runs at once), and a render cancelled while it
 * waits gives its place back. Time is a hand-driven clock, not the wall clock.
 */
class RenderGateTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final CountDownLatch release = new CountDownLatch(1);
    final List<RenderGate> gates = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        gates.forEach(RenderGate::destroy);
    }

    RenderGate gate(int concurrency, int queue) {
        RenderGate g = new RenderGate(new RenderGate.Capacity(concurrency, queue, Duration.ofSeconds(5), Duration.ofSeconds(1)),
                new SimpleMeterRegistry(), now::get);
        gates.add(g);
        return g;
    }

    Future<String> blocking(RenderGate gate, String name) {
        return gate.submit(() -> {
            release.await(30, TimeUnit.SECONDS);
            return name;
        });
    }

    static void assertRefused(Runnable submit) {
        assertThatThrownBy(submit::run).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).fault()).isEqualTo(Fault.BUSY));
    }

    @Test
    void theQueueTakesABurst() throws Exception {
        RenderGate gate = gate(1, 1);
        Future<String> running = blocking(gate, "running");
        assertThat(gate.full()).isFalse();
        Future<String> waiting = blocking(gate, "waiting");
        assertThat(gate.full()).isTrue();
        assertRefused(() -> blocking(gate, "third"));

        release.countDown();
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo("running");
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("waiting");
    }

    @Test
    void afterARefusalTheQueueTakesNobodyUntilTheWindowHasPassed() {
        RenderGate gate = gate(1, 2);
        blocking(gate, "running");
        blocking(gate, "waiting");
        Future<String> second = blocking(gate, "second waiting");
        assertRefused(() -> blocking(gate, "refused"));
        second.cancel(true);

        // a queue place is free again, but a refusal was just made: overloaded, nobody waits
        assertThat(gate.full()).isTrue();
        assertRefused(() -> blocking(gate, "refused too"));

        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertThat(gate.full()).isFalse();
        blocking(gate, "waits again");
        assertThat(gate.inFlight()).isEqualTo(3);
    }

    @Test
    void aRenderCancelledWhileWaitingGivesItsPlaceBack() {
        RenderGate gate = gate(1, 1);
        blocking(gate, "running");
        Future<String> waiting = blocking(gate, "waiting");
        assertThat(gate.inFlight()).isEqualTo(2);

        waiting.cancel(true);
        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.full()).isFalse();
        blocking(gate, "takes the place");
        assertThat(gate.inFlight()).isEqualTo(2);
    }
}
