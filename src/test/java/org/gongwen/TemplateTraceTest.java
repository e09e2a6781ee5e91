package org.gongwen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongwen.layout.Docs;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.store.ContentHash;
import org.gongwen.style.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: each DOCX and PDF names the house template and the version it was made with. */
class TemplateTraceTest {
    static final Gongwen GONGWEN = Gongwen.builder().build();
    static final String ID = "zijin-wsj/redhead";
    static final byte[] REDHEAD = TemplateLibrary.shared().get("redhead").bytes();
    static final OfficialDocument DOC = Docs.report();

    @Test
    void docxCarriesTheTemplatesIdAndSha256AsCustomProperties() throws Exception {
        Rendered docx = GONGWEN.render(DOC, ID, REDHEAD, Format.DOCX);
        Map<String, String> props = customProperties(docx.bytes());
        assertThat(props).containsEntry("gongwen.template", ID).containsEntry("gongwen.templateVersion", ContentHash.of(REDHEAD));
        assertThat(docx.templateId()).isEqualTo(ID);
        assertThat(docx.templateVersion()).isEqualTo(ContentHash.of(REDHEAD));
        assertThat(GONGWEN.render(DOC, ID, REDHEAD, Format.DOCX).bytes()).isEqualTo(docx.bytes());
    }

    @Test
    void aTemplatesOwnCustomPropertiesStayAndAStaleTraceIsReplaced() throws Exception {
        byte[] template = withCustomProperties(REDHEAD, """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
                xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
                <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="bureau.code"><vt:lpwstr>WSJ-01</vt:lpwstr></property>\
                <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="gongwen.template"><vt:lpwstr>old</vt:lpwstr></property>\
                </Properties>""");
        byte[] docx = GONGWEN.render(DOC, ID, template, Format.DOCX).bytes();

        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<CTProperty> props = d.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList();
            assertThat(props).extracting(CTProperty::getName).containsExactly("bureau.code", "gongwen.template", "gongwen.templateVersion");
            assertThat(props).extracting(CTProperty::getPid).containsExactly(2, 5, 6);
            assertThat(props).extracting(CTProperty::getLpwstr).containsExactly("WSJ-01", ID, ContentHash.of(template));
        }
        DocxPackage pkg = DocxPackage.read(docx);
        assertThat(pkg.relationships()).filteredOn(r -> r.type().endsWith("/custom-properties")).hasSize(1);
        assertThat(new String(pkg.part("[Content_Types].xml"), StandardCharsets.UTF_8)).containsOnlyOnce("/docProps/custom.xml");
    }

    @Test
    void pdfXmpNamesTheTemplateAndItsVersion() throws Exception {
        Rendered pdf = GONGWEN.render(DOC, ID, REDHEAD, Format.PDF);
        String xmp = xmp(pdf.bytes());
        assertThat(xmp).contains("xmlns:gongwen=\"https://gongwen.org/ns/template/1.0/\"")
                .contains("<gongwen:template>" + ID + "</gongwen:template>")
                .contains("<gongwen:templateVersion>" + ContentHash.of(REDHEAD) + "</gongwen:templateVersion>")
                .contains("<pdfaSchema:namespaceURI>https://gongwen.org/ns/template/1.0/</pdfaSchema:namespaceURI>");
        assertThat(pdf.templateVersion()).isEqualTo(ContentHash.of(REDHEAD));
        assertThat(GONGWEN.render(DOC, ID, REDHEAD, Format.PDF).bytes()).isEqualTo(pdf.bytes());
    }

    @Test
    void htmlRendersCarryTheTraceToo() {
        Rendered html = GONGWEN.render(DOC, "report", Format.HTML);
        assertThat(html.templateId()).isEqualTo("report");
        assertThat(html.templateVersion()).isEqualTo(ContentHash.of(TemplateLibrary.shared().get("report").bytes()));
    }

    @Test
    void changedTemplateBytesChangeTheVersionInBothFiles() throws Exception {
        byte[] changed = retitled(REDHEAD, "紫金县卫生健康局版头");
        String before = ContentHash.of(REDHEAD), after = ContentHash.of(changed);
        assertThat(after).isNotEqualTo(before);

        assertThat(customProperties(GONGWEN.render(DOC, ID, changed, Format.DOCX).bytes())).containsEntry("gongwen.templateVersion", after);
        assertThat(xmp(GONGWEN.render(DOC, ID, changed, Format.PDF).bytes())).contains(after).doesNotContain(before);
    }

    private static Map<String, String> customProperties(byte[] docx) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            POIXMLProperties.CustomProperties custom = d.getProperties().getCustomProperties();
            for (CTProperty p : custom.getUnderlyingProperties().getPropertyList()) out.put(p.getName(), p.getLpwstr());
        }
        return out;
    }

    private static String xmp(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf); InputStream in = d.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The template with a docProps/custom.xml related from the package, as Word saves one. */
    private static byte[] withCustomProperties(byte[] template, String customXml) {
        LinkedHashMap<String, byte[]> parts = withPart(template, "docProps/custom.xml", customXml.getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("_rels/.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\""
                        + " Target=\"docProps/custom.xml\"/></Relationships>");
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8).replace("</Types>",
                "<Override PartName=\"/docProps/custom.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>");
        parts.put("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        return DocxPackage.zip(parts);
    }

    private static LinkedHashMap<String, byte[]> withPart(byte[] template, String name, byte[] bytes) {
        LinkedHashMap<String, byte[]> parts = DocxPackage.read(template).mutableCopy();
        parts.put(name, bytes);
        return parts;
    }

    /** The template under another docProps title: the same house, other bytes. */
    private static byte[] retitled(byte[] template, String title) {
        String core = new String(DocxPackage.read(template).part("docProps/core.xml"), StandardCharsets.UTF_8);
        assertThat(core).contains("<dc:title>");
        String retitled = core.replaceFirst("<dc:title>[^<]*</dc:title>", "<dc:title>" + title + "</dc:title>");
        return DocxPackage.zip(withPart(template, "docProps/core.xml", retitled.getBytes(StandardCharsets.UTF_8)));
    }
}
