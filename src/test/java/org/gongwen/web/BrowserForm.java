package org.gongwen.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page's form sent as a browser without JavaScript sends it: every named field in document order
 * (inputs, the chosen option of each select, textareas, checked boxes and radios), with the values a
 * test changes, and the pressed button's name and value.
 */
final class BrowserForm {
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private BrowserForm() {}

    /** The form's fields as the page shows them; fields tied to it from outside ({@code form="id"}) are not collected. */
    static BrowserForm of(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        if (form == null) throw new AssertionError("no form " + formSelector + " on the page");
        BrowserForm f = new BrowserForm();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            switch (e.tagName()) {
                case "select" -> {
                    Element chosen = e.selectFirst("option[selected]");
                    if (chosen == null) chosen = e.selectFirst("option");
                    if (chosen != null) f.fields.add(Map.entry(name, chosen.val()));
                }
                case "textarea" -> f.fields.add(Map.entry(name, e.wholeText().replaceFirst("^\n", "")));
                default -> {
                    String type = e.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) continue;
                    f.fields.add(Map.entry(name, e.val()));
                }
            }
        }
        return f;
    }

    /** Sets a field's (first) value, or adds it. */
    BrowserForm set(String name, String value) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getKey().equals(name)) {
                fields.set(i, Map.entry(name, value));
                return this;
            }
        }
        fields.add(Map.entry(name, value));
        return this;
    }

    /** Replaces the value of a repeated field whose value starts with {@code prefix} (a row's kind, "b0.3:"). */
    BrowserForm setRepeated(String name, String prefix, String value) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getKey().equals(name) && fields.get(i).getValue().startsWith(prefix)) {
                fields.set(i, Map.entry(name, value));
                return this;
            }
        }
        throw new AssertionError("no " + name + " starting " + prefix);
    }

    String get(String name) {
        return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The request the browser makes when a button with this name and value (or none: null) is pressed. */
    MockHttpServletRequestBuilder post(String action, String button, String value) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
        for (Map.Entry<String, String> e : fields) request.param(e.getKey(), e.getValue());
        if (button != null) request.param(button, value);
        return request;
    }
}
