package org.gongwen.compose;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;

import java.util.List;

/**
 * A document as every output prints it: the wording and placement decisions of GB/T 9704 taken once
 * ({@link Composer}), for the DOCX writer, the typesetter, the portal page and the checker to consume.
 * Text the document lacks is "" (never null).
 *
 * @param document     the document as read (metadata, warnings)
 * @param titleLines   the title's lines (§7.3.1), empty for no title
 * @param titleNote    the title note (题注) in its brackets ({@link Wording#titleNote}), "" for none: printed right
 *                     under the title, centred, in the face of a level-2 heading (楷体 in GB/T 9704's house),
 *                     on the body's lines
 * @param docNumber    发文字号
 * @param issuerMark   the issuers' names as the 发文机关标志 names them (the DOCX's {{issuer}})
 * @param markLines    the 发文机关标志's lines as printed ("…文件", or joint issuers' names stacked), none for a
 *                     house without a red header or a placeholder mark and no issuer
 * @param markSide     the text beside the stacked names ("文件"), "" for none
 * @param recipients   主送机关, without its colon ({@link Wording#recipientsLine} adds it)
 * @param body         the body's blocks in order; 附注 are taken out, they follow the date
 * @param signature    署名 and 成文日期 and where they go (§7.3.5.2)
 * @param notes        附注, each in its brackets (§7.3.6)
 * @param appendices   附件, each from a new page (§8)
 * @param imprint      the 版记 (§7.4), or null when the house template has none
 * @param style        the house style it was composed for (what a figure's box is fitted to)
 */
public record ComposedDocument(OfficialDocument document, List<String> titleLines, String titleNote, String docNumber,
                               String issuerMark, List<String> markLines, String markSide, String recipients, List<Block> body, Signature signature,
                               List<String> notes, List<Appendix> appendices, Imprint imprint,
                               HouseStyle style) {

    /** The heading level whose face a title note takes (楷体 in GB/T 9704's house): every writer reads it here. */
    public static final int TITLE_NOTE_FACE_LEVEL = 2;

    public ComposedDocument {
        titleLines = List.copyOf(titleLines);
        markLines = List.copyOf(markLines);
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        appendices = List.copyOf(appendices);
    }

    /** Where a figure of this document goes ({@link Figures}, decided once for every writer). */
    public FigureBox figure(Block.Figure figure) {
        return Figures.box(figure, style);
    }

    /**
     * Where a figure goes (issue 15, {@link Figures}), in points: the picture's size, its left edge's
     * distance from the type area's (centred), the whole grid lines its line takes and their height;
     * the picture sits at the bottom of that line. {@code captionLines} are the lines its caption
     * takes under it (0 for none), which the picture left room for on its page.
     */
    public record FigureBox(double widthPt, double heightPt, double leftPt, int lines, double lineHeightPt, int captionLines) {
        /** How far below the top of its line the picture's top is. */
        public double topPt() {
            return lineHeightPt - heightPt;
        }
    }

    /**
     * Without 主送机关 the body keeps the place the recipients' line would have had below the title
     * (its space before), so a document reads the same with and without them; no title, no gap.
     */
    public boolean bodyTakesRecipientsPlace() {
        return recipients.isEmpty() && !titleLines.isEmpty();
    }

    /** The title on one line, as metadata and the portal give it. */
    public String title() {
        return String.join("", titleLines);
    }

    /**
     * One 附件 (§8): its label ("附件" or "附件N"), its title's lines, its blocks — 附注 in an
     * appendix stay where they are, already bracketed.
     */
    public record Appendix(String label, List<String> titleLines, List<Block> blocks) {
        public Appendix {
            titleLines = List.copyOf(titleLines);
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The 版记 (§7.4).
     *
     * @param cc        抄送机关 without label and full stop ("" for none)
     * @param printer   印发机关 ("" for none)
     * @param printDate 印发日期 as printed, e.g. 2025年1月20日 ("" for none); the document's date when not given
     */
    public record Imprint(String cc, String printer, String printDate) {
        public boolean isEmpty() {
            return cc.isEmpty() && printer.isEmpty() && printDate.isEmpty();
        }
    }
}
