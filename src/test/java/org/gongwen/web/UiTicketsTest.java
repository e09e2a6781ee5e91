package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.model.BadInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page's ticket: for its template, its secret, its 15 minutes, its operator's token. */
class UiTicketsTest {
    private static final Gongwen GONGWEN = Gongwen.builder().templates(null).build();
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final TemplateAccess.Caller OPERATOR = new TemplateAccess.Caller(null, null);

    private static UiTickets tickets(String operatorToken, String secret, Instant now) {
        return new UiTickets(GONGWEN, new AdminToken(operatorToken), secret, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTicketChecksForItsTemplateWithinItsTime() {
        String ticket = tickets("op", "s1", NOW).issue(OPERATOR, "letters");
        assertThat(tickets("op", "s1", NOW.plus(Duration.ofMinutes(14))).check(ticket, "letters")).isEqualTo(OPERATOR);
        refused(() -> tickets("op", "s1", NOW).check(ticket, "other"));
        refused(() -> tickets("op", "s1", NOW.plus(Duration.ofMinutes(16))).check(ticket, "letters"));
    }

    @Test
    void anotherSecretOrOperatorTokenOrATamperedTicketIsRefused() {
        String ticket = tickets("op", "s1", NOW).issue(OPERATOR, "letters");
        refused(() -> tickets("op", "s2", NOW).check(ticket, "letters"));
        refused(() -> tickets("op2", "s1", NOW).check(ticket, "letters"));
        refused(() -> tickets("", "s1", NOW).check(ticket, "letters"));
        refused(() -> tickets("op", "s1", NOW).check(ticket.substring(0, ticket.length() - 2) + "xx", "letters"));
        refused(() -> tickets("op", "s1", NOW).check("garbage", "letters"));
        // without a ticket secret, one derived from the operator's token: the same on every replica
        String derived = tickets("op", "", NOW).issue(OPERATOR, "letters");
        assertThat(tickets("op", "", NOW).check(derived, "letters")).isEqualTo(OPERATOR);
    }

    private static void refused(Runnable check) {
        assertThatThrownBy(check::run).isInstanceOf(BadInputException.class).hasFieldOrPropertyWithValue("code", "ticket-invalid");
    }
}
