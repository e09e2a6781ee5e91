package org.gongwen.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.compose.Wording;
import org.gongwen.layout.Docs;
import org.gongwen.layout.GbStyles;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Layout.Line;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;
import org.gongwen.testing.FigureDocs;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gongwen's tagged PDF (issue 18): PDF/UA-1 and PDF/A-2a by veraPDF for every sample and the generated
 * and stress documents in both bundled styles, and its structure tree read back by PDFBox against the
 * document model — the headings' levels and texts, the paragraphs, the attachment items, the table cells.
 */
class TaggedPdfTest {
    static final PdfPainter PAINTER = new PdfPainter();

    static Stream<String> documentNames() {
        return Stream.concat(SharedSamples.names(),
                Stream.of("report", "figures", "figure-next-page", "long-table", "untitled-skipping-levels", "blank-headings", "long-body", "imprint"));
    }

    static OfficialDocument document(String name) throws Exception {
        return switch (name) {
            case "report" -> Docs.report();
            case "figures" -> FigureDocs.figures();
            case "figure-next-page" -> FigureDocs.movesToTheNextPage();
            case "long-table" -> longTable();
            case "untitled-skipping-levels" -> untitledSkippingLevels();
            case "blank-headings" -> blankHeadings();
            case "long-body" -> Docs.longBody(150);
            case "imprint" -> Docs.report().toBuilder().titleNote("（2025年1月20日在区卫生健康工作会议上）")
                    .cc("市卫生健康局，区司法局，区人民政府办公室").printer("六盘水市钟山区卫生健康局办公室")
                    .printDate(LocalDate.of(2025, 1, 21)).build();
            default -> SamplePdfTest.read(name);
        };
    }

    /** Sixty rows under a header row, across pages (the header repeats), a row short of a cell, an empty cell, Latin and digits. */
    static OfficialDocument longTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "事项名称", "责任单位", "完成时限"));
        for (int i = 1; i <= 60; i++) {
            rows.add(i == 7 ? List.of("7", "ISO 9001 质量管理体系认证复审") : List.of(String.valueOf(i),
                    "行政执法案卷评查第" + i + "项", i % 9 == 0 ? "" : "法规科", "2025年" + (i % 12 + 1) + "月"));
        }
        return OfficialDocument.builder().title("关于印发2025年度法治建设重点任务分解表的通知")
                .recipients("各科室、各直属单位").issuers(List.of("某某区卫生健康局")).date(LocalDate.of(2025, 3, 1))
                .blocks(List.of(new Block.Paragraph("现将重点任务分解如下，请认真抓好落实。"), new Block.Table(rows, 1),
                        new Block.Paragraph("特此通知。")))
                .build();
    }

    /** No title, a （一） heading first, then 1., then 一、: levels that skip. */
    static OfficialDocument untitledSkippingLevels() {
        return OfficialDocument.builder()
                .blocks(List.of(new Block.Heading(2, "（一）", "工作进展"), new Block.Paragraph(Docs.text(3, 1)),
                        new Block.Heading(3, "1.", "制度建设"), new Block.Paragraph(Docs.text(2, 2)),
                        new Block.Heading(1, "一、", "下一步安排"), new Block.Paragraph(Docs.text(2, 3))))
                .build();
    }

    /** Headings and a chapter without text (JSON can say so): they print nothing and take no level. */
    static OfficialDocument blankHeadings() {
        return OfficialDocument.builder().title("关于测试的通知")
                .blocks(List.of(new Block.Heading(1, "一、", "总体"), new Block.Heading(2, "", ""),
                        new Block.Heading(3, "1.", "细项"), new Block.Paragraph("正文。"), new Block.Chapter("", ""),
                        new Block.Heading(2, "（一）", "工作进展"), new Block.Paragraph(Docs.text(2, 1))))
                .build();
    }

    static Stream<Arguments> documentsAndStyles() {
        return documentNames().flatMap(n -> Stream.of(Arguments.of(n, "report"), Arguments.of(n, "redhead")));
    }

    static HouseStyle style(String name) {
        return name.equals("redhead") ? GbStyles.redhead() : GbStyles.report();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documentsAndStyles")
    @Tag("verapdf")
    void conformsToPdfUa1AndPdfA2aAndIsTheSameEachTime(String name, String styleName) throws Exception {
        Layout layout = SamplePdfTest.TYPESETTER.typeset(document(name), style(styleName));
        byte[] pdf = PAINTER.paint(layout);
        assertThat(PdfPainterTest.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfPainterTest.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        assertThat(PAINTER.paint(SamplePdfTest.TYPESETTER.typeset(document(name), style(styleName)))).isEqualTo(pdf);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documentsAndStyles")
    void theStructureTreeReadsAsTheDocument(String name, String styleName) throws Exception {
        OfficialDocument doc = document(name);
        Layout layout = SamplePdfTest.TYPESETTER.typeset(doc, style(styleName));
        try (PDDocument pdf = Loader.loadPDF(PAINTER.paint(layout))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            StructureTree root = StructureTree.read(pdf);
            assertThat(root.kids()).extracting(StructureTree::type).containsExactly("Document");
            StructureTree document = root.kids().get(0);

            // the title, then every heading in order at its level (the documents' levels do not skip but in
            // untitled-skipping-levels and blank-headings: skippedHeadingLevelsCloseUp)
            List<StructureTree> titles = document.ofType("Title");
            if (doc.title() == null || doc.title().isBlank()) assertThat(titles).isEmpty();
            else assertThat(titles).singleElement().satisfies(t -> {
                assertThat(t.standardType()).isEqualTo("H1");
                assertThat(strip(t.text())).isEqualTo(strip(doc.title()));
            });
            List<String> headings = document.find(e -> e.type().matches("H[1-4]")).stream()
                    .map(e -> e.type() + " " + strip(e.text())).toList();
            if (!name.equals("untitled-skipping-levels") && !name.equals("blank-headings")) assertThat(headings).containsExactlyElementsOf(expectedHeadings(doc));

            // every paragraph once, in order; a run-in lead as the first of two Spans
            List<Block.Paragraph> paragraphs = blocks(doc, Block.Paragraph.class);
            Set<String> paragraphTexts = paragraphs.stream().map(TaggedPdfTest::text).collect(Collectors.toSet());
            List<StructureTree> ps = document.ofType("P").stream().filter(p -> paragraphTexts.contains(strip(p.allText()))).toList();
            assertThat(ps).extracting(p -> strip(p.allText())).containsExactlyElementsOf(paragraphs.stream().map(TaggedPdfTest::text).toList());
            for (int i = 0; i < paragraphs.size(); i++) {
                Block.Lead lead = paragraphs.get(i).lead();
                if (lead == null) continue;
                assertThat(ps.get(i).kids()).extracting(StructureTree::type).containsExactly("Span", "Span");
                assertThat(strip(ps.get(i).kids().get(0).text())).isEqualTo(strip(lead.fullText()));
            }

            // the attachment note as a list: a label and a body for each item
            List<String> items = blocks(doc, Block.Attachments.class).stream().flatMap(a -> a.items().stream()).toList();
            List<StructureTree> lis = document.ofType("LI");
            assertThat(lis).hasSameSizeAs(items);
            for (int i = 0; i < items.size(); i++) {
                assertThat(lis.get(i).kids()).extracting(StructureTree::type).containsExactly("Lbl", "LBody");
                assertThat(strip(lis.get(i).kids().get(1).text())).isEqualTo(strip(items.get(i)));
            }

            // each table row by row, cell by cell: header cells as TH (once, however often they repeat on later pages)
            List<Block.Table> tables = blocks(doc, Block.Table.class);
            List<StructureTree> tableElements = document.ofType("Table");
            assertThat(tableElements).hasSameSizeAs(tables);
            for (int t = 0; t < tables.size(); t++) {
                Block.Table model = tables.get(t);
                List<StructureTree> trs = tableElements.get(t).kids();
                assertThat(trs).hasSize(model.rows().size());
                for (int r = 0; r < trs.size(); r++) {
                    List<String> cells = new ArrayList<>(model.rows().get(r));
                    while (cells.size() < model.columns()) cells.add("");
                    String cellType = r < model.headerRows() ? "TH" : "TD";
                    assertThat(trs.get(r).kids()).extracting(StructureTree::type).containsOnly(cellType).hasSize(model.columns());
                    assertThat(trs.get(r).kids()).extracting(c -> strip(c.text())).containsExactlyElementsOf(cells.stream().map(TaggedPdfTest::strip).toList());
                }
            }

            // pictures with their captions as alternative text; 附注 as notes, each found by its own id
            List<Block.Figure> figures = blocks(doc, Block.Figure.class);
            assertThat(document.ofType("Figure")).extracting(StructureTree::alt).containsExactlyElementsOf(
                    figures.stream().map(f -> f.caption().isEmpty() ? Wording.FIGURE_WITHOUT_CAPTION : f.caption()).toList());
            List<String> notes = document.ofType("Note").stream().map(e -> strip(e.text())).toList();
            // as printed: in parentheses (Wording)
            for (Block.Note n : blocks(doc, Block.Note.class)) assertThat(notes).anySatisfy(t -> assertThat(t).contains(strip(n.text())));
            notesAreFoundByTheirIds(pdf, notes.size());

            // nothing lost, nothing out of order: outside the tables (cell by cell above) the tree reads every
            // line the pages print, in order, but the page numbers (artifacts)
            StringBuilder printed = new StringBuilder();
            for (Layout.Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    if (line.role() != Role.PAGE_NUMBER && line.role() != Role.TABLE) printed.append(line.text());
                }
            }
            assertThat(strip(textOutsideTables(document))).isEqualTo(strip(printed.toString()));
            assertThat(strip(document.allText())).doesNotContain("—1—").doesNotContain("—2—");
            assertThat(strip(new PDFTextStripper().getText(pdf))).contains("—1—");
        }
    }

    /** Every Note's /ID is unique and the structure tree's IDTree leads to it (ISO 32000-1 §14.7.2). */
    static void notesAreFoundByTheirIds(PDDocument pdf, int count) throws Exception {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        List<PDStructureElement> found = new ArrayList<>();
        collect(root.getKids(), "Note", found);
        assertThat(found).hasSize(count);
        Set<String> ids = new HashSet<>();
        for (PDStructureElement note : found) {
            String id = note.getElementIdentifier();
            assertThat(ids.add(id)).as("unique id " + id).isTrue();
            assertThat(root.getIDTree().getValue(id).getCOSObject()).isSameAs(note.getCOSObject());
        }
    }

    private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) found.add(e);
                collect(e.getKids(), type, found);
            }
        }
    }

    static String textOutsideTables(StructureTree e) {
        if (e.type().equals("Table")) return "";
        StringBuilder b = new StringBuilder(e.text());
        for (StructureTree k : e.kids()) b.append(textOutsideTables(k));
        return b.toString();
    }

    /** A line broken between Latin words reads with the space it was broken at; Chinese lines gain none. */
    @Test
    void wordsBrokenAcrossLinesKeepTheirSpace() throws Exception {
        String latin = "The quick brown fox jumps over the lazy dog again and again, ".repeat(6).strip();
        String chinese = Docs.text(6, 1);
        OfficialDocument doc = OfficialDocument.builder().title("关于测试的通知")
                .blocks(List.of(new Block.Paragraph(latin), new Block.Paragraph(chinese))).build();
        Layout layout = SamplePdfTest.TYPESETTER.typeset(doc, GbStyles.report());
        assertThat(layout.pages().get(0).lines().stream().filter(Line::wordBreak).count()).isGreaterThan(1);
        try (PDDocument pdf = Loader.loadPDF(PAINTER.paint(layout))) {
            List<StructureTree> ps = StructureTree.read(pdf).kids().get(0).ofType("P");
            assertThat(ps).extracting(StructureTree::text).containsExactly(latin, chinese);
        }
        // drawn as nothing: the untagged file, which has no spaces at the breaks, looks the same
        assertThat(pageImage(PAINTER.paint(layout))).isEqualTo(pageImage(PAINTER.paint(layout, null, false)));
    }

    static int[] pageImage(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new PDFRenderer(d).renderImage(0, 1f);
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
    }

    @Test
    void skippedHeadingLevelsCloseUp() throws Exception {
        Layout layout = SamplePdfTest.TYPESETTER.typeset(untitledSkippingLevels(), GbStyles.report());
        try (PDDocument pdf = Loader.loadPDF(PAINTER.paint(layout))) {
            StructureTree document = StructureTree.read(pdf).kids().get(0);
            assertThat(document.find(e -> e.type().matches("H[1-4]"))).extracting(StructureTree::type)
                    .containsExactly("H1", "H2", "H1");
            // no title: the window shows a stand-in
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PdfPainter.UNTITLED);
        }
        Layout blanks = SamplePdfTest.TYPESETTER.typeset(blankHeadings(), GbStyles.report());
        try (PDDocument pdf = Loader.loadPDF(PAINTER.paint(blanks))) {
            StructureTree document = StructureTree.read(pdf).kids().get(0);
            assertThat(document.find(e -> e.type().matches("H[1-4]"))).extracting(e -> e.type() + " " + e.text())
                    .containsExactly("H1 一、总体", "H2 1.细项", "H2 （一）工作进展");
        }
    }

    @Test
    void aRepeatedTableHeaderIsAnArtifact() throws Exception {
        Layout layout = SamplePdfTest.TYPESETTER.typeset(longTable(), GbStyles.report());
        assertThat(layout.pages().size()).isGreaterThan(2);
        try (PDDocument pdf = Loader.loadPDF(PAINTER.paint(layout))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(pdf)).contains("事项名称");   // printed again on page 3
            StructureTree document = StructureTree.read(pdf).kids().get(0);
            assertThat(document.ofType("TH")).hasSize(4);
            assertThat(document.allText().split("事项名称", -1)).hasSize(2);   // read once
        }
    }

    @Test
    @Tag("verapdf")
    void untaggedIsPdfA2bWithoutStructure() throws Exception {
        Layout layout = SamplePdfTest.TYPESETTER.typeset(Docs.report(), GbStyles.redhead());
        byte[] untagged = PAINTER.paint(layout, null, false);
        try (PDDocument pdf = Loader.loadPDF(untagged)) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isNull();
            for (PDPage page : pdf.getPages()) {
                String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(content).contains("TJ").doesNotContain("BDC").doesNotContain("BMC");
            }
        }
        String text = new String(untagged, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("<pdfaid:conformance>B</pdfaid:conformance>").doesNotContain("pdfuaid");
        assertThat(PdfPainterTest.failedRules(untagged, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(new String(PAINTER.paint(layout), StandardCharsets.ISO_8859_1))
                .contains("<pdfaid:conformance>A</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>");
    }

    /**
     * "H1 一、主要举措及成效" …: the model's headings at their levels (一、 H1 … （1） H4), chapters as H1, each
     * appendix's title as H1 before its own.
     */
    static List<String> expectedHeadings(OfficialDocument doc) {
        List<String> out = new ArrayList<>();
        headings(doc.blocks(), out);
        for (Appendix a : doc.appendices()) {
            if (!a.title().isBlank()) out.add("H1 " + strip(a.title()));
            headings(a.blocks(), out);
        }
        return out;
    }

    private static void headings(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.add("H" + h.level() + " " + strip(h.fullText()));
            if (b instanceof Block.Chapter c) out.add("H1 " + strip(Wording.chapterLine(c)));
        }
    }

    static <T extends Block> List<T> blocks(OfficialDocument doc, Class<T> kind) {
        Stream<Block> all = Stream.concat(doc.blocks().stream(), doc.appendices().stream().flatMap(a -> a.blocks().stream()));
        return all.filter(kind::isInstance).map(kind::cast).toList();
    }

    static String text(Block.Paragraph p) {
        return strip((p.lead() == null ? "" : p.lead().fullText()) + p.text());
    }

    static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }

}
