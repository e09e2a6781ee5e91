package org.gongwen.compose;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

/**
 * Where the 附件说明's lines start, in 字 from the type area's left edge (GB/T 9704 §7.3.4: "附件名称较长
 * 需回行时，应当与上一行附件名称的首字对齐"). Several attachments are numbered and the house's own indents
 * (with its tab stops) align the names; a single one is not numbered, so its name starts right after
 * "附件：" and its wrapped lines go under that.
 *
 * @param leftZi      left indent of the wrapped lines
 * @param firstLineZi first-line indent relative to {@code leftZi} (negative: hanging)
 */
public record AttachmentIndent(double leftZi, double firstLineZi) {

    public static AttachmentIndent of(HouseStyle style, int attachments) {
        HouseStyle.RoleStyle r = style.role(Role.ATTACHMENTS);
        double pitch = style.page().charPitchPt();
        if (attachments != 1) return new AttachmentIndent(r.leftIndentPt() / pitch, r.firstLineIndentPt() / pitch);
        double start = (r.leftIndentPt() + r.firstLineIndentPt()) / pitch;
        double label = Widths.zi(Wording.ATTACHMENTS_LABEL);
        return new AttachmentIndent(start + label, -label);
    }
}
