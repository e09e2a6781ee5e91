package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each paragraph of a DOCX is. A paragraph in one of the template's role styles (or Word's
 * built-in "heading 1".."heading 4") takes that role; a paragraph in the body style, or in a draft
 * without styles, is recognised by its text and place: the title first, recipients ending in ：,
 * headings by their labels, the date line and the signature above it, 附件 pages.
 */
final class Classifier {

    private final Map<String, Role> styleRoles = new HashMap<>();
    private final Map<String, Role> styleNameRoles = new HashMap<>();

    Classifier(HouseStyle house) {
        // the body style may be shared by several roles; a heading or title style names one role
        for (Role r : Role.values()) {
            String id = house.role(r).styleId(), name = house.role(r).styleName();
            if (id != null && !id.isBlank()) styleRoles.putIfAbsent(id, r);
            if (name != null && !name.isBlank()) styleNameRoles.putIfAbsent(normal(name), r);
        }
        HouseStyle.RoleStyle body = house.role(Role.BODY);
        if (body.styleId() != null) styleRoles.put(body.styleId(), Role.BODY);
        if (body.styleName() != null) styleNameRoles.put(normal(body.styleName()), Role.BODY);
    }

    private static String normal(String styleName) {
        return styleName.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** Roles of the body paragraphs, in order; null for empty paragraphs and table cells. */
    Role[] classify(List<Para> paras) {
        Role[] roles = new Role[paras.size()];
        boolean[] byStyle = new boolean[paras.size()];
        boolean[] bodyStyle = new boolean[paras.size()];
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isEmpty() || p.inTable()) continue;
            Role r = styleRole(p);
            // set explicitly to a dedicated body style (not the document's default paragraph style)
            bodyStyle[i] = r == Role.BODY && p.styleId() != null && !"Normal".equalsIgnoreCase(p.styleId());
            if (r != null && r != Role.BODY) {
                roles[i] = r;
                byStyle[i] = true;
            }
        }
        int firstAppendix = firstAppendixLabel(paras, roles);
        // the head: title (after a red header's mark and number), then recipients
        int i = 0;
        while (i < paras.size() && (paras.get(i).isEmpty() || paras.get(i).inTable())) i++;
        boolean anyStyledTitle = java.util.Arrays.asList(roles).contains(Role.TITLE);
        while (i < paras.size() && roles[i] != null && roles[i] != Role.TITLE && !isBodyRole(roles[i])) i = next(paras, i);
        if (i < paras.size() && roles[i] == null) {
            Para first = paras.get(i);
            int n = next(paras, i);
            if (first.text().strip().endsWith("文件") && first.text().strip().length() <= 40 && n < paras.size()
                    && roles[n] == null && LineKinds.holdsDocNumber(paras.get(n).text())) {
                roles[i] = Role.ISSUER_MARK;
                i = n;
                first = paras.get(i);
            }
            if (LineKinds.holdsDocNumber(first.text()) && first.text().length() < 30) {
                roles[i] = Role.DOC_NUMBER;
                i = next(paras, i);
            }
            // a paragraph in the house's body style is body text, not a title typed without its style
            if (!anyStyledTitle && i < paras.size() && roles[i] == null && !bodyStyle[i] && Labels.parse(paras.get(i).text()) == null) {
                roles[i] = Role.TITLE;
                int j = next(paras, i);
                // a title typed as two centred paragraphs
                while (j < paras.size() && roles[j] == null && j == i + 1
                        && paras.get(j).align() == HouseStyle.Align.CENTER && paras.get(i).align() == HouseStyle.Align.CENTER
                        && !LineKinds.endsWithColon(paras.get(j).text()) && Labels.parse(paras.get(j).text()) == null) {
                    roles[j] = Role.TITLE;
                    i = j;
                    j = next(paras, j);
                }
            }
        }
        int lastTitle = lastIndexOf(roles, Role.TITLE);
        boolean[] titleNote = new boolean[paras.size()];
        if (lastTitle >= 0) {
            int j = next(paras, lastTitle);
            // a title note (题注) right under the title, centred in its brackets: part of the head, no body text
            if (j < paras.size() && roles[j] == null && LineKinds.isTitleNote(paras.get(j).text())
                    && paras.get(j).align() == HouseStyle.Align.CENTER) {
                titleNote[j] = true;
                j = next(paras, j);
            }
            if (j < paras.size() && roles[j] == null && LineKinds.endsWithColon(paras.get(j).text())
                    && paras.get(j).text().strip().length() <= 80 && Labels.parse(paras.get(j).text()) == null) {
                roles[j] = Role.RECIPIENTS;
            }
        }
        // the tail of the main text: date, signature above it, note below it
        int end = firstAppendix < 0 ? paras.size() : firstAppendix;
        if (lastIndexOf(roles, Role.DATE) < 0) {
            for (int k = end - 1; k >= 0; k--) {
                Para p = paras.get(k);
                if (p.isEmpty() || p.inTable() || roles[k] != null) continue;
                if (LineKinds.isDate(p.text())) {
                    roles[k] = Role.DATE;
                    int s = previous(paras, k);
                    if (s >= 0 && roles[s] == null && LineKinds.isNameLike(paras.get(s).text())) roles[s] = Role.SIGNATURE;
                    int n = next(paras, k);
                    if (n < end && roles[n] == null && LineKinds.isNote(paras.get(n).text())) roles[n] = Role.NOTE;
                    break;
                }
                if (!LineKinds.isNote(p.text()) && !isTail(p.text())) break;
            }
        }
        boolean inAttachments = false;
        for (int k = 0; k < paras.size(); k++) {
            Para p = paras.get(k);
            if (p.isEmpty() || p.inTable() || titleNote[k]) continue;
            if (byStyle[k] || roles[k] != null) {
                inAttachments = roles[k] == Role.ATTACHMENTS;
                continue;
            }
            if (isCaption(paras, k)) continue;   // a figure's caption: no body rule applies to it
            String t = Labels.stripLeading(p.text());
            if (t.startsWith("附件：") || t.startsWith("附件:")) {
                roles[k] = Role.ATTACHMENTS;
                inAttachments = true;
            } else if (inAttachments && t.matches("^\\d+[.．].*") && k < end) {
                roles[k] = Role.ATTACHMENTS;
            } else if (LineKinds.isAppendixLabel(t)) {
                roles[k] = Role.APPENDIX_LABEL;
                int n = next(paras, k);
                if (n < paras.size() && roles[n] == null) roles[n] = Role.APPENDIX_TITLE;
                inAttachments = false;
            } else if (t.startsWith("抄送：") || t.startsWith("抄送:")) {
                roles[k] = Role.COPY_TO;
            } else if (LineKinds.isPrintedLine(t)) {
                roles[k] = Role.PRINTED_BY;
            } else {
                inAttachments = false;
                Labels.Label label = Labels.parse(t);
                if (Labels.isChapter(t)) roles[k] = Role.CHAPTER;
                else if (Labels.isArticle(t)) roles[k] = Role.ARTICLE;
                else if (label != null && Labels.headingLength(t, label) == t.length()) roles[k] = Role.heading(label.level());
                else roles[k] = Role.BODY;
            }
        }
        return roles;
    }

    /**
     * A figure's caption (issue 15): a short centred line right under a paragraph that shows only a
     * picture, as gongwen writes it and Word's 题注 sits. It takes no role: it is neither body text (no
     * indent, centred) nor a title.
     */
    static boolean isCaption(List<Para> paras, int k) {
        if (k == 0) return false;
        Para above = paras.get(k - 1), p = paras.get(k);
        String t = p.text().strip();
        return above.hasPicture() && above.isEmpty() && !above.inTable() && p.align() == HouseStyle.Align.CENTER
                && t.codePointCount(0, t.length()) <= 60;
    }

    /** The role a paragraph's style names, or null when the style is not one of the template's. */
    private Role styleRole(Para p) {
        Role r = styleRoles.get(p.styleId());
        if (r != null) return r;
        // Word localises style ids (a Chinese Word saves 公文正文 as id a5): match the display name too
        String name = p.styleName() == null ? "" : normal(p.styleName());
        r = styleNameRoles.get(name);
        if (r != null) return r;
        return switch (name) {
            case "heading1", "标题1" -> Role.HEADING1;
            case "heading2", "标题2" -> Role.HEADING2;
            case "heading3", "标题3" -> Role.HEADING3;
            case "heading4", "标题4" -> Role.HEADING4;
            case "title", "标题" -> Role.TITLE;
            default -> null;
        };
    }

    private static int firstAppendixLabel(List<Para> paras, Role[] roles) {
        for (int k = 0; k < paras.size(); k++) {
            if (roles[k] == Role.APPENDIX_LABEL) return k;
            Para p = paras.get(k);
            if (roles[k] == null && !p.inTable() && LineKinds.isAppendixLabel(Labels.stripLeading(p.text()))) return k;
        }
        return -1;
    }

    static boolean isBodyRole(Role r) {
        return r == Role.BODY || r == Role.HEADING1 || r == Role.HEADING2 || r == Role.HEADING3 || r == Role.HEADING4
                || r == Role.RECIPIENTS || r == Role.TITLE;
    }

    private static boolean isTail(String t) {
        String s = Labels.stripLeading(t);
        return s.startsWith("抄送") || s.contains("印发");
    }

    private static int next(List<Para> paras, int i) {
        int j = i + 1;
        while (j < paras.size() && (paras.get(j).isEmpty() || paras.get(j).inTable())) j++;
        return j;
    }

    private static int previous(List<Para> paras, int i) {
        int j = i - 1;
        while (j >= 0 && (paras.get(j).isEmpty() || paras.get(j).inTable())) j--;
        return j;
    }

    private static int lastIndexOf(Role[] roles, Role r) {
        for (int k = roles.length - 1; k >= 0; k--) if (roles[k] == r) return k;
        return -1;
    }
}
