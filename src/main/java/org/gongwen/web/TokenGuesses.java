package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed token checks per client: after {@code gongwen.admin-token-failures} (default 10) within
 * a window of a minute, that client is refused for the rest of the window. Guessing then costs a
 * minute per ten tries instead of 2,000 tries a second. Memory is bounded: past
 * {@link #MAX_CLIENTS} clients, windows that have ended are dropped, and if all are live the oldest
 * knowledge is given up (the map is cleared) rather than memory.
 */
@Component
public class TokenGuesses {
    static final int MAX_CLIENTS = 10_000;
    private static final long WINDOW = Duration.ofMinutes(1).toNanos();

    private final int maxFailures;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Window> clients = new ConcurrentHashMap<>();

    private record Window(long start, int failures) {}

    @Autowired
    public TokenGuesses(@Value("${gongwen.admin-token-failures:10}") int maxFailures) {
        this(maxFailures, System::nanoTime);
    }

    TokenGuesses(int maxFailures, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.nanoTime = nanoTime;
    }

    /**
     * Checks a client's token the one way every template change is checked ({@link TemplateAccess#require}):
     * refused while the client is blocked (429 too-many-token-failures), and a wrong token counts against it.
     */
    TemplateAccess.Caller check(TemplateAccess access, String client, String authorization, String templateId) {
        refuseIfBlocked(client);
        try {
            return access.require(authorization, templateId);
        } catch (BadInputException e) {
            if (e.fault() == Fault.UNAUTHORIZED) failed(client);
            throw e;
        }
    }

    /** 429 {@code too-many-token-failures} while this client is blocked. */
    void refuseIfBlocked(String client) {
        long wait = secondsBlocked(client);
        if (wait > 0) {
            throw new BadInputException(Fault.TOO_MANY_TRIES, "too-many-token-failures",
                    "令牌错误次数过多，请 " + wait + " 秒后再试。",
                    "Too many wrong tokens from this client; retry in " + wait + " s.");
        }
    }

    /** Seconds this client must wait before its next try, or 0. */
    long secondsBlocked(String client) {
        Window w = clients.get(client);
        if (w == null || w.failures() < maxFailures) return 0;
        long left = w.start() + WINDOW - nanoTime.getAsLong();
        return left <= 0 ? 0 : Math.max(1, Duration.ofNanos(left).toSeconds());
    }

    /** Clients remembered now. */
    int clients() {
        return clients.size();
    }

    void failed(String client) {
        long now = nanoTime.getAsLong();
        if (clients.size() >= MAX_CLIENTS) {
            clients.values().removeIf(w -> now - w.start() >= WINDOW);
            if (clients.size() >= MAX_CLIENTS) clients.clear();
        }
        clients.merge(client, new Window(now, 1),
                (old, one) -> now - old.start() >= WINDOW ? one : new Window(old.start(), old.failures() + 1));
    }
}
