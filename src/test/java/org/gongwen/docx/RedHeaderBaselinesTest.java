package org.gongwen.docx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.LibreOffice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gongwen.style.Gbt9704Numbers.ISSUER_MARK_TOP_MM;

/**
 * The red-header template's head as LibreOffice lays out gongwen's DOCX and as gongwen typesets its
 * PDF: the 发文机关标志, the 发文字号 and the title's lines on the same baselines (within 1 pt). Both
 * stack the template's boxes off the grid (mark line, the 发文字号's space before and line, the
 * separator's border space, the title's space before), which lands the title on a grid line, and
 * seat the mark in its exact box alike, its top edge 35 mm below the type area (GB/T 9704 §7.2.1).
 */
@Tag("libreoffice")
class RedHeaderBaselinesTest {

    @Test
    void markDocNumberAndTitleSitOnTheSameBaselines() throws Exception {
        HouseTemplate template = TemplateLibrary.load(null).get("redhead");
        OfficialDocument doc = OfficialDocument.builder()
                .title("上海市生态环境局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函")
                .docNumber("沪环土〔2026〕12号").recipients("各区人民政府").issuers(List.of("上海市生态环境局"))
                .date(LocalDate.of(2026, 7, 21)).blocks(List.of(new Block.Paragraph("根据有关要求，现将名录更新如下。")))
                .build();
        ComposedDocument composed = Composer.compose(doc, template.style());
        Layout layout = new Typesetter(FontLibrary.shared()).typeset(composed, template.style());
        byte[] docx = new DocxWriter().write(composed, template);
        Path pdf = LibreOffice.pdfs(List.of(new LibreOffice.Docx("red-header-baselines", () -> docx))).get("red-header-baselines");

        Map<String, Double> lo = baselines(pdf.toFile());
        List<Layout.Line> mine = layout.pages().get(0).lines();
        for (Layout.Line l : mine) {
            if (l.role() != Role.ISSUER_MARK && l.role() != Role.DOC_NUMBER && l.role() != Role.TITLE) continue;
            assertThat(lo).as("LibreOffice's lines").containsKey(l.text());
            assertThat(lo.get(l.text())).as(l.role() + " " + l.text()).isCloseTo(l.baseline(), within(1.0));
        }
        assertThat(mine.stream().filter(l -> l.role() == Role.TITLE)).hasSize(composed.titleLines().size());
        Layout.Line mark = mine.stream().filter(l -> l.role() == Role.ISSUER_MARK).findFirst().orElseThrow();
        Layout.Page page = layout.pages().get(0);
        assertThat(mark.baseline() - LineBox.EM_ASCENT * mark.runs().get(0).sizePt() - page.typeAreaTop())
                .as("the mark's top edge below the type area").isCloseTo(ISSUER_MARK_TOP_MM * 72 / 25.4, within(0.5));
    }

    /** The first page's lines by their text, with the baseline of their first glyph (from the top). */
    static Map<String, Double> baselines(File pdf) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    out.putIfAbsent(text.strip(), (double) positions.get(0).getYDirAdj());
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(d);
        }
        return out;
    }
}
