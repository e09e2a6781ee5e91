package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.TemplateStoreStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The template store in {@code /actuator/health} (as {@code templateStore}) and in the readiness group:
 * a replica is ready once it has loaded the store's published templates, so a load balancer sends it no
 * render it would answer with a missing bureau template. After that it stays UP while the store is away
 * (renders go on with the templates loaded; {@code store: unavailable} says so): a database outage must
 * not take every replica out of the balancer.
 */
@Component("templateStore")
public class TemplateStoreHealth implements HealthIndicator {
    private final Gongwen gongwen;

    public TemplateStoreHealth(Gongwen gongwen) {
        this.gongwen = gongwen;
    }

    @Override
    public Health health() {
        TemplateStoreStatus s = gongwen.storeStatus();
        if (s.where() == null) return Health.up().withDetail("store", "none (template changes off)").build();
        Health.Builder h = s.loaded() ? Health.up() : Health.down();
        h.withDetail("store", s.up() ? "available" : "unavailable").withDetail("where", s.where())
                .withDetail("revision", s.revision()).withDetail("templates", s.templates());
        if (s.checked() != null) h.withDetail("checked", s.checked().toString());
        if (s.error() != null) h.withDetail("error", s.error());
        return h.build();
    }
}
