package org.gongwen.layout;

import org.gongwen.compose.Composer;
import org.gongwen.compose.Signature;
import org.gongwen.compose.Widths;
import org.gongwen.layout.Layout.GlyphRun;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.Page;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TypesetterTest {
    static final FontLibrary FONTS = FontLibrary.shared();
    static final Typesetter TYPESETTER = new Typesetter(FONTS);
    static final HouseStyle STYLE = GbStyles.report();
    static final double EPS = 0.01;

    static Layout typeset(OfficialDocument doc) {
        return TYPESETTER.typeset(doc, STYLE);
    }

    static List<Line> lines(Layout l, Role role) {
        List<Line> out = new ArrayList<>();
        for (Page p : l.pages()) for (Line line : p.lines()) if (line.role() == role) out.add(line);
        return out;
    }

    /** x of the i-th character of a line. */
    static double xOf(Line l, int index) {
        for (GlyphRun r : l.runs()) {
            if (index < r.x().length) return r.x()[index];
            index -= r.x().length;
        }
        throw new IndexOutOfBoundsException(index);
    }

    static int chars(Line l) {
        return l.text().codePointCount(0, l.text().length());
    }

    @Test
    void everyFullPageHas22LinesOnTheGrid() {
        Layout l = typeset(Docs.longBody(120));
        assertThat(l.pages().size()).isGreaterThan(5);
        for (Page p : l.pages().subList(1, l.pages().size() - 1)) {
            List<Line> body = p.lines().stream().filter(x -> x.role() == Role.BODY).toList();
            assertThat(body).hasSize(22);
            // LibreOffice's seat for gongwen's DOCX: line 1's baseline 128.5 pt from the paper top
            assertThat(body.get(0).baseline()).isCloseTo(p.typeAreaTop() + GbStyles.PITCH - 5.35, org.assertj.core.data.Offset.offset(0.05));
            for (int i = 0; i < 22; i++) {
                assertThat(body.get(i).gridLine()).isEqualTo(i);
                assertThat(body.get(i).baseline() - body.get(0).baseline()).isCloseTo(i * GbStyles.PITCH, org.assertj.core.data.Offset.offset(EPS));
            }
        }
    }

    @Test
    void fullLinesOfPlainChineseHold28CharactersOnThePitch() {
        String hanzi = "法治政府建设是全面依法治国的重点任务和主体工程".repeat(20);
        Layout l = typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph(hanzi))).build());
        List<Line> body = lines(l, Role.BODY);
        assertThat(body.size()).isGreaterThan(10);
        assertThat(chars(body.get(0))).isEqualTo(26);   // 2 字 indent
        for (Line line : body.subList(1, body.size() - 1)) {
            assertThat(chars(line)).isEqualTo(28);
            double[] x = line.runs().get(0).x();
            for (int i = 0; i < x.length; i++) assertThat(x[i] - line.left()).isCloseTo(i * GbStyles.CHAR, org.assertj.core.data.Offset.offset(EPS));
        }
    }

    @Test
    void fullLinesOfRealTextHold28CharactersUnlessPunctuationWasSqueezedOrPushed() {
        Layout l = typeset(Docs.longBody(40));
        List<Line> body = lines(l, Role.BODY);
        int exact = 0, total = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            Line line = body.get(i);
            if (line.lastOfParagraph() || !line.text().matches("[\\p{IsHan}，。、；：？！“”《》（）—…]+")) continue;
            total++;
            int n = chars(line) + (line.startX() - l.pages().get(0).typeAreaLeft() > 1 ? 2 : 0);
            assertThat(n).as(line.text()).isLessThanOrEqualTo(29);
            // fewer than 27: only when the next line opens with something that may not be split
            if (n < 27) assertThat(body.get(i + 1).text()).as(line.text()).matches("(钟卫健发|\\d|LED|——|……).*");
            if (n == 28) exact++;
        }
        assertThat(total).isGreaterThan(50);
        assertThat((double) exact / total).isGreaterThan(0.6);
    }

    /**
     * GB/T 15834-2011 §5.1 (horizontal text), written out here, not read from the typesetter's own
     * tables: the marks that never start a line. 点号: 。，、；： (§5.1.1), ？！ (§5.1.2); the closing
     * halves of 引号 ”’ (and the corner forms 」』), 括号 ）］〕】 and 书名号 》〉 (§5.1.3); 连接号: the
     * short hyphen -, the 浪纹线 ～ (§5.1.6; its 一字线 — is {@link #NEVER_SPLIT}'s business, since a
     * 破折号 —— may open a line); 间隔号 · (§5.1.7); 分隔号 / (§5.1.9).
     */
    static final String GBT15834_NEVER_STARTS_A_LINE = "。，、；：？！”’」』）］〕】》〉-～·/";
    /** The marks that never end a line: the opening halves of 引号, 括号 and 书名号 (§5.1.3), 分隔号 (§5.1.9). */
    static final String GBT15834_NEVER_ENDS_A_LINE = "“‘「『（［〔【《〈/";
    /** Never broken between the end of one line and the start of the next: 破折号 —— (§5.1.4), 省略号 …… (§5.1.5). */
    static final List<String> NEVER_SPLIT = List.of("——", "……");

    /** The line break between {@code a} and {@code b} (lines of one paragraph) as GB/T 15834 §5.1 allows it. */
    static void assertBreakFollowsGbT15834(String a, String b) {
        int first = b.codePointAt(0), last = a.codePointBefore(a.length());
        assertThat(GBT15834_NEVER_STARTS_A_LINE.indexOf(first)).as("starts with %s: %s|%s", Character.toString(first), a, b).isLessThan(0);
        assertThat(GBT15834_NEVER_ENDS_A_LINE.indexOf(last)).as("ends with %s: %s|%s", Character.toString(last), a, b).isLessThan(0);
        for (String pair : NEVER_SPLIT) {
            assertThat(a.endsWith(pair.substring(0, 1)) && b.startsWith(pair.substring(1))).as("splits %s: %s|%s", pair, a, b).isFalse();
        }
        // a single dash opening a line is the 一字线 (a 连接号, §5.1.6), not a 破折号
        if (b.startsWith("—")) assertThat(b).as("一字线 starts: %s|%s", a, b).startsWith("——");
    }

    /** Every line break inside a paragraph of the layout's body text. */
    static int assertBreaksFollowGbT15834(Layout l) {
        List<Line> body = lines(l, Role.BODY);
        int breaks = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i).lastOfParagraph()) continue;
            assertBreakFollowsGbT15834(body.get(i).text(), body.get(i + 1).text());
            breaks++;
        }
        return breaks;
    }

    @Test
    void lineBreaksInRealTextFollowGbT15834() {
        assertThat(assertBreaksFollowGbT15834(typeset(Docs.longBody(60)))).isGreaterThan(300);
    }

    /**
     * Each mark put where a break that only counted characters would leave it at a line start (the
     * 27th character, after an indented first line of 26) or at a line end (the 26th), and each
     * 破折号 or 省略号 across that break: the typesetter pushes or squeezes so that the break keeps
     * GB/T 15834's rules.
     */
    @Test
    void marksWhereTheLineWouldBreakAreKeptOffItsEdgesAsGbT15834Says() {
        String hanzi = "法治政府建设是全面依法治国的重点任务和主体工程";
        String line1 = (hanzi + hanzi).substring(0, 26);
        assertThat(firstBreak(line1 + hanzi)).as("a plain first line holds 26 characters").startsWith(line1 + "|");
        record Case(String mark, String paragraph) {}
        List<Case> cases = new ArrayList<>();
        GBT15834_NEVER_STARTS_A_LINE.codePoints().mapToObj(Character::toString).forEach(m -> cases.add(new Case(m, line1 + m + hanzi)));
        cases.add(new Case("—", line1 + "—" + hanzi)); // the 一字线
        GBT15834_NEVER_ENDS_A_LINE.codePoints().mapToObj(Character::toString)
                .forEach(m -> cases.add(new Case(m, line1.substring(0, 25) + m + hanzi)));
        for (String pair : NEVER_SPLIT) cases.add(new Case(pair, line1.substring(0, 25) + pair + hanzi));
        for (Case c : cases) {
            String[] ab = firstBreak(c.paragraph()).split("\\|", 2);
            assertBreakFollowsGbT15834(ab[0], ab[1]);
        }
    }

    /** The first two lines of a one-paragraph document, as {@code first|second}. */
    static String firstBreak(String paragraph) {
        List<Line> body = lines(typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph(paragraph))).build()), Role.BODY);
        return body.get(0).text() + "|" + body.get(1).text();
    }

    @Test
    void justifiedLinesEndExactlyAtTheRightEdgeOfTheTypeArea() {
        Layout l = typeset(Docs.longBody(30));
        Page p = l.pages().get(0);
        for (Line line : lines(l, Role.BODY)) {
            if (line.lastOfParagraph()) continue;
            assertThat(line.endX()).as(line.text()).isCloseTo(p.typeAreaRight(), org.assertj.core.data.Offset.offset(EPS));
        }
    }

    @Test
    void numbersWithUnitsDatesLatinWordsAndDocNumbersAreNeverSplit() {
        Layout l = typeset(Docs.longBody(60));
        List<Line> body = lines(l, Role.BODY);
        List<String> kept = List.of("2025年1月20日", "1290家次", "100%", "LED", "钟卫健发〔2025〕12号", "0858-8221234", "——", "……");
        int seen = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            String a = body.get(i).text(), b = body.get(i + 1).text();
            if (body.get(i).lastOfParagraph()) continue;
            String joint = a + b;
            for (String k : kept) {
                int at = joint.indexOf(k, Math.max(0, a.length() - k.length() + 1));
                if (at >= 0 && at < a.length()) {
                    assertThat(at + k.length()).as("split: " + k + " in " + a + " | " + b).isLessThanOrEqualTo(a.length());
                }
            }
            seen++;
        }
        assertThat(seen).isGreaterThan(100);
    }

    @Test
    void aPunctuationMarkIsSqueezedRatherThanStartingALine() {
        // 27 hanzi after the indent, then a comma: the comma must stay on the line, squeezed.
        String text = "法治政府建设是全面依法治国的重点任务和主体工程，要坚持".repeat(3);
        Layout l = typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph(text))).build());
        for (Line line : lines(l, Role.BODY)) {
            assertThat(line.text().charAt(0)).isNotEqualTo('，');
            if (!line.lastOfParagraph()) assertThat(line.endX()).isCloseTo(l.pages().get(0).typeAreaRight(), org.assertj.core.data.Offset.offset(EPS));
        }
    }

    @Test
    void pageNumbersSitBelowTheTypeAreaOddRightEvenLeftOneCharacterIn() {
        Layout l = typeset(Docs.longBody(30));
        HouseStyle.PageNumberStyle pn = STYLE.pageNumber();
        for (Page p : l.pages()) {
            List<Line> nums = p.lines().stream().filter(x -> x.role() == Role.PAGE_NUMBER).toList();
            assertThat(nums).hasSize(1);
            Line n = nums.get(0);
            assertThat(n.text()).isEqualTo("— " + (p.index() + 1) + " —");
            assertThat(n.runs().get(0).sizePt()).isEqualTo(14.0);
            assertThat(n.runs().get(0).face()).isEqualTo(FONTS.face("宋体"));
            assertThat(n.baseline()).isGreaterThan(p.typeAreaBottom() + pn.offsetBelowTypeAreaPt())
                    .isLessThan(p.typeAreaBottom() + pn.offsetBelowTypeAreaPt() + 14);
            if ((p.index() + 1) % 2 == 1) {
                assertThat(n.endX()).isCloseTo(p.typeAreaRight() - pn.sideIndentPt(), org.assertj.core.data.Offset.offset(EPS));
            } else {
                assertThat(n.startX()).isCloseTo(p.typeAreaLeft() + pn.sideIndentPt(), org.assertj.core.data.Offset.offset(EPS));
            }
        }
    }

    @Test
    void theTitleIsCentredOnTheGridInTheTitleFaceAndWrapsAsATrapezoid() {
        Layout l = typeset(Docs.report());
        List<Line> title = lines(l, Role.TITLE);
        assertThat(title).hasSize(2);
        Page p = l.pages().get(0);
        double centre = (p.typeAreaLeft() + p.typeAreaRight()) / 2;
        for (int i = 0; i < title.size(); i++) {
            Line t = title.get(i);
            assertThat((t.startX() + t.endX()) / 2).isCloseTo(centre, org.assertj.core.data.Offset.offset(0.5));
            assertThat(t.gridLine()).isEqualTo(i);
            assertThat(t.runs()).allMatch(r -> r.sizePt() == 22 && r.face().equals(FONTS.face("方正小标宋简体")));
        }
        assertThat(chars(title.get(0))).isLessThanOrEqualTo(chars(title.get(1)));
        assertThat(title.get(0).text() + title.get(1).text()).isEqualTo(Docs.report().title());
        // one blank line below the title, then the recipients flush left
        Line recipients = lines(l, Role.RECIPIENTS).get(0);
        assertThat(recipients.gridLine()).isEqualTo(3);
        assertThat(recipients.text()).isEqualTo("区人民政府：");
        assertThat(recipients.startX()).isCloseTo(p.typeAreaLeft(), org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void aWrappedTitleIsNeverSplitInsideANumber() {
        String title = "紫金县卫生健康局2025年法治政府建设年度报告";
        Layout l = typeset(OfficialDocument.builder().title(title).build());
        List<Line> lines = lines(l, Role.TITLE);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text() + lines.get(1).text()).isEqualTo(title);
        assertThat(lines.get(0).text()).doesNotContain("202");
        assertThat(chars(lines.get(0))).isLessThanOrEqualTo(chars(lines.get(1)));
    }

    @Test
    void headingsTakeTheirLevelsFacesAndRunInLeadsOnlyTheLead() {
        Layout l = typeset(Docs.report());
        assertThat(lines(l, Role.HEADING1).get(0).runs()).allMatch(r -> r.face().equals(FONTS.face("黑体")));
        assertThat(lines(l, Role.HEADING2).get(0).runs()).allMatch(r -> r.face().equals(FONTS.face("楷体_GB2312")));
        Line lead = lines(l, Role.BODY).stream().filter(x -> x.text().startsWith("（一）强化法治学习。")).findFirst().orElseThrow();
        GlyphRun first = lead.runs().get(0);
        assertThat(first.text()).isEqualTo("（一）强化法治学习。");
        assertThat(first.face()).isEqualTo(FONTS.face("楷体_GB2312"));
        assertThat(lead.runs().get(1).face()).isEqualTo(FONTS.face("仿宋_GB2312"));
        // headings are indented 2 字 like body paragraphs
        assertThat(lines(l, Role.HEADING1).get(0).startX() - l.pages().get(0).typeAreaLeft())
                .isCloseTo(2 * GbStyles.CHAR, org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void aHeadingNeverEndsAPage() {
        for (int fill = 0; fill < 30; fill++) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Paragraph(Docs.text(12 + fill, 1)));
            for (int i = 0; i < 8; i++) {
                blocks.add(new Block.Heading(1, "一、", "标题" + i));
                blocks.add(new Block.Heading(2, "（一）", "小标题" + i));
                blocks.add(new Block.Paragraph(Docs.text(3, i)));
            }
            Layout l = typeset(OfficialDocument.builder().blocks(blocks).build());
            for (Page p : l.pages()) {
                List<Line> content = p.lines().stream().filter(x -> x.role() != Role.PAGE_NUMBER).toList();
                Role last = content.get(content.size() - 1).role();
                assertThat(last).isNotIn(Role.HEADING1, Role.HEADING2);
            }
        }
    }

    @Test
    void signatureIsRightIndentedTwoCharactersAndTheDateStartsTwoCharactersRightOfIt() {
        Layout l = typeset(Docs.report());
        Page p = l.pages().get(0);
        Line sig = lines(l, Role.SIGNATURE).get(0);
        Line date = lines(l, Role.DATE).get(0);
        assertThat(date.text()).isEqualTo("2025年1月20日");
        // the composed rule's right spaces (compose.Signature), each line starting where they put it
        Signature s = Composer.compose(Docs.report(), STYLE).signature();
        assertThat(sig.startX()).isCloseTo(p.typeAreaRight() - (s.issuerRightZi().get(0) + Widths.zi(sig.text())) * GbStyles.CHAR,
                org.assertj.core.data.Offset.offset(EPS));
        assertThat(date.startX() - sig.startX()).isCloseTo(2 * GbStyles.CHAR, org.assertj.core.data.Offset.offset(EPS));
        // neither ends nearer the edge than 2 字 (digits are set at their own width: within 1 pt)
        assertThat(p.typeAreaRight() - Math.max(sig.endX(), date.endX())).isCloseTo(2 * GbStyles.CHAR, org.assertj.core.data.Offset.offset(1.0));
        assertThat(date.baseline() - sig.baseline()).isCloseTo(GbStyles.PITCH, org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void aDateLongerThanTheSignatureTakesTheRightIndentAndPushesTheSignatureLeft() {
        OfficialDocument d = OfficialDocument.builder().issuers(List.of("农业局", "林业局"))
                .date(LocalDate.of(2025, 12, 20)).blocks(List.of(new Block.Paragraph("特此通知。"))).build();
        Layout l = typeset(d);
        Page p = l.pages().get(0);
        List<Line> sig = lines(l, Role.SIGNATURE);
        Line date = lines(l, Role.DATE).get(0);
        assertThat(sig).hasSize(2);
        assertThat(date.endX()).isCloseTo(p.typeAreaRight() - 2 * GbStyles.CHAR, org.assertj.core.data.Offset.offset(1.0));
        assertThat(date.startX() - sig.get(0).startX()).isCloseTo(2 * GbStyles.CHAR, org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void attachmentNamesAreNumberedAndAligned() {
        Layout l = typeset(Docs.report());
        List<Line> att = lines(l, Role.ATTACHMENTS);
        assertThat(att.get(0).text()).startsWith("附件：1.");
        Line second = att.stream().filter(x -> x.text().startsWith("2.")).findFirst().orElseThrow();
        double numberX = xOf(att.get(0), 3);   // after 附件：
        assertThat(second.startX()).isCloseTo(numberX, org.assertj.core.data.Offset.offset(0.5));
        // a wrapped name lines up with the name's first character
        Line wrapped = att.get(1);
        assertThat(wrapped.text()).doesNotStartWith("2.");
        assertThat(wrapped.startX()).isCloseTo(xOf(att.get(0), 5), org.assertj.core.data.Offset.offset(0.5));
    }

    /** §7.3.4: one attachment is not numbered; its name follows 附件： with no gap, and wraps under itself. */
    @Test
    void aSingleAttachmentNameFollowsTheLabel() {
        String name = "某某市卫生健康局关于进一步加强和改进全区卫生健康系统行政执法监督工作的实施方案";
        Layout l = typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph("特此通知。"),
                new Block.Attachments(List.of(name)))).build());
        List<Line> att = lines(l, Role.ATTACHMENTS);
        assertThat(att).hasSizeGreaterThan(1);
        assertThat(att.get(0).text()).startsWith("附件：某某市");
        double nameX = xOf(att.get(0), 3);
        assertThat(nameX - xOf(att.get(0), 2)).isCloseTo(GbStyles.CHAR, org.assertj.core.data.Offset.offset(0.5));
        assertThat(att.get(1).startX()).isCloseTo(nameX, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void appendicesStartOnANewPageWithTheLabelOnLine1AndTheTitleCentredOnLine3() {
        Layout l = typeset(Docs.report());
        Line label = lines(l, Role.APPENDIX_LABEL).get(0);
        Line title = lines(l, Role.APPENDIX_TITLE).get(0);
        Page page = l.pages().stream().filter(p -> p.lines().contains(label)).findFirst().orElseThrow();
        assertThat(page.index()).isGreaterThan(0);
        assertThat(label.text()).isEqualTo("附件");
        assertThat(label.gridLine()).isEqualTo(0);
        assertThat(label.startX()).isCloseTo(page.typeAreaLeft(), org.assertj.core.data.Offset.offset(EPS));
        assertThat(label.runs().get(0).face()).isEqualTo(FONTS.face("黑体"));
        assertThat(title.gridLine()).isEqualTo(2);
        assertThat(page.lines()).contains(title);
        assertThat(l.outline()).anyMatch(o -> o.level() == 1 && o.title().startsWith("附件") && o.pageIndex() == page.index());
        // nothing of the main document on the appendix page
        assertThat(page.lines()).noneMatch(x -> x.role() == Role.SIGNATURE || x.role() == Role.TITLE);
    }

    @Test
    void tablesAreRuledAndLongTablesSplitAcrossPages() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "单位名称", "完成情况"));
        for (int i = 1; i <= 60; i++) rows.add(List.of(String.valueOf(i), "钟山区第" + i + "卫生院", "已完成全部整改任务并通过验收" + "，按期报送".repeat(i % 3)));
        Layout l = typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph("现将有关情况列表如下："),
                new Block.Table(rows, 1))).build());
        List<Line> cells = lines(l, Role.TABLE);
        for (int i = 1; i <= 60; i++) {
            String name = "钟山区第" + i + "卫生院";
            assertThat(cells.stream().anyMatch(c -> c.text().equals(name))).as(name).isTrue();
        }
        List<Page> withTable = l.pages().stream().filter(p -> p.lines().stream().anyMatch(x -> x.role() == Role.TABLE)).toList();
        assertThat(withTable.size()).isGreaterThan(1);
        for (Page p : withTable) {
            assertThat(p.rules()).isNotEmpty();
            for (Layout.Rule r : p.rules()) assertThat(r.y2()).isLessThanOrEqualTo(p.typeAreaBottom() + EPS);
            // the header repeats on every page of the table
            assertThat(p.lines()).anyMatch(x -> x.role() == Role.TABLE && x.text().equals("序号"));
        }
    }

    @Test
    void aThreeHundredPageDocumentKeepsTheGridAndNumbersEveryPage() {
        Layout l = typeset(Docs.longBody(1500));
        assertThat(l.pages().size()).isGreaterThanOrEqualTo(300);
        for (Page p : l.pages()) {
            assertThat(p.lines()).anyMatch(x -> x.role() == Role.PAGE_NUMBER && x.text().equals("— " + (p.index() + 1) + " —"));
            for (Line x : p.lines()) {
                if (x.role() == Role.BODY) assertThat(x.gridLine()).isBetween(0, 21);
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsReportedByName() {
        Layout l = typeset(OfficialDocument.builder().blocks(List.of(new Block.Paragraph("请查收\uD83D\uDE00附件。"))).build());
        assertThat(l.warnings()).anyMatch(w -> w.code().equals("missing-glyph") && w.message().contains("\uD83D\uDE00"));
        assertThat(typeset(Docs.report()).warnings()).isEmpty();
    }

    @Test
    void theRedHeaderPutsTheMarkDocNumberAndSeparatorAndTheImprintSitsOnTheLastRule() {
        OfficialDocument d = Docs.report().toBuilder().cc("区委办公室，区政府办公室").printer("钟山区卫生健康局办公室")
                .printDate(LocalDate.of(2025, 1, 21)).appendices(List.<Appendix>of()).build();
        HouseStyle red = GbStyles.redhead();
        Layout l = TYPESETTER.typeset(d, red);
        Page first = l.pages().get(0);
        Line mark = first.lines().stream().filter(x -> x.role() == Role.ISSUER_MARK).findFirst().orElseThrow();
        assertThat(mark.text()).isEqualTo("六盘水市钟山区卫生健康局文件");
        assertThat(mark.runs().get(0).color()).isEqualTo("FF0000");
        double markSize = mark.runs().get(0).sizePt();
        assertThat(markSize).isLessThanOrEqualTo(red.role(Role.ISSUER_MARK).sizePt());
        assertThat(mark.endX() - mark.startX()).isLessThanOrEqualTo(first.typeAreaRight() - first.typeAreaLeft() + EPS);
        // the mark's box starts at the template's space before; its baseline is seated in the exact box
        // as Word and LibreOffice seat it (the DOCX's mark is narrowed, not shrunk, so its box is the same)
        assertThat(mark.baseline()).isCloseTo(first.typeAreaTop() + red.redHeader().markTopBelowTypeAreaPt()
                + LineBox.exactBaselinePt(red.role(Role.ISSUER_MARK).lineSpacing()), org.assertj.core.data.Offset.offset(EPS));
        Line number = first.lines().stream().filter(x -> x.role() == Role.DOC_NUMBER).findFirst().orElseThrow();
        assertThat(number.text()).isEqualTo("钟卫健发〔2025〕12号");
        assertThat(first.rules()).anyMatch(r -> r.color().equals("FF0000") && r.y1() > number.baseline()
                && Math.abs(r.x2() - r.x1() - (first.typeAreaRight() - first.typeAreaLeft())) < EPS);
        Page last = l.pages().get(l.pages().size() - 1);
        // the last 版记 rule on the type area's bottom, as thick as the template's 版记 table border
        assertThat(last.rules()).anyMatch(r -> Math.abs(r.y1() - last.typeAreaBottom()) < EPS
                && r.widthPt() == red.redHeader().imprintOuterRulePt());
        assertThat(last.lines()).anyMatch(x -> x.role() == Role.COPY_TO && x.text().equals("抄送：区委办公室，区政府办公室。"));
        assertThat(last.lines()).anyMatch(x -> x.role() == Role.PRINTED_BY && x.text().equals("2025年1月21日印发")
                && Math.abs(x.endX() - (last.typeAreaRight() - red.role(Role.PRINTED_BY).rightIndentPt())) < 0.01);
        List<Line> title = lines(l, Role.TITLE);
        assertThat(title.get(0).baseline()).isGreaterThan(number.baseline() + 2 * GbStyles.PITCH);
        assertThat(title.get(0).gridLine()).isPositive();
    }

    @Test
    void withoutADocNumberTheSeparatorAndTheTitleKeepTheirPlaces() {
        HouseStyle red = GbStyles.redhead();
        OfficialDocument numbered = Docs.report();
        OfficialDocument unnumbered = numbered.toBuilder().docNumber(null).build();
        Layout with = TYPESETTER.typeset(numbered, red);
        Layout without = TYPESETTER.typeset(unnumbered, red);
        assertThat(lines(without, Role.DOC_NUMBER)).isEmpty();
        assertThat(lines(without, Role.TITLE).get(0).baseline())
                .isCloseTo(lines(with, Role.TITLE).get(0).baseline(), org.assertj.core.data.Offset.offset(EPS));
        double separatorWith = with.pages().get(0).rules().get(0).y1();
        assertThat(without.pages().get(0).rules().get(0).y1()).isCloseTo(separatorWith, org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void theImprintBelongsToTheRedHeaderTemplateAndItsPrintDateDefaultsToTheDocumentDate() {
        OfficialDocument d = Docs.report().toBuilder().cc("区委办公室").printDate(null).build();
        Layout red = TYPESETTER.typeset(d, GbStyles.redhead());
        String expected = d.date().getYear() + "年" + d.date().getMonthValue() + "月" + d.date().getDayOfMonth() + "日印发";
        assertThat(lines(red, Role.PRINTED_BY)).anyMatch(x -> x.text().equals(expected));
        Layout plain = typeset(d);
        assertThat(lines(plain, Role.COPY_TO)).isEmpty();
        assertThat(lines(plain, Role.PRINTED_BY)).isEmpty();
    }

    @Test
    void withoutRecipientsOneBlankLineStillFollowsTheTitle() {
        OfficialDocument d = Docs.report().toBuilder().recipients(null).build();
        Layout l = typeset(d);
        List<Line> title = lines(l, Role.TITLE);
        Line firstBody = l.pages().get(0).lines().stream().filter(x -> x.role() != Role.TITLE).findFirst().orElseThrow();
        assertThat(firstBody.baseline() - title.get(title.size() - 1).baseline()).isGreaterThanOrEqualTo(2 * GbStyles.PITCH - EPS);
    }

    @Test
    void typesettingIsDeterministic() {
        Layout a = typeset(Docs.report()), b = typeset(Docs.report());
        assertThat(a.pages().size()).isEqualTo(b.pages().size());
        for (int i = 0; i < a.pages().size(); i++) {
            List<String> ta = a.pages().get(i).lines().stream().map(x -> x.text() + "@" + x.baseline() + "/" + x.startX()).toList();
            List<String> tb = b.pages().get(i).lines().stream().map(x -> x.text() + "@" + x.baseline() + "/" + x.startX()).toList();
            assertThat(ta).isEqualTo(tb);
        }
        assertThat(Set.of(a.info().title())).containsExactly(Docs.report().title());
    }

    @Test
    void aHousesOwnPageNumberFormAndSideArePrinted() {
        HouseStyle house = HouseTemplates.centredHyphens().style();
        Layout l = TYPESETTER.typeset(Docs.longBody(8), house);
        assertThat(l.pages()).hasSizeGreaterThanOrEqualTo(2);
        HouseStyle.PageNumberStyle pn = house.pageNumber();
        for (Page p : l.pages().subList(0, 2)) {
            Line n = p.lines().stream().filter(x -> x.role() == Role.PAGE_NUMBER).findFirst().orElseThrow();
            assertThat(n.text()).isEqualTo("- " + (p.index() + 1) + " -");
            // centred in the type area on odd and even pages alike
            assertThat((n.startX() + n.endX()) / 2).isCloseTo((p.typeAreaLeft() + p.typeAreaRight()) / 2,
                    org.assertj.core.data.Offset.offset(EPS));
            // the same vertical rule as GB/T's "— N —"
            assertThat(n.baseline()).isCloseTo(p.typeAreaBottom() + pn.offsetBelowTypeAreaPt() + LineBox.DASH_HEIGHT * pn.sizePt(),
                    org.assertj.core.data.Offset.offset(EPS));
        }
    }

    @Test
    void aHouseWithoutPageNumbersPrintsNone() {
        Layout l = TYPESETTER.typeset(Docs.longBody(8), HouseTemplates.noPageNumbers().style());
        assertThat(l.pages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines(l, Role.PAGE_NUMBER)).isEmpty();
    }

    @Test
    void aFixedLetterheadIsPrintedAsItIsWithoutIssuers() {
        HouseStyle house = HouseTemplates.fixedLetterhead().style();
        Layout l = TYPESETTER.typeset(Docs.report().toBuilder().issuers(List.of()).build(), house);
        assertThat(lines(l, Role.ISSUER_MARK)).extracting(Line::text).containsExactly("某某市人民政府文件");
        // the placeholder form still prints no mark without an issuer
        Layout placeholder = TYPESETTER.typeset(Docs.report().toBuilder().issuers(List.of()).build(), GbStyles.redhead());
        assertThat(lines(placeholder, Role.ISSUER_MARK)).isEmpty();
    }

    @Test
    void jointIssuersStackOneMarkLineApartWithTheSideTextCentredToTheirRight() {
        HouseStyle house = HouseTemplates.jointMark().style();
        HouseStyle single = GbStyles.redhead();
        Layout l = TYPESETTER.typeset(Docs.report(), house);
        Page first = l.pages().get(0);
        List<Line> mark = lines(l, Role.ISSUER_MARK);
        Line a = mark.stream().filter(x -> x.text().equals("某某市人民政府")).findFirst().orElseThrow();
        Line b = mark.stream().filter(x -> x.text().equals("某某市财政局")).findFirst().orElseThrow();
        Line side = mark.stream().filter(x -> x.text().equals("文件")).findFirst().orElseThrow();
        assertThat(mark).hasSize(3).allSatisfy(x -> assertThat(x.runs()).allSatisfy(r -> assertThat(r.color()).isEqualTo("FF0000")));
        double advance = house.role(Role.ISSUER_MARK).lineSpacing();
        // the first name's box where a single mark's box is; the second one mark line below
        Line singleMark = lines(TYPESETTER.typeset(Docs.report(), single), Role.ISSUER_MARK).get(0);
        assertThat(a.baseline()).isCloseTo(singleMark.baseline(), org.assertj.core.data.Offset.offset(EPS));
        assertThat(b.baseline() - a.baseline()).isCloseTo(advance, org.assertj.core.data.Offset.offset(EPS));
        // spread over one width (w:jc="distribute"), "文件" to their right, halfway between them
        assertThat(a.startX()).isCloseTo(b.startX(), org.assertj.core.data.Offset.offset(EPS));
        assertThat(a.endX()).isCloseTo(b.endX(), org.assertj.core.data.Offset.offset(EPS));
        assertThat(side.startX()).isGreaterThan(a.endX());
        assertThat(side.baseline()).isCloseTo((a.baseline() + b.baseline()) / 2, org.assertj.core.data.Offset.offset(EPS));
        // where Word sets the mark's table (its columns 252 pt and 80 pt, centred): the names spread over
        // the first column, "文件" centred in the second
        double tableLeft = (first.typeAreaLeft() + first.typeAreaRight()) / 2 - (252 + 80) / 2.0;
        assertThat(a.startX()).isCloseTo(tableLeft, org.assertj.core.data.Offset.offset(EPS));
        assertThat(a.endX()).isCloseTo(tableLeft + 252, org.assertj.core.data.Offset.offset(0.5));
        assertThat((side.startX() + side.endX()) / 2).isCloseTo(tableLeft + 252 + 40, org.assertj.core.data.Offset.offset(0.5));
        // what follows moves down by the second line
        double number = lines(l, Role.DOC_NUMBER).get(0).baseline();
        double singleNumber = lines(TYPESETTER.typeset(Docs.report(), single), Role.DOC_NUMBER).get(0).baseline();
        assertThat(number - singleNumber).isCloseTo(advance, org.assertj.core.data.Offset.offset(EPS));
    }
}
