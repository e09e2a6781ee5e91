package org.gongwen.docx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongwen.ingest.Importers;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.LibreOffice;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Converts the samples' DOCX with LibreOffice (fonts aliased to the bundled Fandol faces by
 * fonts/fontconfig/gongwen-fonts.conf; {@link LibreOffice}, shared with the DOCX↔PDF agreement
 * test) and measures LibreOffice's PDF: lines per page, characters per line, page numbers, the
 * title. Needs soffice (tag {@code libreoffice}). The pages are also rendered to
 * target/lo-pages/*.png (when pdftoppm exists) for a person to look at.
 */
@Tag("libreoffice")
class LibreOfficeRenderTest {

    static final String FILLED = "zhongshan-filled-redhead.pdf";
    static final Map<String, List<List<Line>>> PAGES = new LinkedHashMap<>();
    static HouseStyle.PageSetup page;

    /** One printed line: text positions sharing a baseline (points from the page top). */
    record Line(double baseline, double x0, double x1, String text, String firstFont, double size) {}

    @BeforeAll
    static void convert() throws Exception {
        TemplateLibrary lib = TemplateLibrary.shared();
        page = lib.get("report").style().page();
        List<LibreOffice.Docx> docx = new ArrayList<>();
        for (String name : SharedSamples.ALL) {
            for (String template : List.of("report", "redhead")) docx.add(LibreOffice.sample(name, template));
        }
        // The zhongshan sample with 发文字号, 抄送 and 印发 filled (no sample has them).
        docx.add(new LibreOffice.Docx(FILLED.replace(".pdf", ""), () -> {
            OfficialDocument filled = Importers.read(SharedSamples.ZHONGSHAN, SharedSamples.bytes(SharedSamples.ZHONGSHAN))
                    .toBuilder().docNumber("钟卫健发〔2025〕12号").cc("区委办公室，区人大常委会办公室，区政府办公室，区政协办公室，区纪委监委，区委依法治区办。")
                    .printer("六盘水市钟山区卫生健康局办公室").printDate(java.time.LocalDate.of(2025, 1, 21)).build();
            return new DocxWriter().write(filled, lib.get("redhead"));
        }));
        Path pngs = Path.of("target", "lo-pages");
        Files.createDirectories(pngs);
        for (Map.Entry<String, Path> e : LibreOffice.pdfs(docx).entrySet()) {
            Path pdf = e.getValue();
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                PAGES.put(e.getKey() + ".pdf", lines(d));
            }
            if (LibreOffice.onPath("pdftoppm")) {
                new ProcessBuilder("pdftoppm", "-r", "50", "-png", pdf.toString(), pngs.resolve(e.getKey()).toString())
                        .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private double typeTop() { return page.topPt(); }
    private double typeBottom() { return page.heightPt() - page.bottomPt(); }
    private double typeLeft() { return page.leftPt(); }
    private double typeRight() { return page.widthPt() - page.rightPt(); }

    /** Lines of the text area in 16 pt and 22 pt text (headings, body, title); footer and 版记 excluded. */
    private List<Line> textLines(List<Line> pageLines) {
        return pageLines.stream().filter(l -> Math.abs(l.size() - 16) < 0.3 || Math.abs(l.size() - 22) < 0.3)
                .filter(l -> l.baseline() < typeBottom()).toList();
    }

    @Test
    void fullPagesHoldTwentyTwoLinesOnTheGrid() {
        int fullPages = 0;
        for (var e : PAGES.entrySet()) {
            for (List<Line> pg : e.getValue()) {
                List<Line> lines = textLines(pg);
                // The red header (mark, 发文字号) is set off the grid; the title brings the text back onto it.
                int title = lines.indexOf(lines.stream().filter(l -> Math.abs(l.size() - 22) < 0.3).findFirst().orElse(null));
                if (pg == e.getValue().get(0) && title > 0) lines = lines.subList(title, lines.size());
                assertThat(lines.size()).as(e.getKey()).isLessThanOrEqualTo(page.linesPerPage());
                if (lines.size() == page.linesPerPage()) fullPages++;
                for (Line l : lines) {
                    // baseline of grid line n = typeTop + n·pitch − 5.35 (templates/README.md)
                    double n = (l.baseline() - typeTop() + 5.35) / page.linePitchPt();
                    assertThat(Math.abs(n - Math.rint(n))).as(e.getKey() + " off the grid: " + l).isLessThan(0.05);
                }
            }
        }
        assertThat(fullPages).as("pages with 22 lines").isGreaterThanOrEqualTo(8);
    }

    @Test
    void fullLinesOfChineseTextHoldTwentyEightCharacters() {
        int full = 0;
        for (var e : PAGES.entrySet()) {
            for (List<Line> pg : e.getValue()) {
                List<Line> lines = textLines(pg);
                for (int i = 0; i < lines.size(); i++) {
                    Line l = lines.get(i);
                    boolean chinese = l.text().chars().allMatch(c -> c >= 0x2E80);
                    boolean spans = l.x0() < typeLeft() + 2 && l.x1() > typeRight() - 3;
                    if (l.size() < 16.5 && chinese && spans) {
                        String text = l.text();
                        if (l.x1() > typeRight() + 2) {
                            // LibreOffice 7.4 reads w:overflowPunct inverted (val="0", which tells Word and
                            // WPS not to hang punctuation, switches hanging on): a closing mark may hang
                            // past the type area. The characters inside it must still be 28.
                            assertThat("，。、；：？！）》”’").as(e.getKey() + " hangs " + text).contains(text.substring(text.length() - 1));
                            text = text.substring(0, text.length() - 1);
                        }
                        // A number never splits, a closing mark never starts a line, an opening mark
                        // never ends one: such a line gives its last cell away and is spread instead.
                        String next = i + 1 < lines.size() ? lines.get(i + 1).text() : "";
                        String closing = "，。、；：？！）》」』”’】〉〕…—·";
                        boolean pushed = !next.isEmpty() && (Character.isLetterOrDigit(next.charAt(0)) && next.charAt(0) < 0x2E80
                                || closing.indexOf(next.charAt(0)) >= 0 || "（《「『“‘【〈〔".indexOf(next.charAt(0)) >= 0
                                || next.length() > 1 && closing.indexOf(next.charAt(1)) >= 0);
                        if (pushed) assertThat(text.length()).as(e.getKey() + " " + text).isBetween(page.charsPerLine() - 2, page.charsPerLine());
                        else assertThat(text).as(e.getKey()).hasSize(page.charsPerLine());
                        full++;
                    }
                }
            }
        }
        assertThat(full).as("full lines of Chinese text").isGreaterThan(50);
    }

    @Test
    void pageNumbersRightOnOddPagesLeftOnEvenPages() {
        for (var e : PAGES.entrySet()) {
            List<List<Line>> pages = e.getValue();
            for (int i = 0; i < pages.size(); i++) {
                int number = i + 1;
                Line n = pages.get(i).stream().filter(l -> l.baseline() > typeBottom())
                        .filter(l -> l.text().replace(" ", "").equals("—" + number + "—")).findFirst()
                        .orElseThrow(() -> new AssertionError(e.getKey() + " page " + number + " has no — " + number + " —"));
                assertThat(n.size()).isEqualTo(14);
                assertThat(n.firstFont()).contains("FandolSong");
                if (number % 2 == 1) assertThat(n.x1()).as(e.getKey() + " p" + number).isCloseTo(typeRight() - 14, within(1.5));
                else assertThat(n.x0()).as(e.getKey() + " p" + number).isCloseTo(typeLeft() + 14, within(1.5));
                // The dash line about 7 mm (19.8 pt) below the type area: baseline ~ 3 pt lower than the dash centre.
                assertThat(n.baseline() - typeBottom()).isBetween(19.0, 28.0);
            }
        }
    }

    @Test
    void titleIsCentredAndShaped() {
        double centre = (typeLeft() + typeRight()) / 2;
        for (var e : PAGES.entrySet()) {
            List<Line> title = e.getValue().get(0).stream().filter(l -> Math.abs(l.size() - 22) < 0.5).toList();
            assertThat(title).as(e.getKey()).isNotEmpty();
            for (Line l : title) assertThat((l.x0() + l.x1()) / 2).as(e.getKey() + " " + l.text()).isCloseTo(centre, within(2.0));
            assertThat(title.get(0).firstFont()).contains("FandolSong");
            if (title.size() == 2) {
                // TitleBreaker counts a digit as ½ 字; LibreOffice sets digits beside Chinese in the
                // Chinese face, a little wider: allow ½ 字.
                assertThat(title.get(0).x1() - title.get(0).x0()).as(e.getKey() + " trapezoid")
                        .isLessThanOrEqualTo(title.get(1).x1() - title.get(1).x0() + 11);
            }
        }
        List<Line> redhead = PAGES.get("zhongshan-health-2024-rule-of-law-report-redhead.pdf").get(0);
        Line mark = redhead.stream().filter(l -> l.size() > 30).findFirst().orElseThrow();
        assertThat((mark.x0() + mark.x1()) / 2).isCloseTo(centre, within(2.0));
        assertThat(mark.x1() - mark.x0()).isLessThanOrEqualTo(typeRight() - typeLeft());
    }

    /**
     * Signature 右空二字, issuers aligned, the date's right edge where §7.3.5.2 puts it. (The date's
     * first character is 2 字 right of the signature's in Word and WPS; LibreOffice adds ⅕ em around
     * digits beside Chinese whatever the DOCX says, which widens the date leftwards.)
     */
    @Test
    void signatureAndDateSitWhereGbT9704PutsThem() {
        List<Line> last = PAGES.get("shanghai-soil-remediation-list-letter-report.pdf").get(1);
        Line issuer = last.stream().filter(l -> l.text().equals("上海市规划和自然资源局")).findFirst().orElseThrow();
        Line first = last.stream().filter(l -> l.text().equals("上海市生态环境局")).findFirst().orElseThrow();
        Line date = last.stream().filter(l -> l.text().equals("2026年7月21日")).findFirst().orElseThrow();
        double pitch = page.charPitchPt();
        assertThat(issuer.x1()).isCloseTo(typeRight() - 2 * pitch, within(2.0));
        assertThat(first.x0()).isCloseTo(issuer.x0(), within(1.0));
        // 11 字 signature, 6.5 字 date: the date ends 4.5 字 from the right edge
        assertThat(date.x1()).isCloseTo(typeRight() - 4.5 * pitch, within(2.0));
        assertThat(date.baseline() - issuer.baseline()).isCloseTo(page.linePitchPt(), within(0.5));
    }

    @Test
    void redHeadTailSitsAtTheBottomOfTheLastPage() {
        for (var e : PAGES.entrySet()) {
            if (!e.getKey().endsWith("-redhead.pdf")) continue;
            List<List<Line>> pages = e.getValue();
            // A document without 印发 data (no date, no printer) has no 版记.
            if (pages.stream().flatMap(List::stream).noneMatch(l -> l.size() < 15 && l.text().endsWith("印发"))) continue;
            Line printed = pages.get(pages.size() - 1).stream().filter(l -> l.text().endsWith("印发")).findFirst()
                    .orElseThrow(() -> new AssertionError(e.getKey() + ": no 印发 line on the last page"));
            assertThat(printed.size()).isEqualTo(14);
            assertThat(typeBottom() - printed.baseline()).as(e.getKey()).isBetween(0.0, page.linePitchPt());
        }
    }

    /**
     * With both 抄送 and 印发 the 版记 holds together at the foot of the last page (LibreOffice 7.4
     * broke a frame of two paragraphs up and let it flow after the body): the 印发 line on the last
     * grid line, 抄送's two lines right above it, all below the signature with room between.
     */
    @Test
    void imprintWithCopyToAndPrintedByHoldsAtTheBottom() {
        List<List<Line>> pages = PAGES.get(FILLED);
        List<Line> last = pages.get(pages.size() - 1);
        Line printed = last.stream().filter(l -> l.text().endsWith("印发")).findFirst().orElseThrow();
        Line cc = last.stream().filter(l -> l.text().startsWith("抄送")).findFirst().orElseThrow();
        double pitch = page.linePitchPt();
        assertThat(typeBottom() - printed.baseline()).isBetween(0.0, pitch);
        assertThat(printed.baseline() - cc.baseline()).isCloseTo(2 * pitch, within(1.0));
        assertThat(cc.x0()).isCloseTo(typeLeft() + 14, within(1.5));
        Line date = last.stream().filter(l -> l.text().equals("2025年1月20日")).findFirst().orElseThrow();
        assertThat(cc.baseline() - date.baseline()).isGreaterThan(3 * pitch);
    }

    /** Without a 发文字号 the red header keeps its height: the title sits where it does with one. */
    @Test
    void redHeadKeepsItsGeometryWithoutDocNumber() {
        Line with = PAGES.get(FILLED).get(0).stream().filter(l -> Math.abs(l.size() - 22) < 0.3).findFirst().orElseThrow();
        Line without = PAGES.get("zhongshan-health-2024-rule-of-law-report-redhead.pdf").get(0).stream()
                .filter(l -> Math.abs(l.size() - 22) < 0.3).findFirst().orElseThrow();
        assertThat(without.baseline()).isCloseTo(with.baseline(), within(0.5));
        assertThat(PAGES.get(FILLED).get(0)).anyMatch(l -> l.text().replace(" ", "").equals("钟卫健发〔2025〕12号"));
    }

    @Test
    void headingsAndLeadsTakeTheirFaces() {
        List<Line> all = new ArrayList<>();
        PAGES.get("zhongshan-health-2024-rule-of-law-report-report.pdf").forEach(all::addAll);
        assertThat(all.stream().filter(l -> l.text().startsWith("一、"))).isNotEmpty()
                .allMatch(l -> l.firstFont().contains("FandolHei"));
        assertThat(all.stream().filter(l -> l.text().startsWith("（一）"))).isNotEmpty()
                .allMatch(l -> l.firstFont().contains("FandolKai"));
        assertThat(all.stream().filter(l -> l.size() < 16.5 && l.size() > 15.5 && l.text().startsWith("为深入")))
                .isNotEmpty().allMatch(l -> l.firstFont().contains("FandolFang"));
    }

    // ---- PDF reading ----

    private static List<List<Line>> lines(PDDocument d) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 1; p <= d.getNumberOfPages(); p++) {
            Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        if (t.getUnicode().isBlank()) continue;
                        byBaseline.computeIfAbsent(Math.round(t.getYDirAdj() * 2.0), k -> new ArrayList<>()).add(t);
                    }
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(p);
            s.setEndPage(p);
            s.getText(d);
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> ts : byBaseline.values()) {
                ts.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                StringBuilder text = new StringBuilder();
                for (TextPosition t : ts) text.append(t.getUnicode());
                TextPosition first = ts.get(0), last = ts.get(ts.size() - 1);
                lines.add(new Line(first.getYDirAdj(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        text.toString(), first.getFont().getName(), first.getFontSizeInPt()));
            }
            pages.add(lines);
        }
        return pages;
    }

}
