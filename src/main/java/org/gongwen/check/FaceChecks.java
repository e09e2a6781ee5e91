package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.check.DocxDocument.Run;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.EnumSet;
import java.util.Set;

/**
 * Face, size, weight and colour of the text of each role. The heading sentence of a run-in
 * heading ("（一）强化法治学习。坚持……") is held to its level's face, the rest to the body face.
 */
final class FaceChecks implements DocxChecker.Check {
    private static final Set<Role> NOT_BOLD_CHECKED = EnumSet.of(Role.BODY, Role.TABLE, Role.PAGE_NUMBER);

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        for (int i = 0; i < roles.length; i++) {
            Role role = roles[i];
            if (role == null || role == Role.TABLE) continue;
            Para p = doc.paragraphs.get(i);
            Lead lead = Lead.of(p, role);
            Set<String> reported = new java.util.HashSet<>();
            int pos = 0;
            for (Run r : p.runs()) {
                String t = r.text().replace("\n", "");
                int leadPart = Math.max(0, Math.min(t.length(), lead.length() - pos));
                if (leadPart > 0 && lead.role() != null) checkRun(r, t.substring(0, leadPart), lead.role(), house, p, reported, out);
                if (leadPart < t.length()) checkRun(r, t.substring(leadPart), role, house, p, reported, out);
                pos += t.length();
            }
        }
    }

    private static void checkRun(Run r, String text, Role role, HouseStyle house, Para p, Set<String> reported,
                                 FindingList out) {
        if (text.isBlank()) return;
        RoleStyle want = house.role(role);
        boolean cjk = text.codePoints().anyMatch(Text::isHan);
        boolean faceOk = !cjk || Faces.matches(want.eastAsiaFont(), r.eastAsiaFont(), false);
        boolean sizeOk = Math.abs(r.sizePt() - want.sizePt()) < 0.26;
        String id = RoleNames.id(role);
        // one finding per paragraph, role and kind: the face, the weight, the colour
        if ((!faceOk || !sizeOk) && reported.add(id + "-font")) {
            String found = (cjk ? (r.eastAsiaFont() == null ? "未设置中文字体的" : Faces.official(r.eastAsiaFont())) : "") + Sizes.name(r.sizePt());
            out.error(id + "-font", role.chineseName() + "字体应为" + want.eastAsiaFont() + Sizes.name(want.sizePt())
                    + "，此处为" + found, p.where());
        }
        if (r.bold() && !want.bold() && cjk && !NOT_BOLD_CHECKED.contains(role) && reported.add(id + "-bold")) {
            out.warning(id + "-bold", role.chineseName() + "不应加粗，请取消加粗", p.where());
        }
        if (!r.color().equalsIgnoreCase(want.color()) && reported.add(id + "-color")) {
            String msg = role.chineseName() + "应为" + color(want.color()) + "，此处为" + color(r.color());
            if ("000000".equals(want.color())) out.warning(id + "-color", msg, p.where());
            else out.error(id + "-color", msg, p.where());
        }
    }

    private static String color(String hex) {
        return switch (hex.toUpperCase()) {
            case "000000" -> "黑色";
            case "FF0000" -> "红色";
            default -> "颜色#" + hex;
        };
    }

    /**
     * What opens a paragraph in another face: the run-in heading sentence of a labelled body
     * paragraph (in its level's face), an article's label 第X条 and its caption （…） (in the level-1 face). The label of a
     * numbered paragraph without a heading sentence may take either face: {@code role} null.
     */
    record Lead(Role role, int length) {
        private static final java.util.regex.Pattern ARTICLE_LABEL = java.util.regex.Pattern.compile("^\\s*第[一二三四五六七八九十百零〇]+条([\\s\\u3000]*（[^（）]{1,30}）)?");

        static Lead of(Para p, Role role) {
            String text = p.text();
            if (role == Role.ARTICLE) {
                var m = ARTICLE_LABEL.matcher(text);
                return m.find() ? new Lead(Role.HEADING1, m.end()) : new Lead(role, 0);
            }
            if (role != Role.BODY) return new Lead(role, 0);
            Labels.Label label = Labels.parse(text);
            if (label == null) return new Lead(role, 0);
            int leading = text.length() - Labels.stripLeading(text).length();
            int heading = Labels.headingLength(text, label);
            return heading > 0 ? new Lead(Role.heading(label.level()), leading + heading)
                    : new Lead(null, leading + label.label().length());
        }
    }
}
