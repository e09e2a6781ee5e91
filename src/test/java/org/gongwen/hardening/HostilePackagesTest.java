package org.gongwen.hardening;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.gongwen.check.DocxChecker;
import org.gongwen.check.TemplateValidator;
import org.gongwen.docx.DocxWriter;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.Importers;
import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.Fault;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.HostileDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every door that opens a DOCX (importer, checker, template validator, template loader) refuses a
 * package that would hurt the service, with the same one-line answer and no library stack trace in
 * the log.
 */
class HostilePackagesTest {
    private static final HouseStyle REPORT = TemplateLibrary.shared().get("report").style();
    private static final long SMALL = 256 * 1024;

    private static BadInputException refused(Executable read, String code, Fault fault, String zh) {
        BadInputException e = assertTimeoutPreemptively(HostileImportTest.HANG, () -> assertThrows(BadInputException.class, read));
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.fault()).isEqualTo(fault);
        assertThat(e.messageZh()).contains(zh).doesNotContain("\n");
        return e;
    }

    private static ImportLimits unpacking(long maxUnpackedBytes) {
        ImportLimits d = ImportLimits.DEFAULT;
        return new ImportLimits(d.maxBytes(), d.maxChars(), d.maxBlocks(), d.maxTitleChars(), maxUnpackedBytes);
    }

    private static void refusedEverywhere(byte[] docx, long limit, String code, Fault fault, String zh) {
        refused(() -> Importers.read("draft.docx", docx, unpacking(limit)), code, fault, zh);
        refused(() -> new DocxChecker(limit).check(docx, REPORT), code, fault, zh);
        refused(() -> new TemplateValidator(limit).validate(docx), code, fault, zh);
        refused(() -> HouseTemplate.load("bureau", docx, limit), code, fault, zh);
    }

    @Test
    void eightLargePartsAreRefusedAtTheConfiguredLimit() {
        // XML, which is parsed, may take a sixth of the limit
        long limit = DocxPackage.XML_SHARE * SMALL;
        byte[] docx = HostileDocx.largeParts(8, 40 * 1024); // 320 KB of XML unpacked
        refusedEverywhere(docx, limit, "docx-too-large", Fault.TOO_LARGE, "262144 字节");
        assertThat(Importers.read("draft.docx", docx, unpacking(2 * limit)).title()).isEqualTo("关于开展安全检查的通知");
        // pictures count at their size against the whole limit
        byte[] pictures = HostileDocx.largeParts(8, 40 * 1024, "png");
        assertThat(Importers.read("draft.docx", pictures, unpacking(limit)).title()).isEqualTo("关于开展安全检查的通知");
        refusedEverywhere(pictures, SMALL, "docx-too-large", Fault.TOO_LARGE, "262144 字节");
    }

    @Test
    void xmlRenamedAsAPictureStillCountsAsXml() {
        // declared XML by its override whatever its name: what POI would parse
        byte[] docx = HostileDocx.edited(HostileDocx.largeParts(8, 40 * 1024, "bin"), "[Content_Types].xml",
                t -> t.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/xml\"/></Types>"));
        refusedEverywhere(docx, DocxPackage.XML_SHARE * SMALL, "docx-too-large", Fault.TOO_LARGE, "262144 字节");
    }

    @Test
    void eightLargePartsAreRefusedAtTheDefaultLimit() {
        long xml = DocxPackage.DEFAULT_MAX_UNPACKED_BYTES / DocxPackage.XML_SHARE;
        long each = xml / 8 + 128 * 1024;
        refusedEverywhere(HostileDocx.largeParts(8, each), DocxPackage.DEFAULT_MAX_UNPACKED_BYTES, "docx-too-large", Fault.TOO_LARGE,
                xml / (1024 * 1024) + " MB");
        refused(() -> Importers.read("draft.docx", HostileDocx.largeParts(8, each)), "docx-too-large", Fault.TOO_LARGE, "MB");
        refused(() -> new DocxChecker().check(HostileDocx.largeParts(8, each), REPORT), "docx-too-large", Fault.TOO_LARGE, "MB");
    }

    @Test
    void aDraftCutShortIsRefusedNotReadHalf() {
        byte[] draft = new DocxWriter().write(Importers.readText("关于开展安全检查的通知\n\n各科室：\n\n" + "请做好检查。\n\n".repeat(200), ImportLimits.DEFAULT),
                TemplateLibrary.shared().get("redhead"));
        byte[] half = HostileDocx.cut(draft, draft.length / 2);
        refusedEverywhere(half, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES, "docx-damaged", Fault.UNREADABLE, "文件不完整或已损坏");
    }

    /** Each of these made POI log a stack trace at ERROR (org.apache.poi.util.XMLHelper) for every upload. */
    @Test
    void aDtdOrBrokenXmlIsRefusedWithoutALibraryStackTraceInTheLog() {
        byte[] report = HostileDocx.template("report");
        List<byte[]> hostile = List.of(
                HostileDocx.withDoctype(report, "[Content_Types].xml"),
                HostileDocx.withDoctype(report, "_rels/.rels"),
                HostileDocx.withDoctype(report, "word/_rels/document.xml.rels"),
                HostileDocx.withDoctype(report, "docProps/core.xml"),
                HostileDocx.withDoctype(report, "word/document.xml"),
                HostileDocx.withDoctype(report, "word/styles.xml"),
                HostileDocx.edited(report, "_rels/.rels", x -> x.replace("</Relationships>", "")),
                HostileDocx.edited(report, "word/document.xml", x -> x.replace("</w:body>", "")));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger poi = context.getLogger("org.apache.poi");
        Level saved = poi.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        poi.addAppender(events);
        poi.setLevel(Level.DEBUG); // whatever the test's logging set-up: POI gets to say all it would
        try {
            for (byte[] docx : hostile) {
                assertThrows(BadInputException.class, () -> Importers.read("draft.docx", docx));
                assertThrows(BadInputException.class, () -> new DocxChecker().check(docx, REPORT));
                assertThrows(BadInputException.class, () -> HouseTemplate.load("bureau", docx));
            }
        } finally {
            poi.detachAppender(events);
            poi.setLevel(saved);
        }
        assertThat(events.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null);
    }
}
