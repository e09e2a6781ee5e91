package org.gongwen.flow;

import java.util.List;

/**
 * A house template as the UI and API list it.
 *
 * @param id       the id used in requests (file name without .docx)
 * @param findings what template validation found against GB/T 9704 and the template contract;
 *                 empty when it passed or when no validation is available ({@code validated} false)
 */
public record TemplateInfo(String id, boolean redHeader, boolean validated, List<String> findings) {
    public TemplateInfo {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
