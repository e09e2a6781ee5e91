package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.model.LabelSequence;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Heading numbers: each level counts 1, 2, 3 … under its parent (一、二、三; （一）（二）; 1. 2.;
 * （1）（2）) by {@link LabelSequence}, with no gap and no repeat, and every label in the form GB/T
 * 9704 writes it. Counting restarts in each 附件, and only there: in a finished document a level that
 * starts again at 1 under the same parent is a gap (the importer's check lets a draft do so).
 */
final class NumberingChecks implements DocxChecker.Check {
    private static final Set<Role> NUMBERED = EnumSet.of(Role.HEADING1, Role.HEADING2, Role.HEADING3, Role.HEADING4,
            Role.BODY);

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        LabelSequence sequence = new LabelSequence(4);
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.APPENDIX_LABEL) sequence.restart();
            if (roles[i] == null || !NUMBERED.contains(roles[i])) continue;
            Para p = doc.paragraphs.get(i);
            Labels.Label label = Labels.parse(p.text());
            if (label == null) continue;
            String levelName = Role.heading(label.level()).chineseName();
            if (!label.wellFormed()) {
                out.error("heading-label-form", levelName + "序号“" + label.label().strip() + "”应写作“" + label.correct() + "”"
                        + hint(label), p.where());
            }
            LabelSequence.Follow f = sequence.next(label.level(), label.number(), label.label());
            String expected = Labels.form(label.level(), f.expected());
            switch (f.step()) {
                case REPEAT -> out.error("heading-number-repeat", levelName + "序号“" + label.correct() + "”与上一个重复，应为“"
                        + expected + "”", p.where());
                case GAP, BACK -> out.error("heading-number-gap", levelName + "序号不连续：此处为“" + label.correct() + "”，按顺序应为“"
                        + expected + "”", p.where());
                case NEXT -> { }
            }
        }
    }

    private static String hint(Labels.Label label) {
        return switch (label.level()) {
            case 1 -> "（汉字数字后用顿号）";
            case 2, 4 -> "（全角括号，括号后不加标点）";
            default -> "（阿拉伯数字后用下脚点）";
        };
    }
}
