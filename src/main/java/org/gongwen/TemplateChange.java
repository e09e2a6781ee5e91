package org.gongwen;

import org.gongwen.adopt.AdoptionReport;

/**
 * What a template upload did: a file that meets the template contract is kept as it is
 * ({@code adopted} false, no report); any other official document is adopted as a house template
 * (org.gongwen.adopt) and {@code report} says what was learned. Either way a new version is kept
 * ({@code version}, the hex SHA-256 of the template kept), and published unless asked not to.
 */
public record TemplateChange(String id, boolean adopted, AdoptionReport report, String version, boolean published) {}
