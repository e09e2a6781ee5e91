package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.TemplateInfo;
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

    public TemplatesPage(Gongwen gongwen, TemplatePreviews previews) {
        this.gongwen = gongwen;
        this.previews = previews;
    }

    /** The listing: its templates, and the page's attributes (templateInfos, previews, changesOn, stored). */
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
        attributes.put("stored", gongwen.storedTemplates());
        return new Listing(templates, attributes);
    }

    /** The usable templates for a chooser, id → the name a clerk knows it by ("红头文件"). */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (TemplateInfo t : gongwen.templates()) if (t.valid()) names.put(t.id(), name(t));
        return names;
    }

    /** A template's name: its description without the "公文模板：" its document title opens with, else its id. */
    static String name(TemplateInfo t) {
        String d = t.description() == null ? "" : t.description().replaceFirst("^公文模板[：:]", "").strip();
        return d.isEmpty() ? t.id() : d;
    }

    /** Template changes need a store (a templates folder or a database); who may change what is {@link TemplateAccess}'s. */
    boolean changesOn() {
        return gongwen.storeStatus().where() != null;
    }
}
