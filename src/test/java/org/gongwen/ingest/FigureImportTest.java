package org.gongwen.ingest;

import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.util.Units;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Fault;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPicture;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, "Pictures are kept": a picture in a Word draft, next to a Markdown file or inside JSON
 * becomes a figure block with its caption; what cannot be carried is said, never dropped silently;
 * what is too big is refused before anything decodes it.
 */
class FigureImportTest {
    static final byte[] CHART = TestImages.orgChart(400, 200);
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS = " xmlns:w=\"" + W + "\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

    // ---- Word ----------------------------------------------------------------------------------

    @Test
    void aWordDraftKeepsItsOrgChartWithItsCaption() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "各科室：");
            para(d, "经研究，本局内设机构调整如下：");
            picture(d, CHART, 300, 150);
            para(d, "图1　某某局组织架构图");
            para(d, "请各科室按新的架构开展工作。");
            para(d, "某某局");
            para(d, "2025年4月1日");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.title()).isEqualTo("某某局关于调整内设机构的通知");
        assertThat(doc.blocks()).containsExactly(
                new Block.Paragraph("经研究，本局内设机构调整如下："),
                new Block.Figure("图1 某某局组织架构图", Block.Figure.PNG, 300, 150, CHART),   // Word's U+3000 normalised
                new Block.Paragraph("请各科室按新的架构开展工作。"));
        assertThat(doc.warnings()).extracting(Warning::code).noneMatch(c -> c.startsWith("picture"));
    }

    @Test
    void wordsCaptionStyleAndAShortCentredLineUnderThePictureAreItsCaption() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "正文第一段。");
            picture(d, CHART, 300, 150);
            captionStyle(d, para(d, "某某局组织架构"));            // Word's Caption style, no 图 in it
            para(d, "正文第二段。");
            picture(d, CHART, 200, 100);
            para(d, "各科室分布").setAlignment(ParagraphAlignment.CENTER);   // short and centred, right under it
            para(d, "正文第三段。");
            captionStyle(d, para(d, "办公楼平面示意"));             // above the picture, in the Caption style
            picture(d, CHART, 100, 50);
            para(d, "正文第四段。");
            picture(d, CHART, 100, 50);
            para(d, "这一段落虽短却不居中");                          // an ordinary line is no caption
        });
        List<Block> blocks = Importers.read("draft.docx", docx).blocks();
        assertThat(blocks).filteredOn(Block.Figure.class::isInstance).extracting(b -> ((Block.Figure) b).caption())
                .containsExactly("某某局组织架构", "各科室分布", "办公楼平面示意", "");
        assertThat(blocks).contains(new Block.Paragraph("这一段落虽短却不居中"));
    }

    @Test
    void anchoredAndVmlPicturesAreKeptButNotOlePreviewsOrCharts() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "正文。");
            String id = d.addPictureData(CHART, Document.PICTURE_TYPE_PNG);
            run(d).setDrawingArray(new CTDrawing[]{CTDrawing.Factory.parse(fragment(anchor(id, 240, 120)))});
            para(d, "图1　浮动的图片");
            run(d).setPictArray(new CTPicture[]{CTPicture.Factory.parse(fragment("<v:shape id=\"s1\" style=\"width:180pt;height:90pt\">"
                    + "<v:imagedata r:id=\"" + id + "\" o:title=\"\"/></v:shape>"))});
            para(d, "图2　矢量图片");
            // an embedded Visio/Excel object shows its preview through v:imagedata too: not a picture here
            run(d).setObjectArray(new CTObject[]{CTObject.Factory.parse(fragment("<v:shape id=\"o1\" style=\"width:200pt;height:100pt\">"
                    + "<v:imagedata r:id=\"" + id + "\" o:title=\"\"/></v:shape>"))});
            // a chart is a graphic of another kind
            run(d).setDrawingArray(new CTDrawing[]{CTDrawing.Factory.parse(fragment("<wp:inline><wp:extent cx=\"2540000\" cy=\"1270000\"/>"
                    + "<wp:docPr id=\"9\" name=\"chart\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                    + "<c:chart r:id=\"rIdNone\"/></a:graphicData></a:graphic></wp:inline>"))});
            para(d, "正文完。");
        });
        List<Block> blocks = Importers.read("draft.docx", docx).blocks();
        assertThat(blocks).filteredOn(Block.Figure.class::isInstance).containsExactly(
                new Block.Figure("图1 浮动的图片", Block.Figure.PNG, 240, 120, CHART),
                new Block.Figure("图2 矢量图片", Block.Figure.PNG, 180, 90, CHART));
    }

    @Test
    void picturesInADrawingCanvasOrAVmlGroupAreSaidNotDropped() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "组织架构如下。");
            String id = d.addPictureData(CHART, Document.PICTURE_TYPE_PNG);
            run(d).setDrawingArray(new CTDrawing[]{CTDrawing.Factory.parse(fragment("<wp:inline><wp:extent cx=\"2540000\" cy=\"1270000\"/>"
                    + "<wp:docPr id=\"7\" name=\"canvas\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\">"
                    + "<wpc:wpc xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\">"
                    + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"8\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr>"
                    + "<pic:blipFill><a:blip r:embed=\"" + id + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                    + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2540000\" cy=\"1270000\"/></a:xfrm><a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic>"
                    + "</wpc:wpc></a:graphicData></a:graphic></wp:inline>"))});
            run(d).setPictArray(new CTPicture[]{CTPicture.Factory.parse(fragment("<v:group style=\"width:180pt;height:90pt\">"
                    + "<v:shape id=\"s1\" style=\"width:180pt;height:90pt\"><v:imagedata r:id=\"" + id + "\" o:title=\"\"/></v:shape></v:group>"))});
            para(d, "正文完。");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.blocks()).noneMatch(Block.Figure.class::isInstance);
        assertThat(doc.warnings()).filteredOn(w -> w.code().equals("picture-in-group")).hasSize(2)
                .allSatisfy(w -> assertThat(w.message()).contains("组织架构如下"));
    }

    @Test
    void aParagraphOfTextAndAPictureGivesTheTextAsALineAndTheFigure() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("本局内设机构如下：");
            addPicture(p.createRun(), CHART, 300, 150);
            XWPFParagraph q = d.createParagraph();     // picture, line break, its caption: one paragraph
            addPicture(q.createRun(), CHART, 200, 100);
            XWPFRun r = q.createRun();
            r.addBreak();
            r.setText("图2　下设机构");
            para(d, "正文完。");
        });
        List<Block> blocks = Importers.read("draft.docx", docx).blocks();
        assertThat(blocks).containsExactly(
                new Block.Paragraph("本局内设机构如下："),
                new Block.Figure("", Block.Figure.PNG, 300, 150, CHART),
                new Block.Figure("图2 下设机构", Block.Figure.PNG, 200, 100, CHART),
                new Block.Paragraph("正文完。"));
    }

    @Test
    void gifAndBmpBecomePngTheSameEveryTime() throws Exception {
        byte[] gif = TestImages.orgChartGif(160, 80), bmp = TestImages.orgChartBmp(160, 80);
        Content content = d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "正文。");
            picture(d, gif, Document.PICTURE_TYPE_GIF, 120, 60);
            para(d, "图1　GIF 图");
            picture(d, bmp, Document.PICTURE_TYPE_BMP, 120, 60);
            para(d, "图2　BMP 图");
        };
        List<Block> blocks = Importers.read("draft.docx", docx(content)).blocks();
        List<Block.Figure> figures = blocks.stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
        assertThat(figures).extracting(Block.Figure::mediaType).containsExactly(Block.Figure.PNG, Block.Figure.PNG);
        assertThat(figures).extracting(f -> f.header().format()).containsExactly("png", "png");
        assertThat(figures).extracting(f -> f.header().widthPx()).containsExactly(160, 160);
        assertThat(Importers.read("draft.docx", docx(content)).blocks()).isEqualTo(blocks);
    }

    @Test
    void anEmfPictureIsSaidWithWhereItWasAndItsCaptionStaysAsText() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "工作流程如下：");
            picture(d, TestImages.emf(), Document.PICTURE_TYPE_EMF, 300, 150);
            para(d, "图1　工作流程图");
            para(d, "正文完。");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.blocks()).noneMatch(Block.Figure.class::isInstance);
        assertThat(doc.blocks()).contains(new Block.Paragraph("图1工作流程图"));   // a body line: tight, as any
        Warning w = doc.warnings().stream().filter(x -> x.code().equals("picture-unsupported")).findFirst().orElseThrow();
        assertThat(w.message()).contains("第3段", "工作流程如下", "EMF", "PNG");
    }

    /** A paragraph that is only a picture counts, for the importer's picture warnings and the draft's inventory alike. */
    @Test
    void aPictureWarningAndANoteNameTheSameParagraph() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            picture(d, TestImages.orgChart(160, 80), 120, 60);                     // 第2段: only a picture
            XWPFParagraph third = para(d, "工作流程如下：");                      // 第3段: a footnote and an EMF
            XWPFFootnote note = d.createFootnote();
            note.createParagraph().createRun().setText("流程图见附件。");
            third.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            addPicture(third.createRun(), TestImages.emf(), Document.PICTURE_TYPE_EMF, 300, 150);
            para(d, "正文完。");
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        Warning picture = doc.warnings().stream().filter(x -> x.code().equals("picture-unsupported")).findFirst().orElseThrow();
        Warning footnote = doc.warnings().stream().filter(x -> x.code().equals("draft-footnote")).findFirst().orElseThrow();
        assertThat(picture.message()).startsWith("第3段的图片");
        assertThat(footnote.message()).startsWith("第3段（“工作流程如下：”）的脚注");
    }

    @Test
    void aPictureInATableIsSaid() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "正文。");
            var t = d.createTable(1, 2);
            t.getRow(0).getCell(0).setText("架构");
            addPicture(t.getRow(0).getCell(1).getParagraphs().get(0).createRun(), CHART, 100, 50);
        });
        OfficialDocument doc = Importers.read("draft.docx", docx);
        assertThat(doc.warnings()).extracting(Warning::code).contains("picture-in-table");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() throws Exception {
        byte[] bomb = TestImages.bomb(50_000, 50_000);
        assertThat(bomb.length).isLessThan(1_000_000);   // 2.5 billion pixels in a few hundred KB
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            para(d, "正文。");
            picture(d, bomb, 300, 300);
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> Importers.read("draft.docx", docx))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
                    assertThat(e.code()).isEqualTo("image-too-many-pixels");
                    assertThat(e.getMessage()).contains("50000 x 50000");
                });
        // decoding it would take gigabytes (this JVM has 1 GB) and seconds: it is read from its header only
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void aPngWithASecondHeaderHasNoSizeAndIsNotCarried() {
        byte[] png = TestImages.secondHeader(60_000, 60_000);
        assertThat(org.gongwen.model.ImageHeader.read(png).readable()).isFalse();
        assertThat(org.gongwen.model.ImageHeader.read(TestImages.orgChart(100, 100)).readable()).isTrue();
        String data = Base64.getEncoder().encodeToString(png);
        assertThatThrownBy(() -> json("{\"type\": \"figure\", \"mediaType\": \"image/png\", \"data\": \"" + data + "\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("image-unreadable"));
    }

    @Test
    void aPictureOverTheByteLimitIsRefused() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            picture(d, CHART, 300, 150);
        });
        ImportLimits small = ImportLimits.DEFAULT.withImages(1000, 5000, 1_000_000);
        assertThatThrownBy(() -> Importers.read("draft.docx", docx, small))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("image-too-large"));
    }

    @Test
    void onePictureShownAThousandTimesIsRefusedAtTheTotalLimit() throws Exception {
        byte[] docx = docx(d -> {
            para(d, "某某局关于调整内设机构的通知");
            String id = d.addPictureData(CHART, Document.PICTURE_TYPE_PNG);
            for (int i = 0; i < 1000; i++) {
                run(d).setDrawingArray(new CTDrawing[]{CTDrawing.Factory.parse(fragment(anchor(id, 30, 15)))});
            }
        });
        ImportLimits limits = ImportLimits.DEFAULT.withImages(1 << 20, 100_000, 40_000_000);
        assertThatThrownBy(() -> Importers.read("draft.docx", docx, limits))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("images-too-large"));
    }

    // ---- Markdown ------------------------------------------------------------------------------

    @Test
    void markdownPicturesAreReadFromTheFilesFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("图片"));
        Files.write(dir.resolve("图片/组织架构.png"), CHART);
        Files.write(dir.resolve("flow.jpg"), TestImages.orgChartJpeg(200, 100));
        String md = """
                # 关于调整内设机构的通知

                各科室：

                本局内设机构调整如下：

                ![图1　某某局组织架构图](图片/组织架构.png)

                工作流程如下：

                ![image](flow.jpg)

                图2　工作流程图

                某某局

                2025年4月1日
                """;
        OfficialDocument doc = Importers.read("draft.md", md.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULT, dir);
        assertThat(doc.blocks()).containsExactly(
                new Block.Paragraph("本局内设机构调整如下："),
                new Block.Figure("图1 某某局组织架构图", Block.Figure.PNG, 300, 150, CHART),
                new Block.Paragraph("工作流程如下："),
                new Block.Figure("图2 工作流程图", Block.Figure.JPEG, 150, 75, TestImages.orgChartJpeg(200, 100)));
        assertThat(doc.warnings()).extracting(Warning::code).noneMatch(c -> c.startsWith("picture"));
    }

    @Test
    void markdownPicturesOutsideTheFolderAreNotRead(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("draft"));
        Files.write(root.resolve("secret.png"), CHART);
        Path link = dir.resolve("link.png");
        Files.createSymbolicLink(link, root.resolve("secret.png"));
        String md = """
                # 关于调整内设机构的通知

                ![图1　上级目录](../secret.png)

                ![图2　绝对路径](%s)

                ![图3　网址](https://example.org/a.png)

                ![图4　链接出去](link.png)

                ![图5　不存在](missing.png)
                """.formatted(root.resolve("secret.png"));
        OfficialDocument doc = Importers.read("draft.md", md.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULT, dir);
        assertThat(doc.blocks()).noneMatch(Block.Figure.class::isInstance);
        // the captions stay as text, each picture is named in a warning
        assertThat(doc.blocks()).extracting(b -> ((Block.Paragraph) b).text())
                .containsExactly("图1上级目录", "图2绝对路径", "图3网址", "图4链接出去", "图5不存在");
        List<Warning> pictures = doc.warnings().stream().filter(w -> w.code().equals("picture-not-found")).toList();
        assertThat(pictures).hasSize(5);
        assertThat(pictures.get(0).message()).contains("../secret.png", "相对路径");
        assertThat(pictures.get(4).message()).contains("missing.png", "找不到");
    }

    @Test
    void markdownWithoutAFolderSaysToSendTheDocxOrJson() {
        String md = "# 关于调整内设机构的通知\n\n![图1　组织架构图](org.png)\n\n正文。\n";
        OfficialDocument doc = Importers.read("draft.md", md.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph("图1组织架构图"), new Block.Paragraph("正文。"));
        assertThat(doc.warnings()).filteredOn(w -> w.code().equals("picture-not-found")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("org.png", "Word（.docx）", "JSON"));
    }

    @Test
    void aMarkdownBombIsRefused(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bomb.png"), TestImages.bomb(20_000, 20_000));
        String md = "# 关于调整内设机构的通知\n\n![图1](bomb.png)\n";
        assertThatThrownBy(() -> Importers.read("d.md", md.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULT, dir))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("image-too-many-pixels"));
    }

    // ---- JSON ----------------------------------------------------------------------------------

    @Test
    void jsonCarriesThePictureAsBase64() {
        OfficialDocument doc = OfficialDocument.builder().title("关于调整内设机构的通知")
                .blocks(List.of(new Block.Paragraph("正文。"), new Block.Figure("图1　组织架构图", Block.Figure.PNG, 300, 150, CHART))).build();
        String json = ModelJson.write(doc);
        assertThat(json).contains("\"type\" : \"figure\"", "\"data\" : \"" + Base64.getEncoder().encodeToString(CHART) + "\"");
        assertThat(json.indexOf("\"caption\"")).isLessThan(json.indexOf("\"mediaType\""));
        assertThat(json.indexOf("\"heightPt\"")).isLessThan(json.indexOf("\"data\""));
        OfficialDocument back = Importers.read("doc.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(back.blocks()).isEqualTo(doc.blocks());
    }

    @Test
    void jsonWithoutASizeTakesThePicturesPixelsAtItsResolution() {
        String base64 = Base64.getEncoder().encodeToString(CHART);
        String dpi192 = Base64.getEncoder().encodeToString(TestImages.orgChartAtDpi(400, 200, 192));
        String json = """
                {"title": "关于调整内设机构的通知", "blocks": [
                  {"type": "figure", "caption": "图1", "mediaType": "image/png", "data": "%s"},
                  {"type": "figure", "mediaType": "image/png", "data": "%s"},
                  {"type": "figure", "mediaType": "image/png", "widthPt": 100, "data": "%s"}]}
                """.formatted(base64, dpi192, base64);
        List<Block.Figure> figures = Importers.read("doc.json", json.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .map(Block.Figure.class::cast).toList();
        assertThat(figures).extracting(Block.Figure::widthPt, Block.Figure::heightPt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(300.0, 150.0),   // 400 x 200 px at 96 dpi
                        org.assertj.core.groups.Tuple.tuple(150.0, 75.0),             // at 192 dpi
                        org.assertj.core.groups.Tuple.tuple(100.0, 50.0));            // a width alone keeps the proportions
        assertThat(figures.get(1).caption()).isEmpty();
    }

    @Test
    void jsonPicturesMustBeWhatTheySay() {
        String gif = Base64.getEncoder().encodeToString(TestImages.orgChartGif(40, 20));
        assertThatThrownBy(() -> json("{\"type\": \"figure\", \"mediaType\": \"image/gif\", \"data\": \"" + gif + "\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("json-invalid"));
        assertThatThrownBy(() -> json("{\"type\": \"figure\", \"mediaType\": \"image/png\", \"data\": \"" + gif + "\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("image-unreadable");
                    assertThat(e.messageZh()).contains("GIF");
                });
        String bomb = Base64.getEncoder().encodeToString(TestImages.bomb(50_000, 50_000));
        assertThatThrownBy(() -> json("{\"type\": \"figure\", \"mediaType\": \"image/png\", \"data\": \"" + bomb + "\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("image-too-many-pixels"));
    }

    @Test
    void aPicturesBase64IsNotCountedAsText() {
        ImportLimits limits = new ImportLimits(20L << 20, 2_000, 100, 200, 1 << 24);
        String base64 = Base64.getEncoder().encodeToString(TestImages.orgChart(800, 400));
        assertThat(base64.length()).isGreaterThan(2_000);
        String json = "{\"title\": \"关于调整内设机构的通知\", \"blocks\": [{\"type\": \"figure\", \"mediaType\": \"image/png\", \"data\": \""
                + base64 + "\"}]}";
        assertThat(Importers.read("doc.json", json.getBytes(StandardCharsets.UTF_8), limits).blocks()).hasSize(1);
        String text = "{\"title\": \"关于调整内设机构的通知\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"" + "字".repeat(2_500) + "\"}]}";
        assertThatThrownBy(() -> Importers.read("doc.json", text.getBytes(StandardCharsets.UTF_8), limits))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("input-too-long"));
    }

    @Test
    void onlyAFiguresDataIsLeftOutOfTheCount() {
        ImportLimits limits = new ImportLimits(20L << 20, 2_000, 100, 200, 1 << 24);
        // Latin letters only, as base64 is: still text, counted against the limit
        String latin = "{\"title\": \"关于调整内设机构的通知\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \""
                + "abcdEFGH".repeat(400) + "\"}]}";
        assertThatThrownBy(() -> Importers.read("doc.json", latin.getBytes(StandardCharsets.UTF_8), limits))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("input-too-long"));
    }

    @Test
    void aFigureIsComparedByContentAndPrintedWithoutItsBytes() {
        Block.Figure a = new Block.Figure("图1", Block.Figure.PNG, 300, 150, CHART);
        Block.Figure b = new Block.Figure("图1", Block.Figure.PNG, 300, 150, CHART.clone());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.withCaption("图2"));
        assertThat(a.toString()).contains("图1", "image/png", CHART.length + " bytes").doesNotContain("[B@");
        byte[] copy = a.data();
        copy[0] = 0;
        assertThat(a.data()[0]).isEqualTo((byte) 0x89);   // the block keeps its own bytes
    }

    private static OfficialDocument json(String figure) {
        return Importers.read("doc.json", ("{\"title\": \"关于调整内设机构的通知\", \"blocks\": [" + figure + "]}").getBytes(StandardCharsets.UTF_8));
    }

    // ---- fixtures ------------------------------------------------------------------------------

    interface Content { void fill(XWPFDocument d) throws Exception; }

    static byte[] docx(Content content) throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(d);
            d.write(out);
            return out.toByteArray();
        }
    }

    static XWPFParagraph para(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    /** A paragraph holding only an inline picture of {@code wPt} x {@code hPt}. */
    static void picture(XWPFDocument d, byte[] png, double wPt, double hPt) throws Exception {
        picture(d, png, Document.PICTURE_TYPE_PNG, wPt, hPt);
    }

    static void picture(XWPFDocument d, byte[] bytes, int type, double wPt, double hPt) throws Exception {
        addPicture(d.createParagraph().createRun(), bytes, type, wPt, hPt);
    }

    static void addPicture(XWPFRun run, byte[] png, double wPt, double hPt) throws Exception {
        addPicture(run, png, Document.PICTURE_TYPE_PNG, wPt, hPt);
    }

    static void addPicture(XWPFRun run, byte[] bytes, int type, double wPt, double hPt) throws Exception {
        run.addPicture(new ByteArrayInputStream(bytes), type, "picture", (int) Math.round(wPt * Units.EMU_PER_POINT),
                (int) Math.round(hPt * Units.EMU_PER_POINT));
    }

    /** A run in a new paragraph, for raw drawing XML. */
    static CTR run(XWPFDocument d) {
        return d.createParagraph().createRun().getCTR();
    }

    /** XML for the content of an element (XmlBeans' parse makes the root the element itself). */
    static String fragment(String content) {
        return "<xml-fragment" + NS + ">" + content + "</xml-fragment>";
    }

    /** A floating (wp:anchor) picture of the related image. */
    static String anchor(String id, double wPt, double hPt) {
        long cx = Math.round(wPt * Units.EMU_PER_POINT), cy = Math.round(hPt * Units.EMU_PER_POINT);
        return "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\""
                + " layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:align>center</wp:align></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:wrapTopAndBottom/><wp:docPr id=\"5\" name=\"anchored\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"a.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + id + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor>";
    }

    /** Puts the paragraph in Word's built-in Caption style (题注). */
    static void captionStyle(XWPFDocument d, XWPFParagraph p) {
        XWPFStyles styles = d.getStyles() != null ? d.getStyles() : d.createStyles();
        if (styles.getStyle("Caption") == null) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId("Caption");
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal("caption");
            styles.addStyle(new XWPFStyle(s));
        }
        p.setStyle("Caption");
    }
}
