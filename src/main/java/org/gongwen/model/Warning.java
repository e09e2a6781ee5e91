package org.gongwen.model;

/**
 * Something an importer or writer noticed and did not guess: a numbering gap, an unreadable
 * date, a missing glyph. {@code code} is stable (kebab-case); {@code message} is Chinese, for a clerk.
 */
public record Warning(String code, String message) {}
