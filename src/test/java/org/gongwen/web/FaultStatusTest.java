package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place a fault becomes an HTTP status: the statuses the API has always answered. */
class FaultStatusTest {
    @Test
    void everyFaultHasTheStatusTheApiAnswersWith() {
        Map<Fault, Integer> expected = new EnumMap<>(Map.ofEntries(
                Map.entry(Fault.UNREADABLE, 400), Map.entry(Fault.UNAUTHORIZED, 401), Map.entry(Fault.FORBIDDEN, 403),
                Map.entry(Fault.NOT_FOUND, 404), Map.entry(Fault.NOT_CONFIGURED, 409), Map.entry(Fault.TOO_LARGE, 413),
                Map.entry(Fault.UNSUPPORTED, 415), Map.entry(Fault.INVALID, 422), Map.entry(Fault.TOO_COMPLEX, 422),
                Map.entry(Fault.TOO_MANY_TRIES, 429), Map.entry(Fault.BUSY, 503), Map.entry(Fault.UNAVAILABLE, 503)));
        assertThat(expected).hasSize(Fault.values().length);
        expected.forEach((fault, status) ->
                assertThat(ProblemJson.status(new BadInputException(fault, "x", "x", "x"))).as(fault.name()).isEqualTo(status));
    }
}
