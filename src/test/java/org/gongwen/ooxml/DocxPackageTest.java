package org.gongwen.ooxml;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.testing.HostileDocx;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxPackageTest {
    private static final long MB = 1024 * 1024;

    private static void refused(byte[] docx, long limit, String code, Fault fault, String zh) {
        assertThatThrownBy(() -> DocxPackage.read(docx, limit)).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.fault()).isEqualTo(fault);
            assertThat(e.messageZh()).contains(zh).doesNotContain("\n");
            // the English message is gongwen's own, not the library's
            assertThat(e.messageEn()).doesNotContain("Exception").doesNotContain("ZLIB").doesNotContain("Zip bomb")
                    .doesNotContain("DOCTYPE");
        });
    }

    @Test
    void thePartsTogetherMayNotUnpackPastTheLimit() {
        byte[] pictures = HostileDocx.largeParts(3, 600 * 1024, "png");
        assertThat(pictures.length).as("each part deflates about 30:1, under POI's guard").isLessThan(3 * 600 * 1024 / 10);
        refused(pictures, MB, "docx-too-large", Fault.TOO_LARGE, "1 MB");
        assertThat(DocxPackage.read(pictures, 2 * MB).parts()).hasSize(6);
    }

    @Test
    void theXmlPartsTogetherMayNotUnpackPastTheirShare() {
        byte[] xml = HostileDocx.largeParts(3, 600 * 1024);
        refused(xml, DocxPackage.XML_SHARE * MB, "docx-too-large", Fault.TOO_LARGE, "文字和格式部分解压后超过 1 MB");
        assertThat(DocxPackage.read(xml, 2 * DocxPackage.XML_SHARE * MB).parts()).hasSize(6);
    }

    @Test
    void theDefaultLimitHoldsForOnePartJustOverIt() {
        byte[] docx = HostileDocx.largeParts(1, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES + MB, "png");
        refused(docx, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES, "docx-too-large", Fault.TOO_LARGE,
                "超过 " + DocxPackage.DEFAULT_MAX_UNPACKED_BYTES / MB + " MB 的上限");
        assertThatThrownBy(() -> DocxPackage.read(docx)).hasFieldOrPropertyWithValue("code", "docx-too-large");
        byte[] xml = HostileDocx.largeParts(1, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES / DocxPackage.XML_SHARE + MB);
        refused(xml, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES, "docx-too-large", Fault.TOO_LARGE,
                "超过 " + DocxPackage.DEFAULT_MAX_UNPACKED_BYTES / DocxPackage.XML_SHARE / MB + " MB 的上限");
    }

    @Test
    void aLimitThatIsNotWholeMegabytesIsNamedInBytes() {
        refused(HostileDocx.largeParts(1, 10_000), 5_000, "docx-too-large", Fault.TOO_LARGE, "5000 字节");
    }

    @Test
    void tooManyPartsAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= DocxPackage.MAX_PARTS; i++) {
                zip.putNextEntry(new ZipEntry("p" + i));
                zip.closeEntry();
            }
        }
        refused(bytes.toByteArray(), MB, "docx-too-large", Fault.TOO_LARGE, "2000");
    }

    /** Cut inside an entry, exactly between two, inside the central directory, one byte short. */
    @Test
    void aPackageCutShortAnywhereIsRefused() {
        byte[] docx = HostileDocx.template("report");
        List<Integer> cuts = new ArrayList<>(List.of(docx.length / 2, docx.length - 1, docx.length - 30));
        for (int at = 4; at < docx.length - 4; at++) {
            if (docx[at] == 'P' && docx[at + 1] == 'K' && docx[at + 2] == 3 && docx[at + 3] == 4) cuts.add(at); // a local header
            if (docx[at] == 'P' && docx[at + 1] == 'K' && docx[at + 2] == 1 && docx[at + 3] == 2) cuts.add(at); // a directory entry
        }
        for (int cut : cuts) refused(HostileDocx.cut(docx, cut), MB, "docx-damaged", Fault.UNREADABLE, "文件不完整或已损坏");
        assertThat(DocxPackage.read(docx).has("word/document.xml")).isTrue();
    }

    @Test
    void aDamagedEntryIsRefused() {
        byte[] docx = HostileDocx.template("report");
        byte[] flipped = docx.clone();
        int styles = new String(docx, StandardCharsets.ISO_8859_1).indexOf("word/styles.xml"); // its local header
        flipped[styles + 200] ^= 0x55; // inside its deflated data
        refused(flipped, MB, "docx-damaged", Fault.UNREADABLE, "文件不完整或已损坏");
    }

    @Test
    void packageXmlWithADtdIsRefusedNamingThePart() {
        byte[] report = HostileDocx.template("report");
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "docProps/core.xml")) {
            refused(HostileDocx.withDoctype(report, part), MB, "docx-damaged", Fault.UNREADABLE, part + " 无法读取");
        }
        // the other parts are the caller's to parse, with its own message
        assertThat(DocxPackage.read(HostileDocx.withDoctype(report, "word/document.xml")).has("word/document.xml")).isTrue();
    }

    @Test
    void aRelationshipTargetPoiCannotReadIsRefused() {
        byte[] docx = HostileDocx.edited(HostileDocx.template("report"), "word/_rels/document.xml.rels",
                x -> x.replace("Target=\"styles.xml\"", "Target=\"a:b:c:%%\""));
        refused(docx, MB, "docx-damaged", Fault.UNREADABLE, "word/_rels/document.xml.rels 无法读取");
    }

    @Test
    void aFileThatIsNoZipIsNoWordDocument() {
        refused("just text".getBytes(StandardCharsets.UTF_8), MB, "docx-unreadable", Fault.UNREADABLE, ".docx");
    }

    @Test
    void readsRelationshipsAndContentTypes() {
        DocxPackage pkg = DocxPackage.read(HostileDocx.template("redhead"));
        assertThat(pkg.relationships()).anySatisfy(r -> {
            assertThat(r.source()).isEmpty();
            assertThat(r.typeName()).isEqualTo("officeDocument");
            assertThat(r.target()).isEqualTo("word/document.xml");
            assertThat(r.external()).isFalse();
        });
        assertThat(pkg.relationships()).anyMatch(r -> r.source().equals("word/document.xml") && r.typeName().equals("styles"));
        assertThat(pkg.contentType("word/document.xml")).endsWith("wordprocessingml.document.main+xml");
        assertThat(pkg.contentType("_rels/.rels")).isEqualTo("application/vnd.openxmlformats-package.relationships+xml");
        assertThat(pkg.contentType("nowhere")).isNull();
    }

    @Test
    void poiReadsThePartsAsReadHere() throws Exception {
        DocxPackage pkg = DocxPackage.read(HostileDocx.template("report"));
        try (OPCPackage opc = pkg.opc()) {
            assertThat(opc.getParts()).extracting(p -> p.getPartName().getName()).contains("/word/document.xml", "/word/styles.xml");
            try (var in = opc.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/styles.xml")).getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(pkg.part("word/styles.xml"));
            }
        }
    }

    @Test
    void zipIsDeterministicAndReadsBack() {
        Map<String, byte[]> parts = new LinkedHashMap<>(DocxPackage.read(HostileDocx.template("report")).parts());
        byte[] once = DocxPackage.zip(parts), twice = DocxPackage.zip(parts);
        assertThat(once).isEqualTo(twice);
        assertThat(DocxPackage.read(once).parts().keySet()).containsExactlyElementsOf(parts.keySet());
    }
}
