package org.gongwen.check;

import org.gongwen.model.BadInputException;
import org.gongwen.style.HouseStyle;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfCheckerTest {
    private static final HouseStyle HOUSE = Gbt9704.plain();
    private static final double MM = 72 / 25.4;
    private static final String TEXT = "为深入贯彻落实党中央国务院关于法治政府建设的决策部署全面推进依法行政工作";

    /** Writes a one-page PDF with OpenPDF; {@code draw} gets the canvas and top-down text helper. */
    private static byte[] pdf(double width, double height, Consumer<Canvas> draw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle((float) width, (float) height));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        draw.accept(new Canvas(writer.getDirectContent(), height));
        doc.close();
        return out.toByteArray();
    }

    record Canvas(PdfContentByte cb, double height) {
        static BaseFont font(String file) {
            try {
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        Files.readAllBytes(Path.of("fonts", file)), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Text at x, baseline y (top-down), characters {@code pitch} apart. */
        void text(BaseFont f, double size, double x, double y, String s, double pitch) {
            cb.beginText();
            cb.setFontAndSize(f, (float) size);
            for (int i = 0; i < s.length(); i++) {
                cb.setTextMatrix((float) (x + i * pitch), (float) (height - y));
                cb.showText(String.valueOf(s.charAt(i)));
            }
            cb.endText();
        }
    }

    /** A GB/T 9704 page: body lines on the 28.95 pt grid and the 15.79 pt character pitch, page number "— 1 —" right. */
    private static void goodPage(Canvas c, BaseFont bodyFace, BaseFont headingFace, String pageNumber) {
        double left = 28 * MM, pitch = 156 * MM / 28, first = 37 * MM + 22;
        c.text(headingFace, 16, left + 2 * pitch, first, "一、总体要求", pitch);
        for (int i = 1; i < 8; i++) {
            String line = (TEXT + TEXT).substring(i, i + (i == 1 ? 26 : 28));
            c.text(bodyFace, 16, left + (i == 1 ? 2 * pitch : 0), first + i * 28.95, line, pitch);
        }
        BaseFont song = Canvas.font("FandolSong-Regular.otf");
        double right = (210 - 26) * MM - 14;
        c.cb().beginText();
        c.cb().setFontAndSize(song, 14);
        c.cb().setTextMatrix((float) (right - song.getWidthPoint(pageNumber, 14)), (float) (c.height() - ((297 - 35 + 7) * MM + 0.3 * 14)));
        c.cb().showText(pageNumber);
        c.cb().endText();
    }

    @Test
    void aPageOnTheGridPasses() throws Exception {
        byte[] pdf = pdf(210 * MM, 297 * MM, c -> goodPage(c, Canvas.font("FandolFang-Regular.otf"),
                Canvas.font("FandolHei-Regular.otf"), "— 1 —"));
        assertThat(new PdfChecker().check(pdf, HOUSE)).isEmpty();
    }

    @Test
    void headingInTheBodyFaceAndWrongPageNumber() throws Exception {
        BaseFont fang = Canvas.font("FandolFang-Regular.otf");
        byte[] pdf = pdf(210 * MM, 297 * MM, c -> goodPage(c, fang, fang, "-1-"));
        List<Finding> f = new PdfChecker().check(pdf, HOUSE);
        assertThat(f).extracting(Finding::rule).contains("heading1-font", "page-number-form");
        assertThat(f.stream().filter(x -> x.rule().equals("heading1-font")).findFirst().orElseThrow().message())
                .isEqualTo("一级标题字体应为黑体三号，此处为仿宋_GB2312三号");
    }

    @Test
    void letterPaperSongTiOffGridUnembeddedFontAndNoPageNumber() throws Exception {
        byte[] pdf = pdf(612, 792, c -> {
            BaseFont song = Canvas.font("FandolSong-Regular.otf");
            for (int i = 0; i < 10; i++) c.text(song, 16, 72, 100 + i * 20, TEXT.substring(0, 25), 16);
            try {
                c.text(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), 12, 100, 400,
                        "Draft", 7);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Finding> f = new PdfChecker().check(pdf, HOUSE);
        assertThat(f).extracting(Finding::rule).contains("paper-size", "type-area", "grid-lines", "body-font",
                "font-not-embedded", "page-number-missing");
        assertThat(f).filteredOn(x -> x.rule().equals("grid-lines")).first().extracting(Finding::message).asString()
                .contains("28.95磅（每页22行），此处为20磅");
        assertThat(f).filteredOn(x -> x.rule().equals("body-font")).first().extracting(Finding::message).asString()
                .isEqualTo("正文字体应为仿宋_GB2312三号，此处为宋体三号");
        assertThat(f).extracting(Finding::message).noneMatch(m -> m.contains("Fandol") || m.contains("Identity"));
        assertThat(f).filteredOn(x -> x.rule().equals("font-not-embedded")).first().extracting(Finding::message).asString()
                .contains("Helvetica");
    }

    @Test
    void charactersTooFarApart() throws Exception {
        byte[] pdf = pdf(210 * MM, 297 * MM, c -> {
            BaseFont fang = Canvas.font("FandolFang-Regular.otf");
            for (int i = 0; i < 5; i++) c.text(fang, 16, 28 * MM, 37 * MM + 22 + i * 28.95, TEXT.substring(0, 26), 17);
        });
        assertThat(new PdfChecker().check(pdf, HOUSE)).filteredOn(x -> x.rule().equals("grid-chars")).first()
                .extracting(Finding::message).asString().contains("每行应排28字").contains("字距17磅");
    }

    @Test
    void punctuationHangingOutsideTheTypeArea() throws Exception {
        byte[] pdf = pdf(210 * MM, 297 * MM, c -> {
            BaseFont fang = Canvas.font("FandolFang-Regular.otf");
            double left = 28 * MM, pitch = 156 * MM / 28;
            c.text(fang, 16, left, 37 * MM + 22, TEXT.substring(0, 28) + "，", pitch);
        });
        assertThat(new PdfChecker().check(pdf, HOUSE)).filteredOn(x -> x.rule().equals("hanging-punctuation")).first()
                .extracting(Finding::message).asString().contains("行末标点“，”悬挂在版心右边缘之外");
    }

    @Test
    void notAPdfIsBadInput() {
        assertThatThrownBy(() -> new PdfChecker().check("%PDF-1.7 broken".getBytes(), HOUSE))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("pdf-unreadable"));
    }
}
