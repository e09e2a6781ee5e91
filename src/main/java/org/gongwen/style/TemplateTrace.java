package org.gongwen.style;

/**
 * What a rendered file says about the house template it was made with, so a published file can be
 * traced back to it: the template's id and its version (the hex SHA-256 of its .docx bytes).
 */
public record TemplateTrace(String id, String version) {}
