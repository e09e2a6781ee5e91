package org.gongwen.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.compose.Wording;
import org.gongwen.ingest.Importers;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.FigureDocs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the DOCX carries each picture as a part, shown inline in a centred line of whole grid lines, its caption under it. */
class DocxFigureTest {
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final HouseTemplate TEMPLATE = TemplateLibrary.shared().get("report");
    static final OfficialDocument DOC = FigureDocs.figures();
    static final byte[] DOCX = new DocxWriter().write(DOC, TEMPLATE);

    @Test
    void eachPictureIsAPartOfThePackageUnderADeterministicName() {
        Map<String, byte[]> parts = DocxPackage.read(DOCX, 1 << 26).parts();
        assertThat(parts.get("word/media/figure1.png")).isEqualTo(FigureDocs.CHART);
        assertThat(parts.get("word/media/figure2.jpeg")).isEqualTo(FigureDocs.TALL);
        assertThat(parts.get("word/media/figure3.png")).isEqualTo(FigureDocs.SMALL);   // shown twice, stored once
        assertThat(parts).containsKey("word/media/figure4.png").doesNotContainKey("word/media/figure5.png");
        String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        assertThat(rels).contains("Id=\"rIdFigure1\"", "Target=\"media/figure1.png\"", Media.IMAGE);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types).contains("ContentType=\"image/jpeg\" PartName=\"/word/media/figure2.jpeg\"",
                "ContentType=\"image/png\" PartName=\"/word/media/figure1.png\"");
        assertThat(new DocxWriter().write(DOC, TEMPLATE)).isEqualTo(DOCX);
    }

    @Test
    void thePictureIsInlineInACentredLineOfItsWholeGridLinesWithItsCaptionUnder() throws Exception {
        ComposedDocument composed = Composer.compose(DOC, TEMPLATE.style());
        Block.Figure chart = (Block.Figure) composed.body().get(1);
        ComposedDocument.FigureBox box = composed.figure(chart);
        Document xml = Ooxml.parse(DocxPackage.read(DOCX, 1 << 26).parts().get("word/document.xml"));
        Element inline = (Element) xml.getElementsByTagNameNS(WP, "inline").item(0);
        Element extent = Ooxml.child(inline, WP, "extent");
        assertThat(Long.parseLong(extent.getAttribute("cx"))).isEqualTo(Math.round(box.widthPt() * 12700));
        assertThat(Long.parseLong(extent.getAttribute("cy"))).isEqualTo(Math.round(box.heightPt() * 12700));
        assertThat(Ooxml.child(inline, WP, "docPr").getAttribute("descr")).isEqualTo("图1　某某局组织架构图");
        // the picture without a caption is described as every output describes it (compose.Wording.figureAlt)
        Element uncaptioned = (Element) xml.getElementsByTagNameNS(WP, "inline").item(3);
        assertThat(Ooxml.child(uncaptioned, WP, "docPr").getAttribute("descr")).isEqualTo(Wording.FIGURE_WITHOUT_CAPTION);
        Element p = (Element) inline.getParentNode().getParentNode().getParentNode();
        Element pPr = Ooxml.child(p, "pPr");
        Element spacing = Ooxml.child(pPr, "spacing");
        assertThat(spacing.getAttributeNS(Ooxml.W, "line")).isEqualTo(Long.toString(box.lines() * 579L));
        assertThat(spacing.getAttributeNS(Ooxml.W, "lineRule")).isEqualTo("atLeast");
        assertThat(Ooxml.val(pPr, "jc")).isEqualTo("center");
        assertThat(Ooxml.child(pPr, "keepNext")).isNotNull();
        Element caption = nextParagraph(p);
        assertThat(Ooxml.text(caption)).isEqualTo("图1　某某局组织架构图");
        assertThat(Ooxml.val(Ooxml.child(caption, "pPr"), "jc")).isEqualTo("center");
        assertThat(Ooxml.child(Ooxml.child(caption, "pPr"), "ind").getAttributeNS(Ooxml.W, "firstLineChars")).isEqualTo("0");
        // a figure without a caption is not kept with what follows
        List<Element> inlines = Ooxml.descendants(xml, "p").stream()
                .filter(e -> e.getElementsByTagNameNS(WP, "inline").getLength() > 0).toList();
        assertThat(inlines).hasSize(5);
        assertThat(Ooxml.child(Ooxml.child(inlines.get(3), "pPr"), "keepNext")).isNull();
    }

    @Test
    void wordOpensItAndGongwenReadsItsFiguresBack() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
            assertThat(d.getAllPictures()).extracting(XWPFPictureData::getData)
                    .contains(FigureDocs.CHART, FigureDocs.TALL, FigureDocs.SMALL);
        }
        ComposedDocument composed = Composer.compose(DOC, TEMPLATE.style());
        List<Block.Figure> written = composed.body().stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
        List<Block.Figure> read = Importers.read("again.docx", DOCX).blocks().stream()
                .filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
        // read as a draft, the captions come back normalised as any draft's (U+3000 as a space)
        assertThat(read).extracting(Block.Figure::caption)
                .containsExactlyElementsOf(written.stream().map(f -> f.caption().replace('\u3000', ' ')).toList());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).widthPt()).isEqualTo(composed.figure(written.get(i)).widthPt(), org.assertj.core.api.Assertions.within(0.01));
        }
    }

    private static Element nextParagraph(Element p) {
        for (var n = p.getNextSibling(); n != null; n = n.getNextSibling()) if (n instanceof Element e) return e;
        return null;
    }
}
