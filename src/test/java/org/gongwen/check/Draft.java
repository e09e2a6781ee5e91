package org.gongwen.check;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds DOCX drafts in code with POI: by default a clean GB/T 9704 report (A4, 37/35/28/26 mm,
 * 22 x 28 grid, styles for title, headings and body, signature and date, odd/even page numbers);
 * tests change one thing to plant a defect.
 */
final class Draft {
    /** One paragraph: text, style id, and direct formatting applied after the style. */
    static final class P {
        String text, style;
        ParagraphAlignment align;
        Integer firstLineTwips, rightTwips, leftTwips;
        String face;
        Double size;
        boolean bold;
        String leadFace;     // face of a run-in heading sentence
        Double exactLine;
        boolean autoSingle;

        P(String text, String style) {
            this.text = text;
            this.style = style;
        }
    }

    double widthMm = 210, heightMm = 297, topMm = 37, bottomMm = 35, leftMm = 28, rightMm = 26;
    boolean grid = true;
    int linePitch = 579, charSpace = -848;
    boolean evenAndOdd = true, footers = true;
    String oddFooterText = "— PAGE —";
    String bodyFace = "仿宋_GB2312";
    int bodyHalfPoints = 32;
    final List<P> paras = new ArrayList<>();

    static Draft clean() {
        Draft d = new Draft();
        d.p("钟山区卫生健康局关于2024年\n法治政府建设工作情况的报告", "Title");
        d.p("", null);
        P rec = d.p("区人民政府：", null);
        rec.firstLineTwips = 0;
        d.p("2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，现将有关情况报告如下。", null);
        d.p("一、主要工作成效", "Heading1");
        d.p("（一）强化法治学习。坚持把学法作为局党组会议的固定议题，全年集中学法12次。", null).leadFace = "楷体_GB2312";
        d.p("（二）规范行政执法。全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度。", null).leadFace = "楷体_GB2312";
        d.p("二、存在的不足", "Heading1");
        d.p("1.法治宣传的针对性还不够强。", null);
        d.p("2.执法人员的业务能力有待提高。", null);
        d.p("", null);
        P sig = d.p("钟山区卫生健康局", null);
        sig.align = ParagraphAlignment.RIGHT;
        sig.firstLineTwips = 0;
        sig.rightTwips = 800; // 2.5 字: the date (6.5 字) reaches past 2 字 right of the signature, so it takes the 2 字 right space
        P date = d.p("2025年1月20日", null);
        date.align = ParagraphAlignment.RIGHT;
        date.firstLineTwips = 0;
        date.rightTwips = 640;
        return d;
    }

    P p(String text, String style) {
        P p = new P(text, style);
        paras.add(p);
        return p;
    }

    /** The first paragraph whose text starts with {@code prefix}. */
    P find(String prefix) {
        return paras.stream().filter(p -> p.text.startsWith(prefix)).findFirst().orElseThrow();
    }

    Draft with(Consumer<Draft> change) {
        change.accept(this);
        return this;
    }

    byte[] build() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            for (P p : paras) paragraph(doc.createParagraph(), p);
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz sz = sect.addNewPgSz();
            sz.setW(twips(widthMm));
            sz.setH(twips(heightMm));
            CTPageMar mar = sect.addNewPgMar();
            mar.setTop(twips(topMm));
            mar.setBottom(twips(bottomMm));
            mar.setLeft(twips(leftMm));
            mar.setRight(twips(rightMm));
            mar.setHeader(twips(15));
            mar.setFooter(twips(28));
            if (grid) {
                CTDocGrid g = sect.addNewDocGrid();
                g.setType(STDocGrid.LINES_AND_CHARS);
                g.setLinePitch(BigInteger.valueOf(linePitch));
                g.setCharSpace(BigInteger.valueOf(charSpace));
            }
            if (footers) {
                footer(doc.createFooter(HeaderFooterType.DEFAULT), oddFooterText, ParagraphAlignment.RIGHT);
                if (evenAndOdd) footer(doc.createFooter(HeaderFooterType.EVEN), "— PAGE —", ParagraphAlignment.LEFT);
                doc.setEvenAndOddHeadings(evenAndOdd);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private void paragraph(XWPFParagraph xp, P p) {
        if (p.style != null) xp.setStyle(p.style);
        if (p.align != null) xp.setAlignment(p.align);
        if (p.firstLineTwips != null) xp.setIndentationFirstLine(p.firstLineTwips);
        if (p.rightTwips != null) xp.setIndentationRight(p.rightTwips);
        if (p.leftTwips != null) xp.setIndentationLeft(p.leftTwips);
        if (p.exactLine != null) xp.setSpacingBetween(p.exactLine, LineSpacingRule.EXACT);
        if (p.autoSingle) xp.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        String text = p.text;
        if (p.leadFace != null) {
            int end = text.indexOf('。') + 1;
            run(xp, p, text.substring(0, end)).setFontFamily(p.leadFace, XWPFRun.FontCharRange.eastAsia);
            text = text.substring(end);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(xp, p, lines[i]);
            if (i < lines.length - 1) r.addBreak();
        }
    }

    private static XWPFRun run(XWPFParagraph xp, P p, String text) {
        XWPFRun r = xp.createRun();
        r.setText(text);
        if (p.face != null) r.setFontFamily(p.face, XWPFRun.FontCharRange.eastAsia);
        if (p.size != null) r.setFontSize(p.size);
        if (p.bold) r.setBold(true);
        return r;
    }

    private static void footer(XWPFFooter f, String text, ParagraphAlignment align) {
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(align);
        p.setIndentationFirstLine(0);
        if (align == ParagraphAlignment.RIGHT) p.setIndentationRight(280);
        else p.setIndentationLeft(280);
        int at = text.indexOf("PAGE");
        XWPFRun before = p.createRun();
        before.setText(at < 0 ? text : text.substring(0, at));
        before.setFontSize(14);
        if (at >= 0) {
            var fld = p.getCTP().addNewFldSimple();
            fld.setInstr(" PAGE ");
            var r = fld.addNewR();
            r.addNewRPr().addNewSz().setVal(BigInteger.valueOf(28));
            r.addNewT().setStringValue("1");
            XWPFRun after = p.createRun();
            after.setText(text.substring(at + 4));
            after.setFontSize(14);
        }
    }

    private String styles() {
        String fonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + bodyFace + "\"/>";
        return "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts + "<w:sz w:val=\"" + bodyHalfPoints + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:firstLine=\"640\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"方正小标宋简体\" w:hAnsi=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr></w:style>"
                + heading(1, "黑体") + heading(2, "楷体_GB2312") + heading(3, "仿宋_GB2312") + heading(4, "仿宋_GB2312")
                + "</w:styles>";
    }

    private static String heading(int level, String face) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:eastAsia=\"" + face + "\"/></w:rPr></w:style>";
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }
}
