package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.TemplateInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates page lists, however it was reached (the page, an adoption, an error on it): every
 * template with its validation and first page, and whether the upload form is shown.
 */
@Component
public class TemplatesPage {
    private final Gongwen gongwen;
    private final TemplatePreviews previews;
    private final AdminToken adminToken;
    private final String templatesDir;

    public TemplatesPage(Gongwen gongwen, TemplatePreviews previews, AdminToken adminToken,
                         @Value("${gongwen.templates.dir:}") String templatesDir) {
        this.gongwen = gongwen;
        this.previews = previews;
        this.adminToken = adminToken;
        this.templatesDir = templatesDir;
    }

    /** The listing: its templates, and the page's attributes (templateInfos, previews, changesOn). */
    record Listing(List<TemplateInfo> templates, Map<String, Object> attributes) {
        boolean has(String id) {
            return templates.stream().anyMatch(t -> t.id().equals(id));
        }
    }

    Listing listing() {
        List<TemplateInfo> templates = gongwen.templates();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("templateInfos", templates);
        attributes.put("previews", previews.firstPages(templates));
        attributes.put("changesOn", changesOn());
        return new Listing(templates, attributes);
    }

    /** Template changes need both an admin token and a templates folder configured. */
    boolean changesOn() {
        return adminToken.adminToken() != null && !adminToken.adminToken().isBlank() && !templatesDir.isBlank();
    }
}
