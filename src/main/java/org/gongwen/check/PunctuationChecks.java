package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Half-width punctuation in Chinese text (GB/T 15834): , : ; ? ! ( ) " and a sentence-ending . next
 * to Chinese characters should be full-width. Digits keep theirs (1,000; 10:30; 3.5).
 */
final class PunctuationChecks implements DocxChecker.Check {
    private static final Map<Character, String> FULL = Map.of(',', "，", ':', "：", ';', "；", '?', "？", '!', "！",
            '(', "（", ')', "）", '"', "“”", '.', "。");

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        for (int i = 0; i < doc.paragraphs.size(); i++) {
            Para p = doc.paragraphs.get(i);
            if (p.isEmpty()) continue;
            String t = p.text();
            // a badly written heading label is reported by the numbering check
            Labels.Label label = roles[i] != null ? Labels.parse(t) : null;
            int from = label != null && !label.wellFormed() ? t.indexOf(label.label()) + label.label().length() : 0;
            Map<Character, Integer> found = new LinkedHashMap<>();
            for (int k = Math.max(0, from); k < t.length(); k++) {
                char c = t.charAt(k);
                if (!FULL.containsKey(c)) continue;
                if (inChinese(t, k, c)) found.merge(c, 1, Integer::sum);
            }
            if (found.isEmpty()) continue;
            StringBuilder msg = new StringBuilder("中文中的标点应为全角：");
            int total = 0;
            for (var e : found.entrySet()) {
                if (total > 0) msg.append("、");
                msg.append("“").append(e.getKey()).append("”应为“").append(FULL.get(e.getKey())).append("”");
                total += e.getValue();
            }
            msg.append("（共").append(total).append("处）");
            out.error("halfwidth-punctuation", msg.toString(), p.where());
        }
    }

    /** Whether the mark at {@code k} sits in Chinese text rather than in a number or a Latin phrase. */
    private static boolean inChinese(String t, int k, char c) {
        int before = neighbour(t, k, -1), after = neighbour(t, k, 1);
        boolean digitBefore = before >= 0 && Character.isDigit(before), digitAfter = after >= 0 && Character.isDigit(after);
        if ((c == ',' || c == ':' || c == '.') && digitBefore && digitAfter) return false;
        if (c == '.') return before >= 0 && Text.isHan(before) && (after < 0 || Text.isCjk(after));
        if (c == '(') return after >= 0 && Text.isCjk(after) || before >= 0 && Text.isHan(before) && closesOverChinese(t, k);
        if (c == ')') return before >= 0 && Text.isCjk(before) || after >= 0 && Text.isHan(after) && opensOverChinese(t, k);
        return before >= 0 && Text.isCjk(before) || after >= 0 && Text.isCjk(after);
    }

    private static boolean closesOverChinese(String t, int k) {
        int close = t.indexOf(')', k);
        return close > 0 && t.substring(k, close).codePoints().anyMatch(Text::isHan);
    }

    private static boolean opensOverChinese(String t, int k) {
        int open = t.lastIndexOf('(', k);
        return open >= 0 && t.substring(open, k).codePoints().anyMatch(Text::isHan);
    }

    /** The nearest non-space character before (dir -1) or after (dir 1), or -1. */
    private static int neighbour(String t, int k, int dir) {
        for (int j = k + dir; j >= 0 && j < t.length(); j += dir) {
            char c = t.charAt(j);
            if (c != ' ' && c != '\u00a0') return c;
        }
        return -1;
    }
}
