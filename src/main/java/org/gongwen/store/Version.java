package org.gongwen.store;

import java.time.Instant;

/**
 * One kept version of a template: immutable, named by the hex SHA-256 of its bytes.
 *
 * @param adopted whether it was learned from a bureau's own document (org.gongwen.adopt) rather than uploaded as a template
 */
public record Version(String templateId, String hash, Instant created, String author, boolean adopted, long size) {}
