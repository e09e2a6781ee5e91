package org.gongwen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongwen.model.Block;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title typed with its own line break (§7.3.1: the author breaks where the meaning stays whole) prints
 * on exactly those lines in the DOCX and the PDF, and every one-line place a title goes — the JSON model
 * kept as typed, the DOCX and PDF metadata, the portal's &lt;title&gt; and &lt;h1&gt; — carries it without a
 * line break.
 */
class HandSetTitleBreakTest {
    private static final Gongwen GONGWEN = Gongwen.builder().build();
    private static final OfficialDocument DOC = OfficialDocument.builder()
            .title("第一行\n第二行")
            .issuers(List.of("某某市卫生健康局"))
            .blocks(List.of(new Block.Paragraph("为做好年度工作，现将有关事项通知如下。")))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"report", "redhead"})
    void theDocxSetsTheTitleOnTheAuthorsLinesAndItsMetadataOnOne(String template) throws Exception {
        byte[] docx = GONGWEN.render(DOC, template, Format.DOCX).bytes();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> titleLines = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                if (p.getText().contains("第一行") || p.getText().contains("第二行")) {
                    titleLines.addAll(List.of(p.getText().split("\n")));
                }
            }
            assertThat(titleLines).containsExactly("第一行", "第二行");
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("第一行第二行");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "redhead"})
    void thePdfPrintsTheAuthorsLinesAndItsMetadataOnOne(String template) throws Exception {
        byte[] pdf = GONGWEN.render(DOC, template, Format.PDF).bytes();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> lines = List.of(new PDFTextStripper().getText(d).split("\\R"));
            int first = lines.indexOf("第一行");
            assertThat(first).as("%s", lines).isNotNegative();
            assertThat(lines.get(first + 1)).isEqualTo("第二行");
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("第一行第二行");
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains(">第一行第二行<").doesNotContain("第一行\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report"})
    void thePortalPageAndTheJsonModelKeepTheTitle(String template) throws Exception {
        Document html = Jsoup.parse(new String(GONGWEN.render(DOC, template, Format.HTML).bytes(), StandardCharsets.UTF_8));
        assertThat(html.title()).isEqualTo("第一行第二行");
        assertThat(html.selectFirst("h1").wholeText()).isEqualTo("第一行第二行");
        assertThat(ModelJson.read(ModelJson.write(DOC)).title()).isEqualTo("第一行\n第二行");
    }
}
