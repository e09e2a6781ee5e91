package org.gongwen.web;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

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

    /**
     * A bold title in 小标宋 二号, 主送 in 仿宋 三号, the body in 宋体小四 (one rule broken in each body
     * paragraph), then {@code tail} (a signature, a date) in 仿宋 三号.
     */
    static byte[] inSongti(List<String> body, String... tail) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "关于开展安全检查的通知", "方正小标宋简体", 22).setBold(true);
            paragraph(doc, "各科室：", "仿宋_GB2312", 16);
            for (String text : body) paragraph(doc, text, "宋体", 12);
            for (String text : tail) paragraph(doc, text, "仿宋_GB2312", 16);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFRun paragraph(XWPFDocument doc, String text, String face, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setFontFamily(face, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        return run;
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Calibri");
        run.setFontSize(11);
    }
}
