package org.gongwen.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongwen.layout.Docs;
import org.gongwen.layout.GbStyles;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.style.TemplateTrace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPainterTest {
    static final Typesetter TYPESETTER = new Typesetter(FontLibrary.shared());
    static byte[] pdf;
    static Layout layout;

    @BeforeAll
    static void paint() {
        layout = TYPESETTER.typeset(Docs.report(), GbStyles.report());
        pdf = new PdfPainter().paint(layout);
    }

    @Test
    void textExtractsAsTheRightChineseInReadingOrder() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isEqualTo(layout.pages().size());
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            String title = Docs.report().title();
            assertThat(text).startsWith(title + "区人民政府：");
            assertThat(text).contains("（一）强化法治学习。");
            assertThat(text).contains("钟卫健发〔2025〕12号");
            assertThat(text).contains("六盘水市钟山区卫生健康局2025年1月20日");
            assertThat(text).contains("—1—");
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubset() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
                    // ISO 32000-1, 9.8.1: the descriptor names the font as the CIDFont's /BaseFont does
                    var cidFont = ((PDType0Font) f).getDescendantFont();
                    assertThat(cidFont.getFontDescriptor().getFontName()).isEqualTo(cidFont.getName());
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(3);
        }
        assertThat(pdf.length).isLessThan(1_000_000);
    }

    @Test
    void metadataComesFromTheDocument() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(Docs.report().title());
            assertThat(info.getAuthor()).isEqualTo("六盘水市钟山区卫生健康局");
            assertThat(info.getSubject()).isEqualTo("钟卫健发〔2025〕12号");
            assertThat(info.getKeywords()).contains("钟卫健发〔2025〕12号");
            assertThat(info.getProducer()).isEqualTo("gongwen");
            Calendar created = info.getCreationDate();
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2025);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.JANUARY);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(20);
            assertThat(d.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    @Test
    void bookmarksFollowHeadingsAndAppendicesAndPagesAreLabelled() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                for (PDOutlineItem child : item.children()) nested.add(child.getTitle());
                assertThat(item.findDestinationPage(d)).isNotNull();
            }
            assertThat(top).contains("一、主要举措及成效", "二、存在的问题");
            assertThat(top).anyMatch(t -> t.startsWith("附件"));
            assertThat(nested).contains("（一）强化法治学习。", "（三）强化普法宣传");
            assertThat(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()).startsWith("1", "2");
        }
    }

    /**
     * The faces number some glyphs (¥, –, €, ⊕ and 1,260 more) differently as CIDs than as glyph
     * ids; each must still draw its own outline, not an empty or a wrong one.
     */
    @Test
    void charactersPastTheFacesCidOrderDrawTheirOwnGlyphs() throws Exception {
        OfficialDocument doc = OfficialDocument.builder().title("价格说明")
                .blocks(List.of(new Block.Paragraph("价格为¥100元，时间2024–2025年，€5，⊕号。"))).build();
        byte[] file = new PdfPainter().paint(TYPESETTER.typeset(doc, GbStyles.report()));
        List<String> drawn = new ArrayList<>();
        PDFTextStripper glyphs = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!"¥–€⊕元".contains(text.getUnicode())) return;
                try {
                    PDCIDFontType0 font = (PDCIDFontType0) ((PDType0Font) text.getFont()).getDescendantFont();
                    int code = text.getCharacterCodes()[0];
                    if (font.hasGlyph(code) && font.getPath(code).getBounds2D().getWidth() > 0) drawn.add(text.getUnicode());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try (PDDocument d = Loader.loadPDF(file)) {
            glyphs.getText(d);
            assertThat(new PDFTextStripper().getText(d)).contains("¥100元", "2024–2025年", "€5", "⊕号");
        }
        assertThat(drawn).containsExactly("¥", "元", "–", "€", "⊕");
    }

    @Test
    void theSameLayoutGivesTheSameBytes() {
        byte[] again = new PdfPainter().paint(TYPESETTER.typeset(Docs.report(), GbStyles.report()));
        assertThat(again).isEqualTo(pdf);
    }

    @Test
    void paintsConcurrentlyWithSharedFonts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<byte[]> job = () -> new PdfPainter().paint(TYPESETTER.typeset(Docs.report(), GbStyles.report()));
                results.add(pool.submit(job));
            }
            for (Future<byte[]> f : results) assertThat(f.get()).isEqualTo(pdf);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Tag("verapdf")
    void conformsToPdfA2b() throws Exception {
        assertThat(failedRules(pdf)).isEmpty();
        // with the template trace: its XMP properties are described by a PDF/A extension schema
        byte[] red = new PdfPainter().paint(TYPESETTER.typeset(Docs.report(), GbStyles.redhead()),
                new TemplateTrace("zijin-wsj/redhead", TemplateLibrary.shared().get("redhead").version()));
        assertThat(new String(red, StandardCharsets.UTF_8)).contains("<gongwen:template>zijin-wsj/redhead</gongwen:template>");
        assertThat(failedRules(red)).isEmpty();
    }

    /** The rules of PDF/A-2b that veraPDF finds {@code file} breaks. */
    static List<String> failedRules(byte[] file) throws Exception {
        return failedRules(file, PDFAFlavour.PDFA_2_B);
    }

    /** The rules of {@code flavour} (PDF/A-2b, PDF/A-2a, PDF/UA-1) that veraPDF finds {@code file} breaks, each once. */
    static List<String> failedRules(byte[] file, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(file), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                    if (!failed.contains(rule)) failed.add(rule);
                }
            }
            return failed;
        }
    }
}
