package org.gongwen.hardening;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Rendered;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.model.Block;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Content that is legal but built to hurt: read or refused clearly, never a hang, a leak or a crash. */
class HostileContentTest {
    static Gongwen gongwen;

    @BeforeAll
    static void load() {
        gongwen = Gongwen.builder().build();
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4711");
        byte[] docx = HostileFiles.externalEntity(secret.toUri().toString()).bytes();
        String seen;
        try {
            seen = gongwen.toJson(gongwen.read("xxe.docx", docx));
        } catch (BadInputException e) {
            seen = e.oneLine();
        }
        assertThat(seen).doesNotContain("TOP-SECRET");
        // the checker reads DOCX its own way: it must not resolve the entity either
        String findings;
        try {
            findings = gongwen.check("xxe.docx", docx, "report").toString();
        } catch (BadInputException e) {
            findings = e.oneLine();
        }
        assertThat(findings).doesNotContain("TOP-SECRET");
    }

    @Test
    void zipBombIsRefusedByTheCheckerToo() {
        byte[] bomb = HostileFiles.zipBomb(300).bytes();
        BadInputException e = assertTimeoutPreemptively(HostileImportTest.HANG,
                () -> org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                        () -> gongwen.check("bomb.docx", bomb, "report")));
        assertThat(e.fault()).isIn(Fault.UNREADABLE, Fault.TOO_LARGE, Fault.TOO_COMPLEX, Fault.UNSUPPORTED, Fault.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030"})
    void chineseLegacyEncodingsAreRead(String charset) {
        String text = "关于开展安全生产检查的通知\n\n各科室：\n\n请于本月底前完成自查，并报送结果。\n";
        OfficialDocument doc = gongwen.read("notice.txt", HostileFiles.encoded(text, charset));
        assertThat(doc.title()).isEqualTo("关于开展安全生产检查的通知");
    }

    static Stream<String> slowMarkdown() {
        return Stream.of(
                "[".repeat(100_000),
                "[a](".repeat(30_000),
                "> ".repeat(20_000) + "引用",
                "*a **".repeat(30_000),
                "_".repeat(100_000),
                "`".repeat(50_000) + "x" + "``".repeat(20_000),
                "<".repeat(50_000) + "a",
                "![".repeat(30_000),
                "- ".repeat(10_000) + "列表",
                "关于通知\n\n" + "| a ".repeat(5_000) + "|\n" + "|---".repeat(5_000) + "|\n");
    }

    @ParameterizedTest
    @MethodSource("slowMarkdown")
    void markdownBuiltToBeSlowIsReadOrRefusedQuickly(String markdown) {
        assertTimeoutPreemptively(HostileImportTest.HANG, () -> {
            try {
                OfficialDocument doc = gongwen.read("slow.md", markdown.getBytes(StandardCharsets.UTF_8));
                assertThat(doc).isNotNull();
            } catch (BadInputException e) {
                assertThat(e.fault()).isIn(Fault.UNREADABLE, Fault.TOO_LARGE, Fault.TOO_COMPLEX, Fault.UNSUPPORTED, Fault.INVALID);
            }
        });
    }

    @Test
    void aTableOf100000CellsIsRefusedBeforeAnyWriterHoldsIt() {
        String md = table(10_000);
        BadInputException e = assertTimeoutPreemptively(HostileImportTest.HANG, () -> assertThrows(BadInputException.class,
                () -> gongwen.read("table.md", md.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.code()).isEqualTo("too-many-blocks");
        assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
        assertThat(e.messageZh()).contains(String.valueOf(ImportLimits.DEFAULT.maxBlocks()));
    }

    /** A notice with a Markdown table of ten columns and {@code rows} rows. */
    private static String table(int rows) {
        StringBuilder md = new StringBuilder("关于报送统计数据的通知\n\n| 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 | 壬 | 癸 |\n");
        md.append("|---".repeat(10)).append("|\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) md.append("| ").append(r % 97).append(' ');
            md.append("|\n");
        }
        return md.toString();
    }

    @Test
    void aTableWithinTheBlockLimitRendersBounded() {
        String md = table(900);
        OfficialDocument doc = gongwen.read("table.md", md.getBytes(StandardCharsets.UTF_8));
        Rendered pdf = assertTimeoutPreemptively(HostileImportTest.HANG, () -> gongwen.render(doc, "report", Format.PDF));
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.pages()).isGreaterThan(10);
    }

    @Test
    void charactersOutsideEveryFontAreNamedAndTheDocumentStillRenders() {
        OfficialDocument doc = gongwen.readText("关于开展安全检查的通知\n\n各科室：\n\n请做好检查😀，另见𓀀和𖠀。\n");
        Rendered pdf = gongwen.render(doc, "report", Format.PDF);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.warnings()).extracting(Warning::code).contains("missing-glyph");
        assertThat(pdf.warnings()).extracting(Warning::message)
                .anySatisfy(m -> assertThat(m).contains("U+1F600"))
                .anySatisfy(m -> assertThat(m).contains("U+13000"));
        assertThat(gongwen.render(doc, "report", Format.DOCX).bytes()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "..", "/etc/passwd", "a\\b", "report\u0000"})
    void templateNamesWithPathSeparatorsAreRefused(String id) {
        OfficialDocument doc = gongwen.readText("关于开展安全检查的通知\n\n请做好检查。\n");
        assertThatThrownBy(() -> gongwen.render(doc, id, Format.DOCX)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> gongwen.templateDocx(id)).isInstanceOf(BadInputException.class);
    }
}
