package org.gongwen.web;

import org.gongwen.TemplateChange;
import org.gongwen.TemplateInfo;
import org.gongwen.adopt.AdoptionReport;

import java.util.List;

/**
 * The answer to a template upload ({@code PUT /api/v1/templates/{id}} or {@code …/{bureau}/{name}}): what the upload did and the
 * templates as they are now, the new one with its validation.
 *
 * @param id        the template's id
 * @param adopted   false: the file met the template contract and was stored as it is; true: it was an
 *                  official document, adopted as a house template
 * @param report    what adoption learned (null when not adopted)
 * @param version   the version kept: the hex SHA-256 of the template file
 * @param published whether that version is now the one renders use
 * @param templates every template with its validation, as {@code GET /api/v1/templates} lists them
 */
public record TemplateUpload(String id, boolean adopted, AdoptionReport report, String version, boolean published,
                             List<TemplateInfo> templates) {
    static TemplateUpload of(TemplateChange change, List<TemplateInfo> templates) {
        return new TemplateUpload(change.id(), change.adopted(), change.report(), change.version(), change.published(),
                templates);
    }
}
