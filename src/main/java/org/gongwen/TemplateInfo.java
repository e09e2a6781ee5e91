package org.gongwen;

import java.util.List;

/**
 * A house template as the UI and API list it.
 *
 * @param id          the id used in requests (file name without .docx)
 * @param description what the template is for (its document title), or the id
 * @param redHeader   whether it has a red 版头
 * @param valid       whether it passed template validation (a template that did not is listed
 *                    with its findings, and cannot be used)
 * @param findings    what validation found, one line each
 */
public record TemplateInfo(String id, String description, boolean redHeader, boolean valid, List<String> findings) {
    public TemplateInfo {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
