package org.gongwen.store;

import java.time.Instant;

/** A bureau of the deployment: its id (in template ids, {@code zijin-wsj/redhead}), its name, when it was added. */
public record Bureau(String id, String name, Instant created) {}
