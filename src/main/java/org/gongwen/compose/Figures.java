package org.gongwen.compose;

import org.gongwen.model.Block;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;

/**
 * Where a figure goes (issue 15), decided once for every output: the picture keeps its proportions
 * and is never enlarged; it is made smaller when it is wider than the type area, or taller than
 * what a page holds with its caption (the type area's lines less the caption's, less the room under
 * the picture); it is centred across the type area; its line takes whole grid lines, enough for the
 * picture and the room under it ({@link LineBox#DESCENT_EM} of the body size), and the picture sits
 * at the bottom of that line, right above its caption. The DOCX writer makes that line an "at least"
 * line of exactly those grid lines (an exact line would clip an inline picture taller than four
 * fifths of it, in Word and LibreOffice alike), the typesetter a box as tall, the portal page sizes
 * the picture as the share of the type area's width it takes.
 */
public final class Figures {
    private Figures() {}

    /** The figure's box in the house's type area and grid. */
    public static ComposedDocument.FigureBox box(Block.Figure figure, HouseStyle style) {
        HouseStyle.PageSetup page = style.page();
        double pitch = page.linePitchPt();
        double room = LineBox.DESCENT_EM * style.bodySizePt();
        int captionLines = captionLines(figure.caption(), style);
        int lines = Math.max(1, page.linesPerPage() - captionLines);
        double maxWidth = page.typeAreaWidthPt();
        double maxHeight = Math.max(pitch / 2, Math.min(lines * pitch, page.typeAreaHeightPt()) - room);
        double w = figure.widthPt(), h = figure.heightPt();
        if (!(w > 0 && h > 0)) {   // no size at all: a square the type area's width (admission refuses such data anyway)
            w = maxWidth;
            h = maxWidth;
        }
        double scale = Math.min(1, Math.min(maxWidth / w, maxHeight / h));
        w = hundredths(w * scale);
        h = hundredths(h * scale);
        int taken = Math.max(1, (int) Math.ceil((h + room) / pitch - 1e-4));
        return new ComposedDocument.FigureBox(w, h, Math.max(0, Math.round((maxWidth - w) / 2 * 100) / 100.0), taken, taken * pitch, captionLines);
    }

    /**
     * The lines a caption takes, centred in the body's face on the grid: its width in 字 over the 字 a
     * line holds (0 for no caption).
     */
    public static int captionLines(String caption, HouseStyle style) {
        if (caption == null || caption.isBlank()) return 0;
        return (int) Math.max(1, Math.ceil(Widths.zi(caption.strip()) / Composer.charsPerLine(style, Role.BODY) - 1e-9));
    }

    /**
     * Down to a hundredth of a point (the DOCX's EMUs and the PDF's coordinates both hold that), so a
     * picture fitted to a limit stays within it.
     */
    private static double hundredths(double pt) {
        return Math.max(0.01, Math.floor(pt * 100 + 1e-6) / 100.0);
    }
}
