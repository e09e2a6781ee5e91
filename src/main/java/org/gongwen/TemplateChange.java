package org.gongwen;

import org.gongwen.adopt.AdoptionReport;

/**
 * What a template upload did: a file that meets the template contract is stored as it is
 * ({@code adopted} false, no report); any other official document is adopted as a house template
 * (org.gongwen.adopt) and {@code report} says what was learned.
 */
public record TemplateChange(String id, boolean adopted, AdoptionReport report) {}
