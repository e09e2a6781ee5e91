package org.gongwen.check;

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

import static org.assertj.core.api.Assertions.assertThat;

/** §7.3.1 "回行时要做到词意完整": a title broken inside a word is flagged in anyone's DOCX and PDF. */
class TitleBreakRuleTest {
    private static final HouseStyle HOUSE = Gbt9704.plain();
    private static final double MM = 72 / 25.4;
    private static final String UPPER = "关于规范行政执法领域轻微违", LOWER = "法行为不予行政处罚事项清单的通知";
    private static final String GOOD_UPPER = "关于规范行政执法领域", GOOD_LOWER = "轻微违法行为不予行政处罚事项清单的通知";

    private static List<Finding> inWord(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals("title-break-in-word")).toList();
    }

    @Test
    void aDocxTitleBrokenInsideAWordByAManualBreakIsWarned() throws Exception {
        byte[] docx = Draft.clean().with(x -> x.find("钟山区").text = UPPER + "\n" + LOWER).build();
        List<Finding> f = inWord(new DocxChecker().check(docx, HOUSE));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(f.get(0).location()).isEqualTo("标题");
        assertThat(f.get(0).message()).isEqualTo("标题在词语“违法行为”中间回行（“……轻微违”/“法行为不予……”）："
                + "GB/T 9704 7.3.1 要求回行时词意完整，请在词语之间回行。");
    }

    @Test
    void aDocxTitleSetAsTwoParagraphsIsReadAsItsLines() throws Exception {
        byte[] bad = Draft.clean().with(x -> {
            x.find("钟山区").text = UPPER;
            x.paras.add(1, new Draft.P(LOWER, "Title"));
        }).build();
        assertThat(inWord(new DocxChecker().check(bad, HOUSE))).extracting(Finding::message)
                .singleElement().asString().contains("“违法行为”");

        byte[] good = Draft.clean().with(x -> {
            x.find("钟山区").text = GOOD_UPPER;
            x.paras.add(1, new Draft.P(GOOD_LOWER, "Title"));
        }).build();
        assertThat(inWord(new DocxChecker().check(good, HOUSE))).isEmpty();
    }

    @Test
    void aPdfTitleLaidOutWithABreakInsideAWordIsWarned() throws Exception {
        List<Finding> bad = inWord(new PdfChecker().check(pdf(UPPER, LOWER), HOUSE));
        assertThat(bad).extracting(Finding::message).singleElement().asString()
                .startsWith("标题在词语“违法行为”中间回行（“……轻微违”/“法行为不予……”）");
        assertThat(inWord(new PdfChecker().check(pdf(GOOD_UPPER, GOOD_LOWER), HOUSE))).isEmpty();
    }

    /** A page with a two-line 二号 title in a Song face centred over body lines on the GB/T 9704 grid. */
    private static byte[] pdf(String upper, String lower) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        double height = 297 * MM, left = 28 * MM, width = 156 * MM, pitch = width / 28, first = 37 * MM + 22;
        Document doc = new Document(new Rectangle((float) (210 * MM), (float) height));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        BaseFont song = font("FandolSong-Regular.otf"), fang = font("FandolFang-Regular.otf");
        String[] title = {upper, lower};
        for (int i = 0; i < title.length; i++) {
            double x = left + (width - title[i].length() * 22) / 2;
            text(cb, song, 22, x, height - (first + i * 28.95), title[i], 22);
        }
        String body = "为深入贯彻落实党中央国务院关于法治政府建设的决策部署全面推进依法行政工作";
        for (int i = 3; i < 6; i++) text(cb, fang, 16, left, height - (first + i * 28.95), body.substring(0, 28), pitch);
        doc.close();
        return out.toByteArray();
    }

    private static void text(PdfContentByte cb, BaseFont f, double size, double x, double y, String s, double pitch) {
        cb.beginText();
        cb.setFontAndSize(f, (float) size);
        for (int i = 0; i < s.length(); i++) {
            cb.setTextMatrix((float) (x + i * pitch), (float) y);
            cb.showText(String.valueOf(s.charAt(i)));
        }
        cb.endText();
    }

    private static BaseFont font(String file) throws Exception {
        return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Files.readAllBytes(Path.of("fonts", file)), null);
    }
}
