package org.gongwen.ingest;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxImporterTest {

    @Test
    void wordStylesMarkTitleAndHeadings() throws IOException {
        byte[] docx = docx(d -> {
            para(d, "Title", "某某局关于开展安全检查的通知");
            para(d, null, "各科室：");
            para(d, "Heading1", "检查范围");
            para(d, "Heading2", "（一）重点部位");
            para(d, null, "（二）消防设施。逐一检查灭火器。");
            XWPFTable t = d.createTable(3, 2);
            fill(t, List.of(List.of("部位", "责任人"), List.of("机房", "张三"), List.of("仓库", "李四")));
            t.getRow(0).setRepeatHeader(true);
            XWPFParagraph outlined = para(d, null, "下一步安排");
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            para(d, null, "某某局");
            para(d, null, "2025年4月1日");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.title()).isEqualTo("某某局关于开展安全检查的通知");
        assertThat(doc.recipients()).isEqualTo("各科室");
        assertThat(doc.issuers()).containsExactly("某某局");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(doc.blocks()).containsExactly(
                new Block.Heading(1, "", "检查范围"),
                new Block.Heading(2, "（一）", "重点部位"),
                new Block.Paragraph(new Block.Lead(2, "（二）", "消防设施。"), "逐一检查灭火器。"),
                new Block.Table(List.of(List.of("部位", "责任人"), List.of("机房", "张三"), List.of("仓库", "李四")), 1),
                new Block.Heading(1, "", "下一步安排"));
    }

    @Test
    void draftsWithoutStylesGetTheSameDetectionAsText() throws IOException {
        byte[] docx = docx(d -> {
            para(d, null, "某某县卫生健康局2025年工作总结");
            para(d, null, "发布时间：2026-01-28 来源：本网");
            para(d, null, "\u3000\u3000一、主要工作");
            para(d, null, "\u3000\u3000(一)强化学习。全年组织学习12次。");
            para(d, null, "\u3000\u3000三、下一步打算");
        });
        OfficialDocument doc = Importers.read("总结.DOCX", docx);
        assertThat(doc.title()).isEqualTo("某某县卫生健康局2025年工作总结");
        assertThat(doc.issuers()).containsExactly("某某县卫生健康局");
        assertThat(doc.publishDate()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(doc.blocks()).containsExactly(
                new Block.Heading(1, "一、", "主要工作"),
                new Block.Paragraph(new Block.Lead(2, "（一）", "强化学习。"), "全年组织学习12次。"),
                new Block.Heading(1, "三、", "下一步打算"));
        assertThat(doc.warnings()).extracting(w -> w.code()).contains("numbering-gap");
    }

    @Test
    void automaticNumberingBecomesTheLabelsWordShows() throws IOException {
        byte[] docx = docx(d -> {
            BigInteger numId = headingList(d);
            para(d, null, "某某局2025年工作总结");
            numbered(d, numId, 0, "主要工作");
            numbered(d, numId, 1, "强化学习。全年组织学习12次。");
            numbered(d, numId, 1, "规范执法");
            numbered(d, numId, 2, "完善制度");
            numbered(d, numId, 0, "存在问题");
            numbered(d, numId, 1, "力量不足");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.blocks()).containsExactly(
                new Block.Heading(1, "一、", "主要工作"),
                new Block.Paragraph(new Block.Lead(2, "（一）", "强化学习。"), "全年组织学习12次。"),
                new Block.Heading(2, "（二）", "规范执法"),
                new Block.Heading(3, "1.", "完善制度"),
                new Block.Heading(1, "二、", "存在问题"),
                new Block.Heading(2, "（一）", "力量不足"));
    }

    /** Was: through POI the importer read only a paragraph's own w:numPr, so a list tied to a style lost its labels. */
    @Test
    void numberingTiedToAStyleBecomesTheLabelsToo() throws IOException {
        byte[] docx = docx(d -> {
            BigInteger numId = headingList(d);
            CTStyle listed = paragraphStyle("Listed", "编号标题");
            listed.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
            d.createStyles().addStyle(new XWPFStyle(listed));
            para(d, null, "某某局2025年工作总结");
            para(d, "Listed", "主要工作");
            para(d, null, "全年组织学习12次。");
            para(d, "Listed", "存在问题");
        });
        assertThat(Importers.read("draft.docx", docx).blocks()).containsExactly(
                new Block.Heading(1, "一、", "主要工作"),
                new Block.Paragraph(null, "全年组织学习12次。"),
                new Block.Heading(1, "二、", "存在问题"));
    }

    /** Was: only the paragraph's style itself was asked for an outline level, not the styles it is based on. */
    @Test
    void anOutlineLevelInheritedThroughBasedOnMarksAHeading() throws IOException {
        byte[] docx = docx(d -> {
            CTStyle base = paragraphStyle("Outline2", "大纲二级");
            base.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            CTStyle derived = paragraphStyle("Section", "小节");
            derived.addNewBasedOn().setVal("Outline2");
            XWPFStyles styles = d.createStyles();
            styles.addStyle(new XWPFStyle(base));
            styles.addStyle(new XWPFStyle(derived));
            para(d, null, "某某局2025年工作总结");
            para(d, "Section", "重点部位");
            para(d, null, "逐一检查灭火器。");
        });
        assertThat(Importers.read("draft.docx", docx).blocks()).startsWith(new Block.Heading(2, "", "重点部位"));
    }

    /** A list numbered 一、 （一） 1. by level; its numId. */
    private static BigInteger headingList(XWPFDocument d) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
        level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
        level(abs, 2, STNumberFormat.DECIMAL, "%3.");
        XWPFNumbering numbering = d.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    private static CTStyle paragraphStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return style;
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument d, BigInteger numId, int ilvl, String text) {
        XWPFParagraph p = para(d, null, text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }

    @Test
    void signatureAndDateSharingAParagraphAreSeparateLines() throws IOException {
        byte[] docx = docx(d -> {
            para(d, null, "某某局、某某委员会关于联合开展检查的通知");
            para(d, null, "请各单位做好准备。");
            XWPFParagraph end = d.createParagraph();
            var run = end.createRun();
            run.setText("某某局");
            run.addBreak();
            run.setText("某某委员会");
            run.addBreak();
            run.setText("2025年4月1日");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.title()).isEqualTo("某某局、某某委员会关于联合开展检查的通知");
        assertThat(doc.issuers()).containsExactly("某某局", "某某委员会");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("请各单位做好准备。"));
    }

    @Test
    void randomBytesAreRefusedClearly() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> Importers.read("report.docx", junk))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("docx-invalid");
                    assertThat(e.fault()).isEqualTo(Fault.UNREADABLE);
                    assertThat(e.messageZh()).contains("不是有效的 DOCX");
                });
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }
        assertThatThrownBy(() -> Importers.read("x.docx", out.toByteArray()))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("docx-invalid"));
    }

    @Test
    void anEncryptedDocxIsRefusedWithAHint() throws Exception {
        byte[] plain = docx(d -> para(d, null, "机密内容"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> Importers.read("secret.docx", out.toByteArray()))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("docx-encrypted-or-doc");
                    assertThat(e.messageZh()).contains("取消密码");
                });
    }

    interface Content { void fill(XWPFDocument d); }

    static byte[] docx(Content content) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(d);
            d.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFParagraph para(XWPFDocument d, String style, String text) {
        XWPFParagraph p = d.createParagraph();
        if (style != null) p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void fill(XWPFTable t, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) t.getRow(r).getCell(c).setText(rows.get(r).get(c));
        }
    }
}
