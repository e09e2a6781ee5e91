package org.gongwen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.check.Finding;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.compose.Wording;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;
import org.gongwen.testing.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's promise: the DOCX a clerk edits, the PDF the portal publishes and the portal's HTML are
 * the same document. Every sample and a set of generated documents (one issuer and joint issuers,
 * issuers 0–3 字 longer and shorter than the date, with and without recipients, 抄送, 印发, notes with
 * and without their brackets, attachments, appendices) go through both bundled templates to all three
 * formats. Each output must carry exactly the strings the composition decided, in its order, and
 * gongwen's own checker must find nothing in the DOCX or the PDF.
 */
class SameDocumentEverywhereTest {
    private static final Gongwen GONGWEN = Gongwen.builder().build();
    private static final TemplateLibrary LIBRARY = TemplateLibrary.load(null);
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^\\s*—\\s*\\d+\\s*—\\s*$");
    private static final Pattern DOCX_TEXT = Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>");

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (String template : List.of("report", "redhead")) {
            for (String sample : SharedSamples.ALL) {
                all.add(Arguments.of(sample, template, GONGWEN.read(sample, SharedSamples.bytes(sample))));
            }
            int i = 0;
            // dates of 6 字 (2025年1月5日) and 7 字 (2025年10月20日); issuers of 3 to 10 字
            for (LocalDate date : List.of(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 10, 20))) {
                for (int length = 3; length <= 10; length++, i++) {
                    all.add(Arguments.of("generated-" + i, template, generated(i, length, date)));
                }
            }
            for (var odd : oddities().entrySet()) all.add(Arguments.of(odd.getKey(), template, odd.getValue()));
        }
        return all.stream();
    }

    /** Documents missing a field or carrying an unusual one (the review of issue 13 found each). */
    static java.util.Map<String, OfficialDocument> oddities() {
        OfficialDocument base = generated(0, 6, LocalDate.of(2025, 1, 20));
        java.util.Map<String, OfficialDocument> odd = new java.util.LinkedHashMap<>();
        odd.put("no-issuers", base.toBuilder().issuers(List.of()).build());
        odd.put("no-date", base.toBuilder().date(null).build());
        odd.put("three-issuers", base.toBuilder().issuers(List.of("某某市卫生健康委员会办", "某某市卫生健康委员会", "某局")).build());
        odd.put("joint-longer-first", base.toBuilder().issuers(List.of("某某某某某某某某某局", "某某市司法局"))
                .date(LocalDate.of(2025, 1, 5)).build());
        odd.put("title-with-its-own-break", base.toBuilder().title("关于做好2025年度\n某某工作的通知").build());
        odd.put("title-note", base.toBuilder().title("某某县人民代表大会常务委员会关于加强某某工作的决定")
                .titleNote("(2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过)").recipients(null).build());
        odd.put("no-title-no-recipients", base.toBuilder().title(null).recipients(null).build());
        odd.put("odd-notes-and-breaks", base.toBuilder().blocks(List.of(
                new Block.Paragraph("第一行\n第二行 and Latin\nwords。"),
                new Block.Attachments(List.of("2025年度重点工作任务分工方案")),
                new Block.Note("（）"), new Block.Note("(此件公开发布）"))).build());
        // issue 15: pictures with and without a caption, one wide, one tall, one small, in an appendix too
        odd.put("figures", base.toBuilder().blocks(List.of(
                new Block.Paragraph("本局内设机构如下图所示。"),
                new Block.Figure("图1　某某局组织架构图", Block.Figure.PNG, 0, 0, TestImages.orgChart(1600, 900)),
                new Block.Paragraph("各科室职责分工如下。"),
                new Block.Figure("", Block.Figure.JPEG, 0, 0, TestImages.orgChartJpeg(300, 900)),
                new Block.Figure("图2　小图", Block.Figure.PNG, 0, 0, TestImages.orgChartTransparent(120, 60)),
                new Block.Paragraph("特此通知。")))
                .appendices(List.of(new Appendix("机构图", List.of(
                        new Block.Figure("附图　机构图", Block.Figure.PNG, 0, 0, TestImages.orgChart(800, 600))))))
                .build());
        return odd;
    }

    /** The i-th generated document: features switched on and off by the bits of i. */
    static OfficialDocument generated(int i, int issuerLength, LocalDate date) {
        String issuer = "某".repeat(issuerLength - 1) + "局";
        List<String> issuers = i % 3 == 2 ? List.of(issuer, "某某市司法局") : List.of(issuer);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("为做好年度工作，现将有关事项通知如下。"));
        blocks.add(new Block.Heading(1, "一、", "工作要求"));
        blocks.add(new Block.Paragraph(new Block.Lead(2, "（一）", "提高认识。"), "各单位要高度重视，认真组织实施。"));
        if (i % 2 == 0) blocks.add(new Block.Attachments(i % 4 == 0 ? List.of("工作方案") : List.of("工作方案", "联系人名单")));
        if (i % 5 != 1) blocks.add(new Block.Note(i % 2 == 0 ? "此件公开发布" : "（联系人：张三，电话：12345678）"));
        List<Appendix> appendices = i % 4 == 0
                ? List.of(new Appendix("工作方案", List.of(new Block.Paragraph("方案正文。"), new Block.Note("此页无正文"))))
                : List.of();
        return OfficialDocument.builder()
                .title("关于做好" + issuer + "年度工作的通知")
                .docNumber(i % 2 == 0 ? "某卫发〔2025〕" + (i + 1) + "号" : null)
                .recipients(i % 3 == 0 ? null : i % 3 == 1 ? "各科室：" : "各区卫生健康局")
                .issuers(issuers)
                .date(date)
                .cc(i % 2 == 0 ? "抄送：市卫健委" : i % 3 == 0 ? null : "市司法局。")
                .printer(i % 4 == 1 ? null : "某某市卫生健康局办公室")
                .blocks(blocks)
                .appendices(appendices)
                .build();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void docxPdfAndHtmlCarryTheComposedStringsAndCheckClean(String name, String template, OfficialDocument doc) throws IOException {
        HouseStyle style = LIBRARY.get(template).style();
        ComposedDocument composed = Composer.compose(doc, style);
        boolean red = style.redHeader() != null;

        byte[] docx = GONGWEN.render(doc, template, Format.DOCX).bytes();
        byte[] pdf = GONGWEN.render(doc, template, Format.PDF).bytes();
        String html = new String(GONGWEN.render(doc, template, Format.HTML).bytes(), StandardCharsets.UTF_8);

        // the house's furniture: the red header (with the 发文字号) and the 版记 belong to the printed
        // document; the portal shows the 发文字号 under the title whatever the template
        String printed = flat(strings(composed, red, false));
        assertThat(docxText(docx)).as("DOCX").isEqualTo(printed);
        assertThat(pdfText(pdf)).as("PDF").isEqualTo(printed);
        assertThat(htmlText(html)).as("HTML").isEqualTo(flat(strings(composed, false, true)));

        List<String> owed = owedToTheInput(doc, red);
        List<Finding> inDocx = GONGWEN.check(name + ".docx", docx, template);
        assertThat(rules(inDocx)).as("check of the DOCX: %s", inDocx).isSubsetOf(owed);
        List<Finding> inPdf = GONGWEN.check(name + ".pdf", pdf, template);
        assertThat(rules(inPdf)).as("check of the PDF: %s", inPdf).isSubsetOf(owed);
    }

    /**
     * Findings that report the input itself, not gongwen's setting of it: a numbering gap the
     * importer kept as written (and warned about), a red-header document given no 发文字号 or no
     * issuer, a document without a title, a title its author broke into a worse shape.
     */
    static List<String> owedToTheInput(OfficialDocument doc, boolean red) {
        List<String> rules = new ArrayList<>();
        if (doc.warnings().stream().anyMatch(w -> w.code().equals("numbering-gap"))) rules.add("heading-number-gap");
        if (red && (doc.docNumber() == null || doc.docNumber().isBlank())) rules.add("doc-number-missing");
        if (red && doc.issuers().isEmpty()) rules.add("issuer-mark-missing");
        if (doc.title() == null) rules.add("title-missing");
        // a title broken by its author where the meaning leaves a better shape: the checker suggests it
        if (doc.title() != null && doc.title().contains("\n")) rules.add("title-shape");
        return rules;
    }

    /** What the composition says is printed, in order; the portal gives the 发文字号 below the title. */
    static List<String> strings(ComposedDocument c, boolean houseFurniture, boolean portal) {
        List<String> s = new ArrayList<>();
        if (houseFurniture) s.addAll(c.markLines());
        if (houseFurniture) s.add(c.markSide());
        if (houseFurniture) s.add(c.docNumber());
        s.addAll(c.titleLines());
        s.add(c.titleNote());
        if (portal) s.add(c.docNumber());
        s.add(Wording.recipientsLine(c.recipients()));
        c.body().forEach(b -> s.addAll(strings(b)));
        s.addAll(c.signature().issuers());
        s.add(c.signature().date());
        s.addAll(c.notes());
        for (ComposedDocument.Appendix a : c.appendices()) {
            s.add(a.label());
            s.addAll(a.titleLines());
            a.blocks().forEach(b -> s.addAll(strings(b)));
        }
        if (houseFurniture && c.imprint() != null) {
            s.add(Wording.ccLine(c.imprint().cc()));
            s.add(c.imprint().printer());
            if (!c.imprint().printer().isEmpty() || !c.imprint().printDate().isEmpty()) s.add(Wording.printDateLine(c.imprint().printDate()));
        }
        return s;
    }

    static List<String> strings(Block b) {
        return switch (b) {
            case Block.Heading h -> List.of(h.fullText());
            case Block.Paragraph p -> List.of(p.lead() == null ? p.text() : p.lead().fullText() + p.text());
            case Block.Attachments a -> Wording.attachmentNote(a.items()).stream().map(Wording.AttachmentLine::text).toList();
            case Block.Table t -> t.rows().stream().flatMap(List::stream).toList();
            case Block.Note n -> List.of(n.text());
            case Block.Chapter ch -> List.of(Wording.chapterLine(ch));
            case Block.Article a -> List.of(Wording.articleHead(a) + Wording.articleText(a));
            case Block.Figure f -> List.of(f.caption());
        };
    }

    /** Text without any white space, so line breaks, tabs and indents do not count. */
    static String flat(List<String> strings) {
        return flat(String.join("", strings));
    }

    static String flat(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** The body's text (word/document.xml; page numbers live in the footers). */
    static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().equals("word/document.xml")) continue;
                Matcher m = DOCX_TEXT.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                StringBuilder sb = new StringBuilder();
                while (m.find()) sb.append(m.group(1));
                return flat(sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&apos;", "'").replace("&amp;", "&"));
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** The pages' text in reading order, page numbers ("— 1 —") left out. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return flat(PAGE_NUMBER.matcher(stripper.getText(d)).replaceAll(""));
        }
    }

    /** The article's text, its 发布时间/来源 line and style left out. */
    static String htmlText(String html) {
        Element article = Jsoup.parse(html).selectFirst("article.gongwen");
        article.select("style, .meta").remove();
        return flat(article.text());
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
