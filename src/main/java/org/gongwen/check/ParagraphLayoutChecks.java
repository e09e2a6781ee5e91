package org.gongwen.check;

import org.gongwen.compose.AttachmentIndent;
import org.gongwen.compose.Wording;
import org.gongwen.check.DocxDocument.Para;
import org.gongwen.model.Labels;
import org.gongwen.ooxml.Section;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** First-line and left indents, alignment and line spacing of each paragraph against its role. */
final class ParagraphLayoutChecks implements DocxChecker.Check {
    /** Signature, date and the red header have their own geometry checks. */
    private static final Set<Role> OWN_GEOMETRY = EnumSet.of(Role.SIGNATURE, Role.DATE, Role.ISSUER_MARK,
            Role.DOC_NUMBER, Role.TABLE, Role.PAGE_NUMBER);
    private static final Set<Role> ON_GRID = EnumSet.of(Role.BODY, Role.HEADING1, Role.HEADING2, Role.HEADING3,
            Role.HEADING4, Role.RECIPIENTS, Role.TITLE, Role.ATTACHMENTS, Role.NOTE);
    private static final double TOLERANCE_PT = 2;

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        if (doc.sections.isEmpty()) return;
        Section section = doc.sections.get(doc.sections.size() - 1);
        double zi = Grid.zi(house);
        for (int i = 0; i < roles.length; i++) {
            Role role = roles[i];
            if (role == null || OWN_GEOMETRY.contains(role)) continue;
            Para p = doc.paragraphs.get(i);
            RoleStyle want = house.role(role);
            String id = RoleNames.id(role), name = role.chineseName();
            String text = Labels.stripLeading(p.text());
            boolean continuation = role == Role.ATTACHMENTS && !text.startsWith("附件");
            double wantFirst = want.firstLineIndentPt(), wantLeft = want.leftIndentPt();
            if (role == Role.ATTACHMENTS && !continuation) {
                AttachmentIndent indent = AttachmentIndent.of(house, isNumbered(text) ? 2 : 1);
                wantFirst = indent.firstLineZi() * zi;
                wantLeft = indent.leftZi() * zi;
            }

            if (want.align() != Align.CENTER && !continuation) {
                double spaces = Text.leadingSpaceZi(p.text()) * zi;
                double first = p.firstLinePt() + spaces;
                if (Math.abs(first - wantFirst) > TOLERANCE_PT) {
                    out.error(id + "-indent", name + "首行应缩进" + Text.zi(wantFirst / zi) + "字，此处缩进"
                            + Text.zi(Math.round(first / zi * 2) / 2.0) + "字", p.where());
                } else if (spaces > 0 && Math.abs(p.firstLinePt() - wantFirst) > TOLERANCE_PT) {
                    out.warning("indent-spaces", "首行缩进应在段落格式中设置（首行缩进" + Text.zi(wantFirst / zi)
                            + "字符），不要用空格顶格", p.where());
                }
                if (Math.abs(p.leftPt() - wantLeft) > TOLERANCE_PT) {
                    out.error(id + "-indent", name + "左缩进应为" + Text.zi(wantLeft / zi) + "字，此处为"
                            + Text.zi(Math.round(p.leftPt() / zi * 2) / 2.0) + "字", p.where());
                }
            }
            if (p.align() != want.align() && !continuation) {
                String msg = name + "应" + align(want.align()) + "，此处为" + align(p.align());
                // left and justified differ only in lines that wrap
                boolean flushLeftBoth = isFlushLeft(want.align()) && isFlushLeft(p.align());
                boolean oneLine = Text.widthZi(p.text()) + (p.firstLinePt() + p.leftPt() + p.rightPt()) / zi
                        <= house.page().charsPerLine();
                if (!flushLeftBoth) out.error(id + "-align", msg, p.where());
                else if (!oneLine) out.warning(id + "-align", msg, p.where());
            }
            if (ON_GRID.contains(role)) {
                double found = Grid.pitch(p, section), expected = Grid.expectedPitch(house, role);
                if (Math.abs(found - expected) > 0.3) {
                    out.error(id + "-line-spacing", name + "行距应为每行" + Sizes.points(expected) + "磅（每页"
                            + house.page().linesPerPage() + "行），此处为" + Grid.describe(p.lineRule(), p.lineSpacing())
                            + "（每行约" + Sizes.points(Math.round(found * 10) / 10.0) + "磅）", p.where());
                }
            }
        }
    }

    /** "附件：1." — several attachments, numbered; "附件：名称" — one (a name may start with digits: 2025年…). */
    private static boolean isNumbered(String attachmentNote) {
        String rest = attachmentNote.substring(Math.min(attachmentNote.length(), Wording.ATTACHMENTS_LABEL.length())).strip();
        return NUMBERED.matcher(rest).lookingAt();
    }

    private static final Pattern NUMBERED = Pattern.compile("\\d+[.．]\\s*\\D");

    private static boolean isFlushLeft(Align a) {
        return a == Align.LEFT || a == Align.BOTH;
    }

    static String align(Align a) {
        return switch (a) {
            case LEFT -> "左对齐";
            case CENTER -> "居中";
            case RIGHT -> "右对齐";
            case BOTH -> "两端对齐";
        };
    }
}
