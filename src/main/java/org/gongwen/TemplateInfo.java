package org.gongwen;

import java.util.List;

/**
 * A house template as the UI and API list it.
 *
 * @param id          the id used in requests: a name ({@code report}) or a bureau's {@code bureau/name}
 * @param description what the template is for (its document title), or the id
 * @param redHeader   whether it has a red 版头
 * @param valid       whether it passed template validation (a template that did not is listed
 *                    with its findings, and cannot be used)
 * @param findings    what validation found, one line each
 * @param version     the hex SHA-256 of the .docx renders use now (null for a file that could not be loaded)
 */
public record TemplateInfo(String id, String description, boolean redHeader, boolean valid, List<String> findings,
                           String version) {
    public TemplateInfo {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The bureau whose template it is, or null for the deployment's own. */
    public String bureau() {
        int slash = id.indexOf('/');
        return slash < 0 ? null : id.substring(0, slash);
    }
}
