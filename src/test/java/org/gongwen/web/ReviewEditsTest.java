package org.gongwen.web;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's corrections applied to a document, row by row and field by field, without a server. */
class ReviewEditsTest {
    static final Block.Paragraph LEAD = new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持每季度学习。");
    static final OfficialDocument DOC = OfficialDocument.builder()
            .title("关于印发某办法的通知")
            .issuers(List.of("某某局"))
            .date(LocalDate.of(2025, 1, 20))
            .blocks(List.of(new Block.Paragraph("现印发给你们。"), LEAD, new Block.Note("此件公开发布")))
            .appendices(List.of(new Appendix("某办法", List.of(new Block.Chapter("第一章", "总则"),
                    new Block.Article("第一条", "目的", ""), new Block.Paragraph("为了规范管理，制定本办法。")))))
            .build();

    @Test
    void rowsSentAsTheyWereKeepTheirBlocksExactly() {
        OfficialDocument same = ReviewEdits.apply(DOC, form(rowsOf(DOC), Map.of(), Set.of(), null));
        assertThat(same.blocks()).isEqualTo(DOC.blocks());
        assertThat(same.appendices()).isEqualTo(DOC.appendices());
        assertThat(same.title()).isEqualTo(DOC.title());
    }

    @Test
    void aChangedRowIsReadAsThatLineWouldBeInAPaste() {
        List<ReviewForm.Row> rows = rowsOf(DOC);
        // a paragraph retyped with a run-in heading of its own, a chapter corrected, a paragraph made a heading
        rows.set(0, new ReviewForm.Row("b0.0", "p", "（二）规范执法行为。严格落实三项制度。"));
        rows.set(3, new ReviewForm.Row("b1.0", "chapter", "第一章 总则和适用范围"));
        rows.set(5, new ReviewForm.Row("b1.2", "h1", "一、为了规范管理"));
        OfficialDocument edited = ReviewEdits.apply(DOC, form(rows, Map.of(), Set.of(), null));
        assertThat(edited.blocks().getFirst()).isEqualTo(new Block.Paragraph(new Block.Lead(2, "（二）", "规范执法行为。"), "严格落实三项制度。"));
        assertThat(edited.appendices().getFirst().blocks().getFirst()).isEqualTo(new Block.Chapter("第一章", "总则和适用范围"));
        assertThat(edited.appendices().getFirst().blocks().get(2)).isEqualTo(new Block.Heading(1, "一、", "为了规范管理"));
    }

    @Test
    void aRunInHeadingStaysWhileTheTextStillOpensWithIt() {
        List<ReviewForm.Row> rows = rowsOf(DOC);
        rows.set(1, new ReviewForm.Row("b0.1", "p", "（一）强化法治学习。坚持每月学习。"));
        assertThat(ReviewEdits.apply(DOC, form(rows, Map.of(), Set.of(), null)).blocks().get(1))
                .isEqualTo(new Block.Paragraph(LEAD.lead(), "坚持每月学习。"));
    }

    @Test
    void aHeadingMadeAParagraphKeepsItsWordsAndTheClerksKindWins() {
        OfficialDocument withHeading = DOC.toBuilder().blocks(List.of(new Block.Heading(1, "一、", "工作要求"))).build();
        List<ReviewForm.Row> rows = rowsOf(withHeading);
        rows.set(0, new ReviewForm.Row("b0.0", "p", "一、工作要求"));
        assertThat(ReviewEdits.apply(withHeading, form(rows, Map.of(), Set.of(), null)).blocks().getFirst())
                .isEqualTo(new Block.Paragraph("一、工作要求"));
    }

    @Test
    void aRowMovedAboveAnAppendixTitleJoinsTheSectionAboveAndAppendixTitlesAreCorrected() {
        List<ReviewForm.Row> rows = rowsOf(DOC);
        rows.set(2, new ReviewForm.Row("a1", "appendix", "某某管理办法"));
        List<ReviewForm.Row> moved = ReviewEdits.withOp(rows, "up:b1.0");
        OfficialDocument edited = ReviewEdits.apply(DOC, form(moved, Map.of(), Set.of(), null));
        assertThat(edited.blocks()).contains(new Block.Chapter("第一章", "总则"));
        assertThat(edited.appendices().getFirst().title()).isEqualTo("某某管理办法");
        assertThat(edited.appendices().getFirst().blocks()).hasSize(2);
    }

    @Test
    void mergeTakesTheNextTextRowAndNeverATableOrTheEnd() {
        List<ReviewForm.Row> rows = rowsOf(DOC);
        List<ReviewForm.Row> merged = ReviewEdits.withOp(rows, "merge:b0.0");
        assertThat(merged).hasSize(rows.size() - 1);
        assertThat(merged.getFirst().text()).isEqualTo("现印发给你们。（一）强化法治学习。坚持每季度学习。");
        // the last block has no next row of text: nothing happens
        assertThat(ReviewEdits.withOp(rows, "merge:b1.2")).isEqualTo(rows);
        assertThat(ReviewEdits.withOp(rows, "down:b1.2")).isEqualTo(rows);
        assertThat(ReviewEdits.withOp(rows, "up:nosuch")).isEqualTo(rows);
    }

    @Test
    void deletedClearedAndForgedRowsLeaveNothingBehind() {
        List<ReviewForm.Row> rows = rowsOf(DOC);
        rows.set(0, new ReviewForm.Row("b0.0", "p", "  \n "));
        rows.add(0, new ReviewForm.Row("b9.9", "p", "不是这页的块"));
        rows.add(1, new ReviewForm.Row("b0.x", "p", "也不是"));
        OfficialDocument edited = ReviewEdits.apply(DOC, form(rows, Map.of(), Set.of("b0.1"), null));
        assertThat(edited.blocks()).containsExactly(new Block.Note("此件公开发布"));
        // every row gone: an empty body, not the document as it was
        OfficialDocument empty = ReviewEdits.apply(DOC, form(List.of(new ReviewForm.Row(ReviewEdits.END, ReviewEdits.END, null)),
                Map.of("notes", ""), Set.of(), null));
        assertThat(empty.blocks()).isEmpty();
        assertThat(empty.appendices()).isEmpty();
    }

    @Test
    void fieldsSetClearAndKeepNotesAndHandSetTitleBreaks() {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "关于印发\r\n  某办法的通知  \n");
        fields.put("notes", "此件不公开\n\n联系人：张三");
        fields.put("cc", "市政府办公室");
        fields.put("printer", "某某局办公室");
        fields.put("printDate", "2025年1月22日");
        fields.put("issuers", "某某局\n  \n某某委");
        fields.put("date", "");
        fields.put("docNumber", " ");
        OfficialDocument edited = ReviewEdits.apply(DOC, form(rowsOf(DOC), fields, Set.of(), null));
        assertThat(edited.title()).isEqualTo("关于印发\n某办法的通知");
        assertThat(edited.blocks()).endsWith(new Block.Note("此件不公开"), new Block.Note("联系人：张三"));
        assertThat(edited.blocks()).doesNotContain(new Block.Note("此件公开发布"));
        assertThat(edited.cc()).isEqualTo("市政府办公室");
        assertThat(edited.printer()).isEqualTo("某某局办公室");
        assertThat(edited.printDate()).isEqualTo(LocalDate.of(2025, 1, 22));
        assertThat(edited.issuers()).containsExactly("某某局", "某某委");
        assertThat(edited.date()).isNull();
        assertThat(edited.docNumber()).isNull();
        // fields not sent keep the document's
        OfficialDocument kept = ReviewEdits.apply(DOC, form(rowsOf(DOC), Map.of(), Set.of(), null));
        assertThat(kept.date()).isEqualTo(DOC.date());
        assertThat(kept.blocks()).contains(new Block.Note("此件公开发布"));
    }

    @Test
    void anAttachmentNoteRowIsOneItemALine() {
        OfficialDocument withNote = DOC.toBuilder().blocks(List.of(new Block.Attachments(List.of("工作要点")))).appendices(List.of()).build();
        List<ReviewForm.Row> rows = rowsOf(withNote);
        rows.set(0, new ReviewForm.Row("b0.0", "att", "附件：1.工作要点\n2. 任务分工表。"));
        assertThat(ReviewEdits.apply(withNote, form(rows, Map.of(), Set.of(), null)).blocks().getFirst())
                .isEqualTo(new Block.Attachments(List.of("工作要点", "任务分工表")));
    }

    @Test
    void rowsABrowserSendsBackWithItsOwnLineBreaksAreUntouched() {
        OfficialDocument doc = DOC.toBuilder().blocks(List.of(new Block.Attachments(List.of("1.5亿元专项资金分配表", "任务分工表")),
                new Block.Paragraph("第一行\n第二行"))).appendices(List.of()).build();
        // HTML's form encoding sends a text box's line breaks as CRLF
        List<ReviewForm.Row> rows = rowsOf(doc).stream().map(r -> new ReviewForm.Row(r.id(), r.kind(),
                r.text() == null ? null : ReviewForm.newlines(r.text().replace("\n", "\r\n")))).toList();
        assertThat(ReviewEdits.apply(doc, form(rows, Map.of(), Set.of(), null)).blocks()).isEqualTo(doc.blocks());
        // and an item list the clerk does edit keeps an item's own leading digits
        List<ReviewForm.Row> edited = new ArrayList<>(rowsOf(doc));
        edited.set(0, new ReviewForm.Row("b0.0", "att", edited.getFirst().text() + "\n3.联系人名单"));
        assertThat(ReviewEdits.apply(doc, form(edited, Map.of(), Set.of(), null)).blocks().getFirst())
                .isEqualTo(new Block.Attachments(List.of("1.5亿元专项资金分配表", "任务分工表", "联系人名单")));
    }

    @Test
    void anArticleWithoutANumberKeepsItsCaptionWhenItsTextIsCorrected() {
        OfficialDocument doc = DOC.toBuilder().blocks(List.of(new Block.Article("", "目的", "为了规范。"))).appendices(List.of()).build();
        List<ReviewForm.Row> rows = new ArrayList<>(rowsOf(doc));
        rows.set(0, new ReviewForm.Row("b0.0", "article", "（目的）为了规范管理。"));
        assertThat(ReviewEdits.apply(doc, form(rows, Map.of(), Set.of(), null)).blocks().getFirst())
                .isEqualTo(new Block.Article("", "目的", "为了规范管理。"));
    }

    @Test
    void aWarningAboutTextTheClerkCorrectedGoesAndOthersStay() {
        OfficialDocument doc = DOC.toBuilder().blocks(List.of(new Block.Paragraph("请于本月底前报送材料。")))
                .appendices(List.of())
                .warnings(List.of(new org.gongwen.model.Warning("draft-comment", "第1段（“请于本月底前报送…”）有批注：核对日期"),
                        new org.gongwen.model.Warning("draft-tracked-changes", "草稿有修订，已按接受修订后的文字读取"),
                        new org.gongwen.model.Warning("unreadable-date", "无法识别成文日期“二〇二五年”，请按“2025年1月20日”的格式填写")))
                .date(null).build();
        List<ReviewForm.Row> rows = new ArrayList<>(rowsOf(doc));
        assertThat(ReviewEdits.apply(doc, form(rows, Map.of(), Set.of(), null)).warnings()).hasSize(3);
        rows.set(0, new ReviewForm.Row("b0.0", "p", "请于3月31日前报送材料。"));
        assertThat(ReviewEdits.apply(doc, form(rows, Map.of("date", "2025-03-01"), Set.of(), null)).warnings())
                .extracting(org.gongwen.model.Warning::code).containsExactly("draft-tracked-changes");
    }

    /** The rows a page shows for the document, as its form sends them back untouched. */
    static List<ReviewForm.Row> rowsOf(OfficialDocument doc) {
        List<ReviewForm.Row> rows = new ArrayList<>();
        for (ReviewRows.Row r : ReviewRows.of(doc)) rows.add(new ReviewForm.Row(r.id(), r.kind(), r.text()));
        rows.add(new ReviewForm.Row(ReviewEdits.END, ReviewEdits.END, null));
        return rows;
    }

    static ReviewForm form(List<ReviewForm.Row> rows, Map<String, String> fields, Set<String> deleted, String op) {
        return new ReviewForm("{}", "", "report", fields, rows, deleted, op, false);
    }
}
