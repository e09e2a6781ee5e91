package org.gongwen.web;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Drafts as clerks write them in Word, made with POI for the checker's endpoints. */
final class WordDrafts {
    private WordDrafts() {}

    /** Word's defaults: Calibri 11 pt, bold headings, a zero-padded date. */
    static byte[] wordDefault() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "关于开展安全检查的通知", true);
            paragraph(doc, "各科室：", false);
            paragraph(doc, "一、检查范围", true);
            paragraph(doc, "全局办公场所,包括档案室。", false);
            paragraph(doc, "某某局", false);
            paragraph(doc, "2025年01月20日", false);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Calibri");
        run.setFontSize(11);
    }
}
