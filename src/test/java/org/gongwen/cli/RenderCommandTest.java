package org.gongwen.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class RenderCommandTest {
    @TempDir
    Path out;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new GongwenCommand()).execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rendersEachFormatOfASampleUnderItsInputName() throws Exception {
        Path sample = SharedSamples.path(SharedSamples.ZHONGSHAN);
        int code = run("render", sample.toString(), "--format", "docx,pdf,html", "--out", out.toString());
        assertEquals(0, code, err());
        String base = "zhongshan-health-2024-rule-of-law-report";
        byte[] docx = Files.readAllBytes(out.resolve(base + ".docx"));
        byte[] pdf = Files.readAllBytes(out.resolve(base + ".pdf"));
        String html = Files.readString(out.resolve(base + ".html"));
        assertEquals('P', docx[0]);
        assertEquals('K', docx[1]);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(html.contains("法治政府建设"), "the title is in the portal page");
    }

    @Test
    void thePdfIsTaggedUnlessAskedUntagged() throws Exception {
        Path sample = SharedSamples.path(SharedSamples.ZIJIN);
        Path untagged = out.resolve("untagged");
        assertEquals(0, run("render", sample.toString(), "--format", "pdf", "--out", out.toString()), err());
        assertEquals(0, run("render", sample.toString(), "--format", "pdf", "--untagged", "--out", untagged.toString()), err());
        String base = "zijin-health-2025-rule-of-law-report.pdf";
        try (PDDocument tagged = Loader.loadPDF(out.resolve(base).toFile());
             PDDocument plain = Loader.loadPDF(untagged.resolve(base).toFile())) {
            assertNotNull(tagged.getDocumentCatalog().getStructureTreeRoot());
            assertNull(plain.getDocumentCatalog().getStructureTreeRoot());
            assertEquals(tagged.getNumberOfPages(), plain.getNumberOfPages());
        }
    }

    @Test
    void titleOverrideReachesTheOutput() throws Exception {
        Path sample = SharedSamples.path(SharedSamples.ZIJIN);
        int code = run("render", sample.toString(), "--format", "html", "--title", "关于测试标题的报告", "--out", out.toString());
        assertEquals(0, code, err());
        assertTrue(Files.readString(out.resolve("zijin-health-2025-rule-of-law-report.html")).contains("关于测试标题的报告"));
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path bogus = out.resolve("in").resolve("draft.docx");
        Files.createDirectories(bogus.getParent());
        Files.writeString(bogus, "这不是一个 Word 文件");
        Path target = out.resolve("target");
        int code = run("render", bogus.toString(), "--format", "docx,pdf", "--out", target.toString());
        assertEquals(2, code);
        assertEquals(1, err().strip().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count(), "no partial output");
        }
    }

    @Test
    void oneBadInputInABatchDoesNotStopTheOthers() throws Exception {
        Path missing = out.resolve("missing.txt");
        Path sample = SharedSamples.path(SharedSamples.SHANGHAI);
        int code = run("render", missing.toString(), sample.toString(), "--format", "html", "--out", out.toString());
        assertEquals(1, code, "some failed");
        assertTrue(err().contains("missing.txt"), "the failure is named: " + err());
        assertTrue(Files.exists(out.resolve("shanghai-soil-remediation-list-letter.html")));
    }

    @Test
    void unknownFormatAndBadDateAreUsageErrors() {
        Path sample = SharedSamples.path(SharedSamples.SHANGHAI);
        assertEquals(2, run("render", sample.toString(), "--format", "odt", "--out", out.toString()));
        assertTrue(err().contains("odt"));
        assertEquals(2, run("render", sample.toString(), "--date", "2025年13月", "--out", out.toString()));
    }

    @Test
    void aBatchRendersInParallelButReportsAndWritesInTheOrderGiven() throws Exception {
        Path in = out.resolve("in");
        Files.createDirectories(in);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render"));
        for (int i = 1; i <= 7; i++) {
            Path input = in.resolve("notice-" + i + ".txt");
            if (i == 4) Files.writeString(input, "");   // an empty input fails, in its place
            else Files.writeString(input, "关于第" + i + "次检查的通知\n\n各科室：\n\n请于本周内完成第" + i + "次自查。\n\n某某局\n2025年3月" + i + "日\n");
            args.add(input.toString());
        }
        Path target = out.resolve("target");
        args.addAll(java.util.List.of("--format", "pdf", "--out", target.toString()));

        int code = run(args.toArray(String[]::new));

        assertEquals(1, code, err());
        java.util.List<String> named = err().lines().map(l -> l.replaceAll(".*notice-(\\d)\\.(txt|pdf).*", "$1")).filter(l -> l.length() == 1).distinct().toList();
        assertEquals(java.util.List.of("1", "2", "3", "4", "5", "6", "7"), named, err());
        assertFalse(Files.exists(target.resolve("notice-4.pdf")));
        // the same file as a render of that input alone
        byte[] inBatch = Files.readAllBytes(target.resolve("notice-6.pdf"));
        Path alone = out.resolve("alone");
        assertEquals(0, run("render", in.resolve("notice-6.txt").toString(), "--format", "pdf", "--out", alone.toString()), err());
        assertArrayEquals(inBatch, Files.readAllBytes(alone.resolve("notice-6.pdf")));
    }
}
