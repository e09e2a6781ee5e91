package org.gongwen.web;

import org.gongwen.check.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checker's findings grouped by rule for a clerk: one line spacing wrong in 36 paragraphs is one
 * thing to fix, said once with where it occurs. Errors come first, then warnings, each in the order the
 * document first shows them.
 */
public final class FindingGroups {
    /** Places named in the summary before "等 N 处". */
    static final int PLACES_SHOWN = 3;
    /** "第12段“一、总体要求”", "第3页" → the number and its unit. */
    private static final Pattern NUMBERED = Pattern.compile("^第(\\d+)(段|页)");

    private FindingGroups() {}

    /**
     * One rule's findings.
     *
     * @param where   the places, shortened: "第3、5、8段 等 12 处"
     * @param message the message every finding says, or what they all begin with ("正文字体应为仿宋_GB2312三号")
     *                when they differ; null when they share nothing
     * @param uniform whether every finding says the same
     */
    public record Group(String rule, boolean error, List<Finding> findings, String where, String message, boolean uniform) {
        public int count() { return findings.size(); }
    }

    public static List<Group> of(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
        List<Group> errors = new ArrayList<>(), warnings = new ArrayList<>();
        for (var e : byRule.entrySet()) {
            List<Finding> list = List.copyOf(e.getValue());
            // a rule that is an error in one place (a red that should be black) is an error to fix
            boolean error = list.stream().anyMatch(Finding::isError);
            Set<String> messages = new LinkedHashSet<>();
            for (Finding f : list) messages.add(f.message());
            boolean uniform = messages.size() == 1;
            Group g = new Group(e.getKey(), error, list, where(list), uniform ? list.get(0).message() : headline(messages), uniform);
            (error ? errors : warnings).add(g);
        }
        errors.addAll(warnings);
        return List.copyOf(errors);
    }

    /** The places, the paragraph or page numbers alone when they all have one: "第3、5、8段 等 12 处". */
    static String where(List<Finding> findings) {
        Set<String> places = new LinkedHashSet<>();
        for (Finding f : findings) places.add(f.location());
        Set<String> numbers = new LinkedHashSet<>();
        String unit = null;
        for (String place : places) {
            Matcher m = NUMBERED.matcher(place);
            if (places.size() == 1 || !m.find() || (unit != null && !unit.equals(m.group(2)))) {
                unit = null;
                break;
            }
            unit = m.group(2);
            numbers.add(m.group(1));
        }
        // a place is named in full when alone or when places differ in kind; full names hold 、 themselves
        List<String> names = unit != null ? List.copyOf(numbers) : List.copyOf(places);
        List<String> shown = names.subList(0, Math.min(PLACES_SHOWN, names.size()));
        String text = unit != null ? "第" + String.join("、", shown) + unit : String.join("；", shown);
        int count = findings.size();
        if (shown.size() < names.size()) return text + " 等 " + count + " 处";
        return count > shown.size() ? text + " 共 " + count + " 处" : text;
    }

    /** What the differing messages all begin with, up to a clause: "正文字体应为仿宋_GB2312三号". */
    static String headline(Set<String> messages) {
        String prefix = null;
        for (String m : messages) {
            if (prefix == null) {
                prefix = m;
                continue;
            }
            int i = 0;
            while (i < prefix.length() && i < m.length() && prefix.charAt(i) == m.charAt(i)) i++;
            prefix = prefix.substring(0, i);
        }
        if (prefix == null) return null;
        int cut = Math.max(prefix.lastIndexOf('，'), Math.max(prefix.lastIndexOf('；'), prefix.lastIndexOf('：')));
        return cut > 0 ? prefix.substring(0, cut) : null;
    }
}
