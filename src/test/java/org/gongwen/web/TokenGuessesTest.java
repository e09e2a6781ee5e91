package org.gongwen.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-client window of failed token checks, with a hand-driven clock. */
class TokenGuessesTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final TokenGuesses guesses = new TokenGuesses(3, now::get);

    @Test
    void aClientIsBlockedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 2; i++) guesses.failed("10.0.0.1");
        assertThat(guesses.secondsBlocked("10.0.0.1")).isZero();
        guesses.failed("10.0.0.1");
        assertThat(guesses.secondsBlocked("10.0.0.1")).isEqualTo(60);
        assertThat(guesses.secondsBlocked("10.0.0.2")).as("another client").isZero();
        now.addAndGet(Duration.ofSeconds(45).toNanos());
        assertThat(guesses.secondsBlocked("10.0.0.1")).isEqualTo(15);
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(guesses.secondsBlocked("10.0.0.1")).isZero();
        guesses.failed("10.0.0.1");
        assertThat(guesses.secondsBlocked("10.0.0.1")).as("a new window starts counting afresh").isZero();
    }

    @Test
    void memoryStaysBoundedUnderManyClients() {
        for (int i = 0; i < TokenGuesses.MAX_CLIENTS * 3; i++) guesses.failed("client-" + i);
        assertThat(guesses.clients()).isLessThanOrEqualTo(TokenGuesses.MAX_CLIENTS);
    }
}
