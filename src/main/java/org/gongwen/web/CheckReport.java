package org.gongwen.web;

import org.gongwen.check.Finding;

import java.util.List;

/** What the format checker found in a draft: the counts, then each finding in document order. */
public record CheckReport(String template, long errors, long warnings, List<Finding> findings) {
    static CheckReport of(String template, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return new CheckReport(template, errors, findings.size() - errors, findings);
    }

    /** The findings by rule, errors first, as the pages show them ({@code ui/findings :: grouped}). */
    public List<FindingGroups.Group> groups() {
        return FindingGroups.of(findings);
    }
}
