package org.gongwen.ingest;

import org.gongwen.testing.SharedSamples;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportersTest {
    private static final String LETTER = "某某局关于报送材料的函\n各单位：\n请于3月底前报送。\n某某局\n2025年3月1日\n";

    @Test
    void gbkTextIsDecoded() {
        OfficialDocument gbk = Importers.read("letter.txt", LETTER.getBytes(Charset.forName("GBK")));
        OfficialDocument utf8 = Importers.read("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8));
        assertThat(gbk).isEqualTo(utf8);
        assertThat(gbk.title()).isEqualTo("某某局关于报送材料的函");
    }

    @Test
    void bomsAreStrippedAndUtf16WithBomIsRead() {
        byte[] body = LETTER.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(Importers.read("a.txt", withBom).title()).isEqualTo("某某局关于报送材料的函");
        byte[] utf16 = ("\uFEFF" + LETTER).getBytes(StandardCharsets.UTF_16LE);
        assertThat(Importers.read("a.txt", utf16).title()).isEqualTo("某某局关于报送材料的函");
    }

    @Test
    void undecodableBytesAreRefused() {
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        assertThatThrownBy(() -> Importers.read("a.txt", junk))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("text-encoding");
                    assertThat(e.fault()).isEqualTo(Fault.UNREADABLE);
                });
    }

    @Test
    void unsupportedExtensionsAre415() {
        for (String name : new String[]{"report.pdf", "report.doc", "report"}) {
            assertThatThrownBy(() -> Importers.read(name, new byte[]{1}))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("unsupported-format");
                        assertThat(e.fault()).isEqualTo(Fault.UNSUPPORTED);
                    });
        }
    }

    @Test
    void limitsAre413() {
        ImportLimits small = new ImportLimits(1000, 100, 100, 50, 1 << 20);
        assertThatThrownBy(() -> Importers.read("a.txt", "某".repeat(101).getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("input-too-long");
                    assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
                });
        assertThatThrownBy(() -> Importers.read("a.docx", new byte[1001], small))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("input-too-large"));
        assertThatThrownBy(() -> Importers.readText("字".repeat(ImportLimits.DEFAULT.maxChars() + 1), ImportLimits.DEFAULT))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE));
    }

    @Test
    void extensionsAreCaseInsensitive() throws IOException {
        String name = "shanghai-soil-remediation-list-letter.txt";
        assertThat(Importers.read("LETTER.TXT", SharedSamples.bytes(name))).isEqualTo(Importers.read(name, SharedSamples.bytes(name)));
        assertThat(Importers.read("letter.md", SharedSamples.bytes(name)).title())
                .isEqualTo(Importers.read(name, SharedSamples.bytes(name)).title());
    }
}
