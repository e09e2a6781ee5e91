package org.gongwen.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.FigureDocs;
import org.gongwen.testing.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 15 in gongwen's own PDF: each picture is drawn inside the type area, centred across it, at
 * the size the composition gave it, its caption right under it; a picture that does not fit moves to
 * the next page with its caption; the file stays PDF/A-2b and byte-for-byte the same.
 */
class PdfFigureTest {
    static final Gongwen GONGWEN = Gongwen.builder().build();
    static final HouseStyle REPORT = TemplateLibrary.shared().get("report").style();

    /** A picture as the PDF draws it: page (0-based), its box in points from the page's top-left, its pixels. */
    record Drawn(int page, double left, double top, double width, double height, int pixelsWide) {
        double right() { return left + width; }
        double bottom() { return top + height; }
    }

    /** Every image XObject drawn, placed by the current transformation matrix at the moment it is drawn. */
    static List<Drawn> images(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDPage page = d.getPage(i);
                int index = i;
                float pageHeight = page.getMediaBox().getHeight();
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(PDImage image) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        double w = m.getScalingFactorX(), h = m.getScalingFactorY();
                        out.add(new Drawn(index, m.getTranslateX(), pageHeight - m.getTranslateY() - h, w, h,
                                image instanceof PDImageXObject x ? x.getWidth() : image.getWidth()));
                    }
                    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                    @Override public void clip(int windingRule) { }
                    @Override public void moveTo(float x, float y) { }
                    @Override public void lineTo(float x, float y) { }
                    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                    @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
                    @Override public void closePath() { }
                    @Override public void endPath() { }
                    @Override public void strokePath() { }
                    @Override public void fillPath(int windingRule) { }
                    @Override public void fillAndStrokePath(int windingRule) { }
                    @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
                    void run() throws IOException { processPage(getPage()); }
                }.run();
            }
        }
        return out;
    }

    /** The top of each text line holding {@code text} (page, y of the glyphs' top from the page's top). */
    static List<double[]> linesWith(byte[] pdf, String text) throws IOException {
        List<double[]> found = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    if (string.replaceAll("[\\s\u3000]", "").contains(text)) {
                        found.add(new double[]{getCurrentPageNo() - 1, positions.get(0).getYDirAdj()});
                    }
                    super.writeString(string, positions);
                }
            };
            s.setSortByPosition(true);
            s.getText(d);
        }
        return found;
    }

    @Test
    void everyPictureIsInsideTheTypeAreaCentredAtItsComposedSize() throws Exception {
        for (String template : List.of("report", "redhead")) {
            HouseStyle style = TemplateLibrary.shared().get(template).style();
            byte[] pdf = GONGWEN.render(FigureDocs.figures(), template, Format.PDF).bytes();
            List<Drawn> images = images(pdf);
            assertThat(images).as(template).hasSize(5);
            double left = style.page().leftPt(), right = style.page().widthPt() - style.page().rightPt();
            double top = style.page().topPt(), bottom = style.page().heightPt() - style.page().bottomPt();
            for (Drawn d : images) {
                assertThat(d.left()).as("%s %s", template, d).isGreaterThanOrEqualTo(left - 0.01);
                assertThat(d.right()).as("%s %s", template, d).isLessThanOrEqualTo(right + 0.01);
                assertThat(d.top()).as("%s %s", template, d).isGreaterThanOrEqualTo(top - 0.01);
                assertThat(d.bottom()).as("%s %s", template, d).isLessThanOrEqualTo(bottom + 0.01);
                assertThat(d.left() - left).as("centred: %s", d).isCloseTo(right - d.right(), within(0.05));
            }
            // the organisation chart: as wide as the type area, its pixels as they came (not resampled)
            Drawn chart = images.get(0);
            assertThat(chart.width()).isCloseTo(right - left, within(0.02));
            assertThat(chart.height()).isCloseTo(chart.width() * 900 / 1600, within(0.05));
            assertThat(chart.pixelsWide()).isEqualTo(1600);
            // the tall one: smaller, on a page of its own with its caption under it
            Drawn tall = images.get(1);
            assertThat(tall.height()).isLessThan(bottom - top);
            assertThat(tall.width() / tall.height()).isCloseTo(600.0 / 1400, within(0.001));
            // the small one keeps its 120 x 60 px at 96 dpi
            assertThat(images.get(2).width()).isCloseTo(90, within(0.01));
        }
    }

    @Test
    void theCaptionIsRightUnderItsPicture() throws Exception {
        byte[] pdf = GONGWEN.render(FigureDocs.figures(), "report", Format.PDF).bytes();
        Drawn chart = images(pdf).get(0);
        double[] caption = linesWith(pdf, "某某局组织架构图").get(0);
        assertThat((int) caption[0]).isEqualTo(chart.page());
        // the caption's line starts where the picture's line ends: its glyphs' top within that line
        assertThat(caption[1] - chart.bottom()).isBetween(0.0, REPORT.page().linePitchPt());
        Drawn tall = images(pdf).get(1);
        double[] tallCaption = linesWith(pdf, "办公楼平面示意图").get(0);
        assertThat((int) tallCaption[0]).isEqualTo(tall.page());
        assertThat(tallCaption[1] - tall.bottom()).isBetween(0.0, REPORT.page().linePitchPt());
    }

    @Test
    void aPictureThatDoesNotFitMovesToTheNextPageWithItsCaption() throws Exception {
        byte[] pdf = GONGWEN.render(FigureDocs.movesToTheNextPage(), "report", Format.PDF).bytes();
        Drawn chart = images(pdf).get(0);
        assertThat(chart.page()).isEqualTo(1);
        assertThat(chart.top()).isLessThan(REPORT.page().topPt() + REPORT.page().linePitchPt());   // at the top of page 2
        assertThat((int) linesWith(pdf, "某某局组织架构图").get(0)[0]).isEqualTo(1);
    }

    /**
     * A plain PNG (grey, colour or palette, any depth to 8 bits) goes into the PDF undecoded — its IDAT
     * as a Flate stream with PNG predictors — and reads back pixel for pixel; a PNG with an alpha channel
     * is decoded and masked by OpenPDF.
     */
    @Test
    void plainPngsGoInUndecodedAndReadBackPixelForPixel() throws Exception {
        java.util.List<java.awt.image.BufferedImage> images = new ArrayList<>();
        images.add(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(FigureDocs.CHART)));
        int w = 97;   // each its own width, to find it again
        for (int type : new int[]{java.awt.image.BufferedImage.TYPE_BYTE_GRAY, java.awt.image.BufferedImage.TYPE_BYTE_INDEXED,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY}) {
            java.awt.image.BufferedImage im = new java.awt.image.BufferedImage(w, 41, type);
            java.awt.Graphics2D g = im.createGraphics();
            g.drawImage(images.get(0), 0, 0, w++, 41, null);
            g.dispose();
            images.add(im);
        }
        List<org.gongwen.model.Block> blocks = new ArrayList<>();
        for (java.awt.image.BufferedImage im : images) {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(im, "png", png);
            blocks.add(new Block.Figure("", Block.Figure.PNG, 0, 0, png.toByteArray()));
        }
        blocks.add(new Block.Figure("", Block.Figure.PNG, 0, 0, FigureDocs.SMALL));   // with alpha
        OfficialDocument doc = OfficialDocument.builder().title("关于调整内设机构的通知").blocks(blocks).build();
        byte[] pdf = GONGWEN.render(doc, "report", Format.PDF).bytes();
        List<PDImageXObject> xobjects = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject x) xobjects.add(x);
                }
            }
            xobjects.sort(java.util.Comparator.comparingInt(PDImageXObject::getWidth).reversed());
            assertThat(xobjects).hasSize(5);
            PDImageXObject chart = xobjects.get(0);
            assertThat(chart.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.DECODE_PARMS).toString()).contains("15");
            for (int i = 0; i < images.size(); i++) {
                java.awt.image.BufferedImage want = images.get(i);
                PDImageXObject got = xobjects.stream().filter(x -> x.getWidth() == want.getWidth()).findFirst().orElseThrow();
                java.awt.image.BufferedImage read = got.getImage();
                for (int y = 0; y < want.getHeight(); y += 7) {
                    for (int x = 0; x < want.getWidth(); x += 5) {
                        // a grey picture's samples as stored (Java's getRGB would treat them as linear)
                        int expected = want.getType() == java.awt.image.BufferedImage.TYPE_BYTE_GRAY
                                ? want.getRaster().getSample(x, y, 0) * 0x010101 : want.getRGB(x, y) & 0xFFFFFF;
                        assertThat(read.getRGB(x, y) & 0xFFFFFF).as("picture %d at %d,%d", i, x, y).isEqualTo(expected);
                    }
                }
            }
            PDImageXObject alpha = xobjects.stream().filter(x -> x.getWidth() == 120).findFirst().orElseThrow();
            // transparency as OpenPDF writes it: a soft mask, a stencil mask or a colour key
            assertThat(alpha.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK)
                    || alpha.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.MASK)).as("masked: %s", alpha.getCOSObject()).isTrue();
        }
        assertThat(PdfPainterTest.failedRules(pdf)).isEmpty();
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        Typesetter typesetter = new Typesetter(FontLibrary.shared());
        byte[] one = new PdfPainter().paint(typesetter.typeset(FigureDocs.figures(), REPORT));
        byte[] two = new PdfPainter().paint(typesetter.typeset(FigureDocs.figures(), REPORT));
        assertThat(two).isEqualTo(one);
    }

    @Test
    void theLayoutHoldsThePicturesWhereTheCompositionPutThem() {
        Layout layout = new Typesetter(FontLibrary.shared()).typeset(FigureDocs.figures(), REPORT);
        List<Layout.Image> images = layout.pages().stream().flatMap(p -> p.images().stream()).toList();
        assertThat(images).hasSize(5);
        assertThat(images.get(0).data()).isEqualTo(FigureDocs.CHART);
        assertThat(images.get(1).mediaType()).isEqualTo(Block.Figure.JPEG);
        assertThat(images.get(0).toString()).doesNotContain("[B@").contains(FigureDocs.CHART.length + " bytes");
    }

    @Test
    void aBombNeverReachesTheWriters() {
        OfficialDocument bomb = OfficialDocument.builder().title("关于调整内设机构的通知")
                .blocks(List.of(new Block.Figure("图1", Block.Figure.PNG, 300, 300, TestImages.bomb(50_000, 50_000)))).build();
        for (Format format : Format.values()) {
            assertThatThrownBy(() -> GONGWEN.render(bomb, "report", format))
                    .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("image-too-many-pixels"));
        }
    }

    @Test
    @Tag("verapdf")
    void staysPdfA2bWithPictures() throws Exception {
        for (String template : List.of("report", "redhead")) {
            byte[] pdf = GONGWEN.render(FigureDocs.figures(), template, Format.PDF).bytes();
            assertThat(PdfPainterTest.failedRules(pdf)).as(template).isEmpty();
        }
    }
}
