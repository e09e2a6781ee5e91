package org.gongwen.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongwen.ingest.Importers;
import org.gongwen.compose.Composer;
import org.gongwen.compose.TitleBreaker;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.style.HouseTemplate;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocxWriterTest {

    static final TemplateLibrary LIBRARY = TemplateLibrary.load(null);
    private final DocxWriter writer = new DocxWriter();

    /** A document with every kind of block and all metadata. */
    static OfficialDocument fullDocument() {
        return OfficialDocument.builder()
                .title("上海市生态环境局 上海市规划和自然资源局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函")
                .docNumber("沪环土〔2026〕12号")
                .recipients("各区人民政府，各有关单位")
                .issuers(List.of("上海市生态环境局", "上海市规划和自然资源局"))
                .date(LocalDate.of(2026, 7, 21))
                .cc("市政府办公厅，市发展改革委。")
                .printer("上海市生态环境局办公室")
                .printDate(LocalDate.of(2026, 7, 22))
                .blocks(List.of(
                        new Block.Paragraph("根据有关要求，现将名录更新如下。"),
                        new Block.Heading(1, "一、", "主要举措及成效"),
                        new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持把习近平法治思想作为重要政治任务。"),
                        new Block.Heading(2, "（二）", "健全制度"),
                        new Block.Heading(3, "1.", "完善规则"),
                        new Block.Heading(4, "（1）", "细化条款"),
                        new Block.Table(List.of(List.of("序号", "地块名称"), List.of("1", "某某地块")), 1),
                        new Block.Chapter("第一章", "总则"),
                        new Block.Article("第一条", "目的和依据", "为了规范管理，制定本办法。"),
                        new Block.Attachments(List.of("上海市建设用地土壤污染风险管控和修复名录", "移出清单")),
                        new Block.Note("（此件公开发布）")))
                .appendices(List.of(
                        new Appendix("上海市建设用地土壤污染风险管控和修复名录", List.of(new Block.Paragraph("名录正文。"))),
                        new Appendix("移出清单", List.of(new Block.Paragraph("清单正文。")))))
                .build();
    }

    @Test
    void everyBlockGetsOneParagraphInItsRolesStyle() throws Exception {
        byte[] docx = writer.write(fullDocument(), LIBRARY.get("report"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<String, String> styleOf = new java.util.LinkedHashMap<>();
            for (XWPFParagraph p : d.getParagraphs()) styleOf.put(p.getText(), p.getStyleID());
            assertThat(styleOf).containsEntry("各区人民政府，各有关单位：", "GwRecipients")
                    .containsEntry("根据有关要求，现将名录更新如下。", "GwBody")
                    .containsEntry("一、主要举措及成效", "Heading1")
                    .containsEntry("（一）强化法治学习。坚持把习近平法治思想作为重要政治任务。", "GwBody")
                    .containsEntry("（二）健全制度", "Heading2")
                    .containsEntry("1.完善规则", "Heading3")
                    .containsEntry("（1）细化条款", "Heading4")
                    .containsEntry("第一章　总则", "GwChapter")
                    .containsEntry("第一条　（目的和依据）　为了规范管理，制定本办法。", "GwArticle")
                    .containsEntry("附件：1.\t上海市建设用地土壤污染风险管控和修复名录", "GwAttachments")
                    .containsEntry("\t2.\t移出清单", "GwAttachments")
                    .containsEntry("上海市生态环境局", "GwSignature")
                    .containsEntry("上海市规划和自然资源局", "GwSignature")
                    .containsEntry("2026年7月21日", "GwDate")
                    .containsEntry("（此件公开发布）", "GwNote")
                    .containsEntry("附件1", "GwAppendixLabel")
                    .containsEntry("附件2", "GwAppendixLabel")
                    .containsEntry("移出清单", "GwAppendixTitle")
                    .containsEntry("清单正文。", "GwBody");
            // Order: date, then the note, then the appendices.
            List<String> texts = new ArrayList<>(styleOf.keySet());
            assertThat(texts.indexOf("（此件公开发布）")).isEqualTo(texts.indexOf("2026年7月21日") + 1);
            assertThat(texts.indexOf("附件1")).isGreaterThan(texts.indexOf("（此件公开发布）"));

            // The run-in lead takes the level-2 heading face through its character style.
            XWPFParagraph lead = d.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）")).findFirst().orElseThrow();
            assertThat(lead.getRuns()).extracting(XWPFRun::getStyle).containsExactly("Heading2Char", "");
            assertThat(lead.getRuns().get(0).text()).isEqualTo("（一）强化法治学习。");

            assertThat(d.getTables()).hasSize(1);
            assertThat(d.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("地块名称");
            assertThat(d.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(d.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(0).getStyleID()).isEqualTo("GwTable");

            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo(fullDocument().title());
            assertThat(d.getProperties().getCoreProperties().getCreator()).isEqualTo("上海市生态环境局、上海市规划和自然资源局");
            assertThat(d.getProperties().getCoreProperties().getCreated()).isNotNull();
        }
    }

    @Test
    void titleIsSplitByTheTitleBreakerWithExplicitLineBreaks() throws Exception {
        OfficialDocument doc = fullDocument();
        HouseTemplate t = LIBRARY.get("report");
        Element title = paragraphs(writer.write(doc, t)).stream()
                .filter(p -> "GwTitle".equals(Ooxml.val(Ooxml.child(p, "pPr"), "pStyle"))).findFirst().orElseThrow();
        List<String> lines = TitleBreaker.split(doc.title(), Composer.charsPerLine(t.style(), org.gongwen.style.Role.TITLE));
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(Ooxml.text(title)).isEqualTo(String.join("\n", lines));
        assertThat(Ooxml.descendants(title, "br")).hasSize(lines.size() - 1);
    }

    @Test
    void runsCarryNoDirectFontOrSize() {
        for (HouseTemplate t : LIBRARY.list()) {
            for (Element r : Ooxml.descendants(document(writer.write(fullDocument(), t)), "r")) {
                Element rpr = Ooxml.child(r, "rPr");
                assertThat(Ooxml.child(rpr, "rFonts")).as(t.id() + " " + Ooxml.text(r)).isNull();
                assertThat(Ooxml.child(rpr, "sz")).as(t.id() + " " + Ooxml.text(r)).isNull();
                assertThat(Ooxml.child(rpr, "szCs")).isNull();
                assertThat(Ooxml.child(rpr, "b")).isNull();
                assertThat(Ooxml.child(rpr, "color")).isNull();
            }
        }
    }

    @Test
    void placeholdersAreAllReplacedAndEmptyOnesRemoveTheirParagraph() {
        OfficialDocument bare = OfficialDocument.builder().title("关于开展检查的通知")
                .blocks(List.of(new Block.Paragraph("正文。"))).build();
        for (HouseTemplate t : LIBRARY.list()) {
            for (OfficialDocument doc : List.of(fullDocument(), bare)) {
                DocxPackage pkg = DocxPackage.read(writer.write(doc, t));
                pkg.parts().forEach((name, bytes) -> {
                    if (name.endsWith(".xml")) assertThat(new String(bytes, StandardCharsets.UTF_8)).as(t.id() + " " + name).doesNotContain("{{");
                });
            }
            List<String> texts = paragraphs(writer.write(bare, t)).stream().map(Ooxml::text).toList();
            assertThat(texts).noneMatch(s -> s.startsWith("抄送") || s.endsWith("：") || s.contains("文件"));
        }
    }

    @Test
    void redHeadCarriesIssuerMarkDocNumberAndTail() {
        List<Element> ps = paragraphs(writer.write(fullDocument(), LIBRARY.get("redhead")));
        Map<String, String> styleOf = new java.util.LinkedHashMap<>();
        for (Element p : ps) styleOf.put(Ooxml.text(p), Ooxml.val(Ooxml.child(p, "pPr"), "pStyle"));
        assertThat(styleOf).containsEntry("上海市生态环境局　上海市规划和自然资源局文件", "GwIssuerMark")
                .containsEntry("沪环土〔2026〕12号", "GwDocNumber")
                .containsEntry("抄送：市政府办公厅，市发展改革委。", "GwCopyTo")
                .containsEntry("上海市生态环境局办公室\t2026年7月22日印发", "GwPrintedBy");
        // The 版记 comes last, after the appendices.
        List<String> texts = ps.stream().map(Ooxml::text).filter(t -> !t.isEmpty()).toList();
        assertThat(texts.get(texts.size() - 1)).endsWith("印发");

        // Without a 发文字号 its paragraph stays (it draws the red rule), empty.
        List<Element> noNumber = paragraphs(writer.write(fullDocument().toBuilder().docNumber(null).build(), LIBRARY.get("redhead")));
        assertThat(noNumber).anyMatch(p -> "GwDocNumber".equals(Ooxml.val(Ooxml.child(p, "pPr"), "pStyle")) && Ooxml.text(p).isEmpty());
    }

    /**
     * The 版记 is one floating table at the bottom of the type area (LibreOffice 7.4 keeps a table
     * together where it breaks up a frame of several paragraphs): thick rules above and below, a thin
     * one between 抄送 and 印发, all as wide as the type area.
     */
    @Test
    void imprintIsAFloatingTableWithThickOuterAndThinInnerRules() {
        Element tbl = imprint(writer.write(fullDocument(), LIBRARY.get("redhead")));
        Element tblPr = Ooxml.child(tbl, "tblPr");
        assertThat(Ooxml.attr(Ooxml.child(tblPr, "tblpPr"), "tblpYSpec")).isEqualTo("bottom");
        assertThat(Ooxml.attr(Ooxml.child(tblPr, "tblpPr"), "vertAnchor")).isEqualTo("margin");
        var page = LIBRARY.get("redhead").style().page();
        assertThat(Double.parseDouble(Ooxml.attr(Ooxml.child(tblPr, "tblW"), "w")) / 20).isCloseTo(page.typeAreaWidthPt(),
                org.assertj.core.api.Assertions.within(0.1));
        Element borders = Ooxml.child(tblPr, "tblBorders");
        assertThat(eighths(borders, "top")).isEqualTo(8);       // 1 pt = 0.35 mm
        assertThat(eighths(borders, "bottom")).isEqualTo(8);
        assertThat(eighths(borders, "insideH")).isEqualTo(6);   // ¾ pt = 0.26 mm
        List<Element> rows = Ooxml.children(tbl, "tr");
        assertThat(rows).extracting(Ooxml::text).containsExactly("抄送：市政府办公厅，市发展改革委。", "上海市生态环境局办公室\t2026年7月22日印发");

        // Without 抄送 the 印发 row is the table's only row: its top rule is the table's thick top border.
        Element noCc = imprint(writer.write(fullDocument().toBuilder().cc(null).build(), LIBRARY.get("redhead")));
        assertThat(Ooxml.children(noCc, "tr")).extracting(Ooxml::text).containsExactly("上海市生态环境局办公室\t2026年7月22日印发");
        assertThat(Ooxml.descendants(noCc, "tcBorders")).isEmpty();
    }

    /** No 抄送, 印发机关 nor date: no 版记 table, and no empty paragraph left at the end (no blank last page). */
    @Test
    void withoutImprintNothingIsLeftAfterTheBody() {
        OfficialDocument bare = fullDocument().toBuilder().cc(null).printer(null).printDate(null).date(null).appendices(List.of()).build();
        Document xml = document(writer.write(bare, LIBRARY.get("redhead")));
        Element body = Ooxml.child(xml.getDocumentElement(), "body");
        assertThat(Ooxml.descendants(body, "tbl")).noneMatch(t -> Ooxml.child(Ooxml.child(t, "tblPr"), "tblpPr") != null);
        List<Element> blocks = new ArrayList<>(Ooxml.children(body, "p"));
        Element last = blocks.get(blocks.size() - 1);
        assertThat(Ooxml.text(last)).isNotEmpty();
    }

    private static Element imprint(byte[] docx) {
        return Ooxml.descendants(document(docx), "tbl").stream()
                .filter(t -> Ooxml.child(Ooxml.child(t, "tblPr"), "tblpPr") != null).findFirst().orElseThrow();
    }

    private static int eighths(Element borders, String side) {
        return Integer.parseInt(Ooxml.attr(Ooxml.child(borders, side), "sz"));
    }

    @Test
    void signatureAndDateIndentsFollowGbT9704() {
        List<Element> ps = paragraphs(writer.write(fullDocument(), LIBRARY.get("report")));
        assertThat(rightChars(ps, "上海市生态环境局")).isEqualTo(500);        // aligned with the longer issuer
        assertThat(rightChars(ps, "上海市规划和自然资源局")).isEqualTo(200);  // 右空二字
        assertThat(rightChars(ps, "2026年7月21日")).isEqualTo(450);          // first char 2 字 right of the signature's
    }

    private static long rightChars(List<Element> ps, String text) {
        Element p = ps.stream().filter(e -> Ooxml.text(e).equals(text)).findFirst().orElseThrow();
        return Long.parseLong(Ooxml.attr(Ooxml.child(Ooxml.child(p, "pPr"), "ind"), "rightChars"));
    }

    @Test
    void aSingleAttachmentIsNotNumberedAndWrapsUnderItsName() {
        OfficialDocument doc = fullDocument().toBuilder()
                .blocks(List.of(new Block.Paragraph("正文。"), new Block.Attachments(List.of("2025年度法治政府建设工作要点")))).build();
        Element p = paragraphs(writer.write(doc, LIBRARY.get("report"))).stream()
                .filter(e -> Ooxml.text(e).startsWith("附件：")).findFirst().orElseThrow();
        assertThat(Ooxml.text(p)).isEqualTo("附件：2025年度法治政府建设工作要点");
        Element ind = Ooxml.child(Ooxml.child(p, "pPr"), "ind");
        // "附件：" starts at 2 字; the name, and its wrapped lines, at 5 字
        assertThat(Ooxml.attr(ind, "leftChars")).isEqualTo("500");
        assertThat(Ooxml.attr(ind, "hangingChars")).isEqualTo("300");
    }

    @Test
    void withoutRecipientsTheBodyKeepsOneBlankLineBelowTheTitle() {
        OfficialDocument doc = fullDocument().toBuilder().recipients(null).build();
        Element first = paragraphs(writer.write(doc, LIBRARY.get("report"))).stream()
                .filter(e -> Ooxml.text(e).equals("根据有关要求，现将名录更新如下。")).findFirst().orElseThrow();
        assertThat(Ooxml.attr(Ooxml.child(Ooxml.child(first, "pPr"), "spacing"), "before")).isEqualTo("579");
    }

    @Test
    void documentTextIsNeverTakenForAPlaceholderNorBreaksTheXml() throws Exception {
        OfficialDocument doc = fullDocument().toBuilder().title("关于\u0000{{body}}的通知")
                .blocks(List.of(new Block.Paragraph("原文写有 {{title}} 字样\u0007。"))).build();
        byte[] docx = writer.write(doc, LIBRARY.get("report"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("关于{{body}}的通知", "原文写有 {{title}} 字样。");
        }
    }

    @Test
    void sameInputGivesSameBytesAndTheTemplateStaysUntouched() throws Exception {
        HouseTemplate t = LIBRARY.get("redhead");
        byte[] before = t.bytes();
        byte[] first = writer.write(fullDocument(), t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> again = new ArrayList<>();
            for (int i = 0; i < 8; i++) again.add(pool.submit(() -> writer.write(fullDocument(), t)));
            for (Future<byte[]> f : again) assertThat(f.get()).isEqualTo(first);
        } finally {
            pool.shutdown();
        }
        assertThat(t.bytes()).isEqualTo(before);
        assertThat(writer.write(fullDocument().toBuilder().title("另一个标题").build(), t)).isNotEqualTo(first);
    }

    static Stream<String> samples() {
        return SharedSamples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void rendersEachSampleIntoAValidDocx(String name) throws Exception {
        OfficialDocument doc = Importers.read(name, Files.readAllBytes(SharedSamples.path(name)));
        for (HouseTemplate t : LIBRARY.list()) {
            byte[] docx = writer.write(doc, t);
            assertThat(docx).isEqualTo(writer.write(doc, t));
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(d.getParagraphs()).isNotEmpty();
                assertThat(d.getParagraphs()).allMatch(p -> p.getStyleID() != null || p.getText().isEmpty());
                for (XWPFParagraph p : d.getParagraphs()) assertThat(p.getText()).doesNotContain("{{");
                for (Block.Heading h : doc.headings()) {
                    assertThat(d.getParagraphs()).anyMatch(p -> p.getText().equals(h.fullText())
                            && p.getStyleID().equals("Heading" + h.level()));
                }
            }
        }
    }

    // ---- helpers ----

    static Document document(byte[] docx) {
        return Ooxml.parse(DocxPackage.read(docx).part("word/document.xml"));
    }

    static List<Element> paragraphs(byte[] docx) {
        return Ooxml.descendants(document(docx), "p");
    }
}
