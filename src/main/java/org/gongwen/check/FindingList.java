package org.gongwen.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings in document order. A Word-default draft repeats the same defect in every
 * paragraph; past {@link #PER_RULE} findings of one rule the rest are counted into a single
 * closing finding, so a clerk reads a list, not a wall.
 */
final class FindingList {
    static final int PER_RULE = 10;

    private final List<Finding> kept = new ArrayList<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private final Map<String, Finding> firstOfRule = new LinkedHashMap<>();

    void add(Finding f) {
        int n = seen.merge(f.rule(), 1, Integer::sum);
        firstOfRule.putIfAbsent(f.rule(), f);
        if (n <= PER_RULE) kept.add(f);
    }

    void error(String rule, String message, String location) {
        add(Finding.error(rule, message, location));
    }

    void warning(String rule, String message, String location) {
        add(Finding.warning(rule, message, location));
    }

    List<Finding> toList() {
        List<Finding> out = new ArrayList<>(kept);
        seen.forEach((rule, n) -> {
            if (n > PER_RULE) {
                Finding first = firstOfRule.get(rule);
                out.add(new Finding(rule, first.severity(),
                        "另有" + (n - PER_RULE) + "处同类问题未逐一列出，请一并修改", "全文"));
            }
        });
        return List.copyOf(out);
    }
}
