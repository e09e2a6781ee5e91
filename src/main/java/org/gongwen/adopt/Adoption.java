package org.gongwen.adopt;

/**
 * A bureau's document adopted as a house template: the template file (a normal gongwen template that
 * meets templates/README.md's contract) and what was learned.
 */
public record Adoption(byte[] template, AdoptionReport report) {}
