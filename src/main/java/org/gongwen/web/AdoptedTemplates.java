package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.LongSupplier;

/**
 * Adopted templates waiting for an administrator's 确认保存 on the templates page: held here between
 * the two requests, so the template never travels through the page, under an unguessable key that
 * the page carries instead. Only a request with the admin token puts one here, so the key stands
 * for that check. Bounded: {@link #MAX_HELD} at once (the oldest is dropped for a new one), each for
 * {@link #KEEP} at most.
 */
@Component
public class AdoptedTemplates {
    static final int MAX_HELD = 8;
    static final Duration KEEP = Duration.ofMinutes(15);

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier nanoTime;
    /** In the order they were put here: the first is the oldest. */
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>();

    /** An adopted template: its id and file, and when it was put here (System.nanoTime). */
    record Held(String templateId, byte[] template, long since) {}

    @Autowired
    public AdoptedTemplates() {
        this(System::nanoTime);
    }

    AdoptedTemplates(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Holds an adopted template; the key to {@link #take} it with. */
    synchronized String hold(String templateId, byte[] template) {
        long now = nanoTime.getAsLong();
        dropExpired(now);
        if (held.size() >= MAX_HELD) held.pollFirstEntry();
        byte[] key = new byte[18];
        random.nextBytes(key);
        String k = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        held.put(k, new Held(templateId, template, now));
        return k;
    }

    /** The template held under {@code key}, no longer held; refused when it expired, was taken or never was. */
    synchronized Held take(String key) {
        dropExpired(nanoTime.getAsLong());
        Held h = key == null ? null : held.remove(key);
        if (h == null) {
            throw new BadInputException(Fault.NOT_FOUND, "adoption-expired",
                    "这份生成的模板已经保存、已过期（保留 " + KEEP.toMinutes() + " 分钟）或不存在，请重新上传公文生成模板。",
                    "The adopted template was stored, has expired or never was; upload the document again.");
        }
        return h;
    }

    /** Templates held now. */
    synchronized int size() {
        return held.size();
    }

    private void dropExpired(long now) {
        for (Iterator<Held> it = held.values().iterator(); it.hasNext(); ) {
            if (now - it.next().since() < KEEP.toNanos()) break; // the rest are younger
            it.remove();
        }
    }
}
