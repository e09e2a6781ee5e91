package org.gongwen.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 15: whatever a Word draft holds that gongwen does not carry is named in a warning with where
 * it was ({@link DraftInventory}); tracked changes are read accepted ({@link DraftText}).
 */
class DraftInventoryTest {

    // ------------------------------------------------------------------ tracked changes

    /** A paragraph with every kind of run container and revision (and a note mark), as Word writes them. */
    private static final String REVISED = p(run("各单位要")
            + "<w:ins w:id=\"1\" w:author=\"张三\" w:date=\"2025-01-01T00:00:00Z\">" + run("认真") + "</w:ins>"
            + "<w:del w:id=\"2\" w:author=\"张三\"><w:r><w:delText>马虎</w:delText></w:r></w:del>"
            + "<w:moveFrom w:id=\"3\" w:author=\"张三\">" + run("移走的") + "</w:moveFrom>"
            + run("做好")
            + "<w:moveTo w:id=\"4\" w:author=\"张三\">" + run("安全") + "</w:moveTo>"
            + "<w:hyperlink w:anchor=\"a\">" + run("检查") + "</w:hyperlink>"
            + "<w:fldSimple w:instr=\" DOCPROPERTY x \">" + run("工作") + "</w:fldSimple>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("，") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + run("确保") + "</w:sdtContent></w:sdt>"
            + "<w:smartTag w:uri=\"u\" w:element=\"e\">" + run("万无") + "</w:smartTag>"
            + "<w:customXml w:element=\"e\">" + run("一失") + "</w:customXml>"
            + "<w:r><w:rPr><w:rPrChange w:id=\"5\" w:author=\"张三\"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>。</w:t></w:r>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>");

    /** What POI's getText() made of it, and why DraftText reads the paragraph itself. */
    @Test
    void poiReadMovedAwayTextAndNoteMarksIntoAParagraph() throws IOException {
        byte[] docx = new Draft().body(REVISED).footnotes(note("footnote", 1, "脚注文字")).bytes();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String poi = d.getParagraphs().get(0).getText();
            assertThat(poi).contains("认真", "安全", "检查", "工作", "，", "确保", "万无")  // insertions, links, fields, controls kept
                    .doesNotContain("马虎", "DATE")                                      // deletions (w:delText) and field codes out
                    .contains("移走的")                                                  // but a move's old place kept (its w:t)
                    .doesNotContain("一失")                                              // and custom XML's runs lost
                    .contains("[footnoteRef:1]", "脚注文字");                            // the note mark and text in the body
        }
    }

    @Test
    void trackedChangesAreReadAcceptedAndSaidSo() throws IOException {
        byte[] docx = new Draft().body(p(run("某某局关于开展安全检查的通知")) + REVISED + p(run("2025年4月1日")))
                .footnotes(note("footnote", 1, "脚注文字")).bytes();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph revised = d.getParagraphs().get(1);
            assertThat(DraftText.accepted((Element) revised.getCTP().getDomNode())).isEqualTo("各单位要认真做好安全检查工作，确保万无一失。");
        }
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("各单位要认真做好安全检查工作，确保万无一失。"));
        Warning w = only(doc, "draft-tracked-changes");
        assertThat(w.message()).startsWith("文档含修订，已按接受全部修订后的文字读取（插入 1 处、删除 1 处、移动 1 处、格式修改 1 处，第一处在第2段（“各单位要认真做好安全检查工作，…”））");
        assertThat(codes(doc)).doesNotContain("draft-content-control");   // an inline content control is read
    }

    @Test
    void aTableCellIsReadAcceptedToo() {
        String cell = "<w:tc><w:p>" + run("张") + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>王</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"x\">" + run("三") + "</w:ins></w:p></w:tc>";
        OfficialDocument doc = read(new Draft().body(p(run("某某局关于开展安全检查的通知"))
                + "<w:tbl><w:tr><w:tc>" + p(run("责任人")) + "</w:tc></w:tr><w:tr>" + cell + "</w:tr></w:tbl>"));
        assertThat(doc.blocks()).containsExactly(new Block.Table(List.of(List.of("责任人"), List.of("张三")), 0));
        assertThat(only(doc, "draft-tracked-changes").message()).contains("第一处在第1个表格第2行第1列");
    }

    // ------------------------------------------------------------------ what is not carried, and where

    @Test
    void aChartIsNamedWithItsParagraph() {
        OfficialDocument doc = read(body(p(run("组织架构如下所示，请各单位对照执行：") + drawing(graphic(CHART, "<c:chart r:id=\"rId9\"/>")))));
        assertThat(only(doc, "draft-chart").message())
                .isEqualTo("第1段（“组织架构如下所示，请各单位对照…”）有一个图表，gongwen 无法保留图表：请把图表另存为图片后插入，或把数据写成表格");
    }

    @Test
    void smartArtIsNamed() {
        OfficialDocument doc = read(body(p(run("流程如下")) + p(drawing(graphic(DIAGRAM, "<dgm:relIds r:dm=\"rId1\" r:lo=\"rId2\" r:qs=\"rId3\" r:cs=\"rId4\"/>")))));
        assertThat(only(doc, "draft-smartart").message()).startsWith("第1段（“流程如下”）之后有一个 SmartArt 图形，gongwen 无法保留 SmartArt 图形");
    }

    /** Word writes a text box twice, as DrawingML and as VML for older readers: one text box, its text not read. */
    @Test
    void aTextBoxIsNamedOnceWithItsTextWhichIsNotRead() {
        String box = "<w:txbxContent>" + p(run("截至目前已完成全部检查任务的百分之八十五")) + "</w:txbxContent>";
        String alternate = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                + drawingOnly(graphic(WPS, "<wps:wsp><wps:txbx>" + box + "</wps:txbx><wps:bodyPr/></wps:wsp>"))
                + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r>";
        OfficialDocument doc = read(body(p(run("请各单位认真落实。") + alternate)));
        assertThat(only(doc, "draft-textbox").message()).isEqualTo("第1段（“请各单位认真落实。”）的文本框“截至目前已完成全部检查任务的百分之八十五”，"
                + "gongwen 未读入文本框和艺术字里的文字，也不保留它们的位置：需要的文字请移到正文中");
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("请各单位认真落实。"));
    }

    @Test
    void vmlTextBoxesAndWordArtAreNamed() {
        String vml = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + p(run("旧式文本框")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        String wordArt = "<w:r><w:pict><v:shape><v:textpath string=\"安全第一\"/></v:shape></w:pict></w:r>";
        OfficialDocument doc = read(body(p(run("第一段") + vml) + p(wordArt)));
        assertThat(only(doc, "draft-textbox").message())
                .startsWith("第1段（“第一段”）的文本框“旧式文本框”、第1段（“第一段”）之后的艺术字“安全第一”，");
    }

    @Test
    void oleObjectsAndControlsAreNamedByWhatTheyAre() {
        String excel = "<w:r><w:object><v:shape><v:imagedata r:id=\"rId5\"/></v:shape>"
                + "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" r:id=\"rId6\"/></w:object></w:r>";
        String control = "<w:r><w:object><w:control r:id=\"rId7\" w:name=\"CheckBox1\"/></w:object></w:r>";
        OfficialDocument doc = read(body(p(run("数据见下表：") + excel) + p(run("请勾选：") + control)));
        assertThat(only(doc, "draft-ole").message()).startsWith(
                "第1段（“数据见下表：”）嵌入的 Excel 工作表、第2段（“请勾选：”）嵌入的 ActiveX 控件，gongwen 无法保留嵌入的对象和控件");
    }

    @Test
    void anEquationIsNamedWithItsText() {
        String math = "<m:oMathPara><m:oMath><m:r><m:t>S=πr</m:t></m:r><m:sSup><m:e><m:r><m:t>r</m:t></m:r></m:e></m:sSup></m:oMath></m:oMathPara>";
        OfficialDocument doc = read(body(p(run("面积按下式计算：")) + p(math)));
        assertThat(only(doc, "draft-math").message()).startsWith("第1段（“面积按下式计算：”）之后的公式“S=πrr”，gongwen 无法排 Word 公式");
    }

    @Test
    void aCommentIsNamedWithItsFirstWords() {
        String commented = p("<w:commentRangeStart w:id=\"0\"/>" + run("全年完成检查120次。") + "<w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r>");
        String comments = "<w:comments " + NS + "><w:comment w:id=\"0\" w:author=\"李四\">"
                + p("<w:r><w:annotationRef/></w:r>" + run("数字请与统计科再核对一遍，尤其是第三季度的")) + "</w:comment></w:comments>";
        OfficialDocument doc = read(new Draft().body(p(run("某某局2025年工作总结")) + commented).comments(comments));
        assertThat(only(doc, "draft-comment").message()).isEqualTo("第2段（“全年完成检查120次。”）的批注“数字请与统计科再核对一遍，尤其是第三季度…”，"
                + "批注不会出现在成文中：请确认批注意见都已处理");
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("全年完成检查120次。"));
    }

    @Test
    void footnotesAndEndnotesAreGivenWholeOnePerNote() {
        String body = p(run("某某局2025年工作总结")) + p(run("全年完成检查120次") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                + run("，整改隐患36处") + "<w:r><w:footnoteReference w:id=\"3\"/></w:r>" + run("。"))
                + p(run("依据有关规定") + "<w:r><w:endnoteReference w:id=\"2\"/></w:r>");
        OfficialDocument doc = read(new Draft().body(body)
                .footnotes(note("footnote", 2, "含专项检查 20 次。") + note("footnote", 3, "其中重大隐患 2 处，已全部整改到位。"))
                .endnotes(note("endnote", 2, "《安全生产法》第三条。")));
        assertThat(doc.warnings()).filteredOn(w -> w.code().equals("draft-footnote")).extracting(Warning::message).containsExactly(
                "第2段（“全年完成检查120次，整改隐患…”）的脚注 1：“含专项检查 20 次。”。gongwen 不排脚注，它的文字未放入正文：如需保留，请把它写进正文或附注",
                "第2段（“全年完成检查120次，整改隐患…”）的脚注 2：“其中重大隐患 2 处，已全部整改到位。”。gongwen 不排脚注，它的文字未放入正文：如需保留，请把它写进正文或附注");
        assertThat(only(doc, "draft-endnote").message()).startsWith("第3段（“依据有关规定”）的尾注 1：“《安全生产法》第三条。”");
        // the note marks and texts no longer end up in the body, as POI's getText() put them
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("全年完成检查120次，整改隐患36处。"), new Block.Paragraph("依据有关规定"));
    }

    @Test
    void anAltChunkIsNamed() {
        Draft d = new Draft().body(p(run("正文")) + "<w:altChunk r:id=\"rId20\"/>");
        d.part("word/chunk.html", "text/html", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", "rId20",
                "<html><body>嵌入的网页</body></html>");
        OfficialDocument doc = read(d);
        assertThat(only(doc, "draft-altchunk").message()).startsWith("第1段（“正文”）之后嵌入的网页（HTML）内容，gongwen 未读入");
    }

    /** POI gives a body-level content control as an XWPFSDT, which the importer does not read. */
    @Test
    void paragraphsInABodyLevelContentControlAreNamed() {
        OfficialDocument doc = read(body(p(run("某某局关于开展安全检查的通知"))
                + "<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>" + p(run("控件里的第一段文字内容很长很长很长")) + p(run("第二段落"))
                + "</w:sdtContent></w:sdt>" + p(run("请遵照执行。") + drawing(graphic(CHART, "<c:chart r:id=\"rId9\"/>")))));
        assertThat(only(doc, "draft-content-control").message()).startsWith("第1段（“某某局关于开展安全检查的通知”）之后的内容控件“控件里的第一段文字内容很长很长很长 第二段…”，");
        // the control's paragraphs count as the clerk sees them
        assertThat(only(doc, "draft-chart").message()).startsWith("第4段（“请遵照执行。”）有一个图表");
    }

    @Test
    void aTableInATableCellIsNamed() {
        String nested = "<w:tbl><w:tr><w:tc>" + p(run("子表")) + "</w:tc></w:tr></w:tbl>";
        OfficialDocument doc = read(body(p(run("某某局关于开展安全检查的通知"))
                + "<w:tbl><w:tr><w:tc>" + p(run("部位")) + "</w:tc><w:tc>" + p(run("说明")) + nested + p("") + "</w:tc></w:tr></w:tbl>"));
        assertThat(only(doc, "draft-nested-table").message()).startsWith("第1个表格第1行第2列里套着的表格“子表”，");
    }

    @Test
    void headerTextIsNamedAndAPageNumberFooterIsNot() {
        String header = "<w:hdr " + NS + ">" + p(run("内部资料 注意保存")) + "</w:hdr>";
        String footer = "<w:ftr " + NS + ">" + p(run("第 ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("1") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" 页 共 ")
                + "<w:fldSimple w:instr=\" NUMPAGES \">" + run("3") + "</w:fldSimple>" + run(" 页")) + "</w:ftr>";
        Draft d = new Draft().body(p(run("正文")));
        d.part("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", REL + "header", "rId30", header);
        d.part("word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml", REL + "footer", "rId31", footer);
        OfficialDocument doc = read(d);
        assertThat(only(doc, "draft-header-footer").message()).startsWith("页眉“内部资料 注意保存”未读入：gongwen 按模板排页眉页脚");
    }

    @Test
    void aThingInAnEmptyFirstParagraphIsAtTheStart() {
        OfficialDocument doc = read(body(p(drawing(graphic(CHART, "<c:chart r:id=\"rId9\"/>"))) + p(run("说明"))));
        assertThat(only(doc, "draft-chart").message()).startsWith("正文开头有一个图表");
    }

    @Test
    void manyOfAKindAreCountedNotListed() {
        StringBuilder charts = new StringBuilder();
        for (int i = 1; i <= 8; i++) charts.append(p(run("第" + i + "个图表") + drawing(graphic(CHART, "<c:chart r:id=\"rId9\"/>"))));
        OfficialDocument doc = read(body(charts.toString()));
        assertThat(only(doc, "draft-chart").message()).startsWith(
                "第1段（“第1个图表”）、第2段（“第2个图表”）、第3段（“第3个图表”）、第4段（“第4个图表”）、第5段（“第5个图表”）等处共有 8 个图表，");
    }

    /** A hostile draft: 100,000 comment marks and 10,000 footnote marks make a handful of warnings, quickly. */
    @Test
    void aHostileDraftMakesAFewWarningsInLinearTime() {
        StringBuilder marks = new StringBuilder("<p><r><t>批注很多的一段</t></r>");
        // the default namespace for elements: the first pass must find them by local name whatever the prefix
        for (int i = 0; i < 100_000; i++) marks.append("<commentReference w:id=\"0\"/>");
        for (int i = 0; i < 10_000; i++) marks.append("<r><footnoteReference w:id=\"").append(i + 1).append("\"/></r>");
        marks.append("</p>");
        Draft d = new Draft().defaultNamespace().body(marks.toString())
                .comments("<w:comments " + NS + "><w:comment w:id=\"0\" w:author=\"x\">" + p(run("同意")) + "</w:comment></w:comments>")
                .footnotes(note("footnote", 1, "第一个"));
        OfficialDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(d));
        assertThat(only(doc, "draft-comment").message()).startsWith("第1段（“批注很多的一段”）的批注“同意”等共 100000 处，");
        List<Warning> notes = doc.warnings().stream().filter(w -> w.code().equals("draft-footnote")).toList();
        assertThat(notes).hasSize(DraftInventory.NOTES + 1);
        assertThat(notes.get(0).message()).contains("脚注 1：“第一个”");
        assertThat(notes.get(1).message()).contains("脚注 2（无文字）");
        assertThat(notes.get(DraftInventory.NOTES).message()).startsWith("另有 9950 个脚注未逐一列出（共 10000 个）");
    }

    // ------------------------------------------------------------------ clean drafts

    @Test
    void aCleanDraftHasNoneOfTheseWarnings() throws IOException {
        OfficialDocument plain = Importers.read("draft.docx", DocxImporterTest.docx(d -> {
            d.createParagraph().createRun().setText("某某局关于开展安全检查的通知");
            d.createParagraph().createRun().setText("请各单位认真做好安全检查工作。");
            d.createTable(2, 2).getRow(0).getCell(0).setText("部位");
        }));
        assertThat(codes(plain)).noneMatch(c -> c.startsWith("draft-"));
        // gongwen's own DOCX of a sample: styles, numbering, page-number footers
        Gongwen gongwen = Gongwen.builder().build();
        OfficialDocument zijin = gongwen.readText(SharedSamples.text(SharedSamples.ZIJIN));
        byte[] own = gongwen.render(zijin, "redhead", Format.DOCX).bytes();
        assertThat(codes(Importers.read("own.docx", own))).noneMatch(c -> c.startsWith("draft-"));
    }

    @Test
    void theFirstPassFindsElementsByLocalNameWhateverThePrefix() {
        DraftInventory.ElementScan scan = DraftInventory.BODY_NAMES;
        assertThat(scan.anyIn(bytes("<w:body><w:p><w:r><w:t>ins del</w:t></w:r></w:p></w:body>"))).isFalse();
        assertThat(scan.anyIn(bytes("<w:body><w:p><w:insert/></w:p></w:body>"))).isFalse();
        assertThat(scan.anyIn(bytes("<w:body><w:p><w:ins w:id=\"1\"/></w:p></w:body>"))).isTrue();
        assertThat(scan.anyIn(bytes("<body><p><del>"))).isTrue();
        assertThat(scan.anyIn(bytes("<x:body><x:p><x:moveFrom\n"))).isTrue();
        assertThat(scan.anyIn(bytes("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:tbl/>"))).isFalse();
        assertThat(scan.anyIn(bytes("<w:tbl><w:tr><w:tc/><w:tc><w:tbl>"))).isTrue();
    }

    // ------------------------------------------------------------------ fixtures

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String DOC_NS = NS
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    private static String p(String content) { return "<w:p>" + content + "</w:p>"; }

    private static String run(String text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

    private static String graphic(String uri, String data) {
        return "<a:graphic><a:graphicData uri=\"" + uri + "\">" + data + "</a:graphicData></a:graphic>";
    }

    private static String drawingOnly(String graphic) {
        return "<w:drawing><wp:inline><wp:extent cx=\"5000000\" cy=\"3000000\"/><wp:docPr id=\"1\" name=\"x\"/>" + graphic + "</wp:inline></w:drawing>";
    }

    private static String drawing(String graphic) { return "<w:r>" + drawingOnly(graphic) + "</w:r>"; }

    private static String note(String kind, int id, String text) {
        return "<w:" + kind + " w:id=\"" + id + "\">" + p("<w:r><w:" + kind + "Ref/></w:r>" + run(" " + text)) + "</w:" + kind + ">";
    }

    private static Draft body(String xml) { return new Draft().body(xml); }

    private static OfficialDocument read(Draft d) { return Importers.read("draft.docx", d.bytes()); }

    private static Warning only(OfficialDocument doc, String code) {
        List<Warning> found = doc.warnings().stream().filter(w -> w.code().equals(code)).toList();
        assertThat(found).as("warnings %s of %s", code, doc.warnings()).hasSize(1);
        return found.get(0);
    }

    private static List<String> codes(OfficialDocument doc) { return doc.warnings().stream().map(Warning::code).toList(); }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** A Word package written part by part: the body's XML, and the parts it relates to. */
    private static final class Draft {
        private String body = "";
        private boolean defaultNamespace;
        private final Map<String, String> parts = new LinkedHashMap<>();
        private final List<String> overrides = new ArrayList<>(), rels = new ArrayList<>();

        Draft body(String xml) { body = xml; return this; }

        /** The body's elements in the default namespace (w: kept for attributes). */
        Draft defaultNamespace() { defaultNamespace = true; return this; }

        Draft comments(String xml) {
            return part("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    REL + "comments", "rId40", xml);
        }

        Draft footnotes(String notes) {
            return part("word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    REL + "footnotes", "rId41", "<w:footnotes " + NS + ">" + separators("footnote") + notes + "</w:footnotes>");
        }

        Draft endnotes(String notes) {
            return part("word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                    REL + "endnotes", "rId42", "<w:endnotes " + NS + ">" + separators("endnote") + notes + "</w:endnotes>");
        }

        private static String separators(String kind) {
            return "<w:" + kind + " w:type=\"separator\" w:id=\"-1\">" + p("<w:r><w:separator/></w:r>") + "</w:" + kind + ">"
                    + "<w:" + kind + " w:type=\"continuationSeparator\" w:id=\"0\">" + p("<w:r><w:continuationSeparator/></w:r>") + "</w:" + kind + ">";
        }

        Draft part(String name, String contentType, String relType, String id, String xml) {
            parts.put(name, xml);
            overrides.add("<Override PartName=\"/" + name + "\" ContentType=\"" + contentType + "\"/>");
            rels.add("<Relationship Id=\"" + id + "\" Type=\"" + relType + "\" Target=\"" + name.substring("word/".length()) + "\"/>");
            return this;
        }

        byte[] bytes() {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + String.join("", overrides) + "</Types>");
            all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            String ns = defaultNamespace ? DOC_NS + " xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"" : DOC_NS;
            String bodyTag = defaultNamespace ? "body" : "w:body";
            all.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><" + bodyTag + ">"
                    + body + "<w:sectPr/></" + bodyTag + "></w:document>");
            all.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + String.join("", rels) + "</Relationships>");
            all.putAll(parts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> e : all.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DocxPackage.read(out.toByteArray());   // well-formed, as a draft must be
            return out.toByteArray();
        }
    }
}
