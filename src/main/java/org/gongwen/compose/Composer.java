package org.gongwen.compose;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition step: from a document and a house style it decides, once, what GB/T 9704 makes of
 * the document's text — the title's lines, the labels and punctuation around recipients, 抄送, notes
 * and dates, where the signature and date go, what each appendix opens with, what the 版记 holds.
 * The writers print the result; none of them applies a wording or placement rule of its own.
 * Stateless and thread-safe.
 */
public final class Composer {
    private Composer() {}

    public static ComposedDocument compose(OfficialDocument doc, HouseStyle style) {
        List<Block> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Block b : doc.blocks()) {
            // §7.3.6: 附注 go below the date, in their brackets
            if (b instanceof Block.Note n) {
                String note = Wording.note(n.text());
                if (!note.isEmpty()) notes.add(note);
            } else {
                body.add(b);
            }
        }
        double pitch = style.page().charPitchPt();
        Signature signature = Signature.of(doc.issuers(), ChineseDate.of(doc.date()),
                style.role(Role.SIGNATURE).rightIndentPt() / pitch, style.role(Role.DATE).rightIndentPt() / pitch);

        List<ComposedDocument.Appendix> appendices = new ArrayList<>();
        int count = doc.appendices().size();
        for (int i = 0; i < count; i++) {
            org.gongwen.model.Appendix a = doc.appendices().get(i);
            List<Block> blocks = a.blocks().stream()
                    .map(b -> b instanceof Block.Note n ? new Block.Note(Wording.note(n.text())) : b).toList();
            appendices.add(new ComposedDocument.Appendix(Wording.appendixLabel(i, count),
                    titleLines(a.title(), style, Role.APPENDIX_TITLE), blocks));
        }

        String issuerMark = Wording.issuerNames(doc.issuers());
        return new ComposedDocument(doc, titleLines(doc.title(), style, Role.TITLE), nz(doc.docNumber()).strip(),
                issuerMark, markLine(style.redHeader(), issuerMark), Wording.recipients(doc.recipients()), body, signature,
                notes, appendices, imprint(doc, style));
    }

    /** A title split for its role's measure (§7.3.1); no lines for no title. */
    static List<String> titleLines(String title, HouseStyle style, Role role) {
        String t = nz(title).strip();
        return t.isEmpty() ? List.of() : TitleBreaker.split(t, charsPerLine(style, role));
    }

    /**
     * How many 字 of a role's size fit between its indents on the house's character grid: each
     * character advances by its size plus what the grid adds to a body character (pitch − body size),
     * as both Word's document grid and the typesetter set them.
     */
    public static int charsPerLine(HouseStyle style, Role role) {
        HouseStyle.RoleStyle r = style.role(role);
        double measure = style.page().typeAreaWidthPt() - r.leftIndentPt() - r.rightIndentPt();
        double advance = r.sizePt() + style.page().charPitchPt() - style.bodySizePt();
        return Math.max(1, (int) Math.floor(measure / advance + 1e-6));
    }

    /** §7.2.2: the 发文机关标志, the template's own text around {{issuer}} (by default "…文件"). */
    private static String markLine(HouseStyle.RedHeader header, String issuers) {
        if (header == null) return "";
        String text = nz(header.markText());
        return text.isBlank() ? issuers + "文件" : text.replace("{{issuer}}", issuers);
    }

    /**
     * The 版记 is part of the red-header template only (docs/architecture.md, Departures): a plain
     * house prints no 抄送 or 印发 line. The 印发日期 is the document's date unless given.
     */
    private static ComposedDocument.Imprint imprint(OfficialDocument doc, HouseStyle style) {
        if (style.redHeader() == null) return null;
        LocalDate printDate = doc.printDate() != null ? doc.printDate() : doc.date();
        return new ComposedDocument.Imprint(Wording.cc(doc.cc()), nz(doc.printer()).strip(), ChineseDate.of(printDate));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
