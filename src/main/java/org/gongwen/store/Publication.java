package org.gongwen.store;

import java.time.Instant;

/** One publish (or, with a null hash, unpublish) of a template: which version, by whom, when. */
public record Publication(String templateId, String hash, String author, Instant at) {}
