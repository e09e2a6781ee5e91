package org.gongwen.compose;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.FigureDocs;
import org.gongwen.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 15: a figure's box is decided once, here, for every output. */
class FiguresTest {
    static final HouseStyle STYLE = TemplateLibrary.shared().get("report").style();
    static final double WIDTH = STYLE.page().typeAreaWidthPt();          // 442.25 pt (156 mm)
    static final double PITCH = STYLE.page().linePitchPt();              // 28.95 pt
    static final double ROOM = LineBox.DESCENT_EM * STYLE.bodySizePt();  // 5.34 pt under the picture

    static ComposedDocument.FigureBox box(String caption, double w, double h) {
        return Figures.box(new Block.Figure(caption, Block.Figure.PNG, w, h, TestImages.orgChart(40, 20)), STYLE);
    }

    @Test
    void aWidePictureIsMadeAsWideAsTheTypeAreaKeepingItsProportions() {
        ComposedDocument.FigureBox b = box("图1　组织架构图", 1200, 675);
        assertThat(b.widthPt()).isEqualTo(WIDTH, within(0.01));
        assertThat(b.heightPt()).isEqualTo(675 * WIDTH / 1200, within(0.01));
        assertThat(b.leftPt()).isEqualTo(0, within(0.01));
        // whole grid lines, enough for the picture and the room under it, and no more
        assertThat(b.lines()).isEqualTo((int) Math.ceil((b.heightPt() + ROOM) / PITCH));
        assertThat(b.lineHeightPt()).isEqualTo(b.lines() * PITCH, within(1e-9));
        assertThat(b.lineHeightPt() - b.heightPt()).isBetween(ROOM, ROOM + PITCH);
        assertThat(b.topPt()).isEqualTo(b.lineHeightPt() - b.heightPt(), within(1e-9));
    }

    @Test
    void aTallPictureIsMadeShortEnoughForItsPageWithItsCaption() {
        ComposedDocument.FigureBox b = box("图2　平面示意图", 450, 1050);
        int lines = STYLE.page().linesPerPage();   // 22
        assertThat(b.captionLines()).isEqualTo(1);
        assertThat(b.lines() + b.captionLines()).isEqualTo(lines);
        assertThat(b.heightPt()).isEqualTo((lines - 1) * PITCH - ROOM, within(0.011));
        assertThat(b.widthPt() / b.heightPt()).isEqualTo(450.0 / 1050, within(1e-4));
        assertThat(b.leftPt()).isEqualTo((WIDTH - b.widthPt()) / 2, within(0.01));
        // without a caption it may take the whole page
        assertThat(box("", 450, 1050).lines()).isEqualTo(lines);
        // a caption of two lines leaves two lines
        ComposedDocument.FigureBox two = box("图3　" + "很长的图题".repeat(8), 450, 1050);
        assertThat(two.captionLines()).isEqualTo(2);
        assertThat(two.lines()).isEqualTo(lines - 2);
    }

    @Test
    void aSmallPictureKeepsItsSizeCentred() {
        ComposedDocument.FigureBox b = box("图3　标识", 90, 45);
        assertThat(b.widthPt()).isEqualTo(90);
        assertThat(b.heightPt()).isEqualTo(45);
        assertThat(b.leftPt()).isEqualTo((WIDTH - 90) / 2, within(0.01));
        assertThat(b.lines()).isEqualTo(2);   // 45 + 5.34 pt: two lines of 28.95
        assertThat(box("", 10, 10).lines()).isEqualTo(1);
    }

    @Test
    void theCompositionCarriesEveryFiguresBoxForEveryWriter() {
        OfficialDocument doc = FigureDocs.figures();
        ComposedDocument c = Composer.compose(doc, STYLE);
        List<Block.Figure> figures = c.body().stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
        assertThat(figures).hasSize(4);
        for (Block.Figure f : figures) assertThat(c.figure(f)).isEqualTo(Figures.box(f, STYLE));
        Block.Figure inAppendix = (Block.Figure) c.appendices().get(0).blocks().get(1);
        assertThat(c.figure(inAppendix).captionLines()).isEqualTo(1);
        // the box follows from the figure and the house alone: a caption of its own changes its room
        Block.Figure captioned = figures.get(0).withCaption("别处的图".repeat(20));
        assertThat(c.figure(captioned)).isEqualTo(Figures.box(captioned, STYLE));
        assertThat(c.figure(captioned).captionLines()).isGreaterThan(1);
    }

    @Test
    void aCaptionTypedWithALineBreakIsOneLineInEveryOutput() {
        OfficialDocument doc = OfficialDocument.builder().blocks(List.of(
                new Block.Figure("图1\n组织架构图", Block.Figure.PNG, 100, 50, TestImages.orgChart(40, 20)))).build();
        ComposedDocument c = Composer.compose(doc, STYLE);
        Block.Figure f = (Block.Figure) c.body().get(0);
        assertThat(f.caption()).isEqualTo("图1组织架构图");
        assertThat(c.figure(f).widthPt()).isEqualTo(100);
    }
}
