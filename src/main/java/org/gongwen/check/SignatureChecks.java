package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.compose.Signature;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Signature and date without a seal (GB/T 9704 §7.3.5.2), measured against {@link Signature}, the
 * rule the writers place them by: one blank line below the body, the date's first character 2 字
 * right of the signature's, and the right spaces that rule gives for these texts with the house's
 * numbers (the signature 右空二字 unless the date needs that space). Positions are measured in 字
 * from the left of the type area, spaces typed in the text included.
 */
final class SignatureChecks implements DocxChecker.Check {
    private static final double TOLERANCE_ZI = 0.5;

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        int firstSig = -1, sig = -1, date = -1;
        for (int i = 0; i < roles.length && date < 0; i++) {
            // with several issuers the signature line right above the date is the one the date is set against
            if (roles[i] == Role.SIGNATURE) {
                sig = i;
                if (firstSig < 0) firstSig = i;
            }
            if (roles[i] == Role.DATE) date = i;
        }
        if (date < 0) return;
        double zi = Grid.zi(house);
        double width = house.page().typeAreaWidthPt() / zi;
        Para d = doc.paragraphs.get(date);
        Span ds = Span.of(d, width, zi);
        double dateMin = house.role(Role.DATE).rightIndentPt() / zi;
        if (sig < 0) {
            // a sealed document sets its date 右空四字 (§7.3.5.1)
            if (Math.abs(ds.rightGap - dateMin) > TOLERANCE_ZI && Math.abs(ds.rightGap - 4) > TOLERANCE_ZI) {
                out.error("date-placement", "成文日期应右空" + Text.zi(dateMin) + "字（加盖印章时右空四字），此处右空"
                        + Text.zi(round(ds.rightGap)) + "字", d.where());
            }
            return;
        }
        Para s = doc.paragraphs.get(sig);
        Span ss = Span.of(s, width, zi);
        // the rule places all the issuers together (the widest sets the column): give it every line
        List<String> issuers = new ArrayList<>();
        for (int i = firstSig; i <= sig; i++) if (roles[i] == Role.SIGNATURE) issuers.add(visible(doc.paragraphs.get(i).text()));
        Signature expected = Signature.of(issuers, visible(d.text()), house.role(Role.SIGNATURE).rightIndentPt() / zi, dateMin);
        double wantSig = expected.issuerRightZi().get(issuers.size() - 1), wantDate = expected.dateRightZi();
        if (Math.abs(ss.rightGap - wantSig) > TOLERANCE_ZI || Math.abs(ds.rightGap - wantDate) > TOLERANCE_ZI) {
            double shift = ds.start - ss.start;
            out.error("signature-placement", "发文机关署名应右空" + Text.zi(wantSig) + "字，成文日期右空" + Text.zi(wantDate)
                    + "字，日期首字比署名首字右移二字；此处署名右空" + Text.zi(round(ss.rightGap)) + "字，日期右空"
                    + Text.zi(round(ds.rightGap)) + "字，日期首字比署名首字" + (shift >= 0 ? "右" : "左") + "移"
                    + Text.zi(Math.abs(round(shift))) + "字", s.where());
        }
        for (int i = firstSig; i < sig; i++) {
            if (roles[i] != Role.SIGNATURE) continue;
            Span other = Span.of(doc.paragraphs.get(i), width, zi);
            if (Math.abs(other.start - ss.start) > TOLERANCE_ZI) {
                out.error("signature-placement", "联合行文的各发文机关署名应首字对齐；此处首字相差"
                        + Text.zi(Math.abs(round(other.start - ss.start))) + "字", doc.paragraphs.get(i).where());
            }
        }
        if (!blankBefore(doc, firstSig)) {
            out.warning("signature-spacing", "发文机关署名与正文（或附件说明）之间应空一行", doc.paragraphs.get(firstSig).where());
        }
    }

    private static String visible(String t) {
        return t.replace('\u3000', ' ').strip();
    }

    private static double round(double z) {
        return Math.round(z * 2) / 2.0;
    }

    /** An empty paragraph, or at least one line of space before, between the body and the signature. */
    private static boolean blankBefore(DocxDocument doc, int sig) {
        Para s = doc.paragraphs.get(sig);
        if (s.spaceBeforePt() >= s.sizePt()) return true;
        return sig > 0 && doc.paragraphs.get(sig - 1).isEmpty();
    }

    /** A one-line paragraph's text: where its first visible character starts and how much room is left on the right. */
    record Span(double start, double width, double rightGap) {
        static Span of(Para p, double lineZi, double zi) {
            String t = p.text();
            double total = Text.widthZi(t);
            double lead = Text.leadingSpaceZi(t), trail = Text.trailingSpaceZi(t);
            double left = p.leftPt() / zi, right = p.rightPt() / zi, first = p.firstLinePt() / zi;
            double begin = switch (p.align()) {
                case RIGHT -> lineZi - right - total;
                case CENTER -> left + first + (lineZi - left - right - first - total) / 2;
                case LEFT, BOTH -> left + first;
            };
            double start = begin + lead, visible = total - lead - trail;
            return new Span(start, visible, lineZi - start - visible);
        }
    }
}
