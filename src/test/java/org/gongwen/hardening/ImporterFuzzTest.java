package org.gongwen.hardening;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.BadInputException;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Property-based fuzzing of the importers: whatever the bytes, reading either gives a document or
 * a {@link BadInputException} — never another exception, never a hang. Documents that do import
 * are then rendered, which must not fail either. Tries are bounded (junit-platform.properties).
 */
class ImporterFuzzTest {
    static final Gongwen GONGWEN = Gongwen.builder().build();
    static final Duration HANG = Duration.ofSeconds(20);
    /** Characters that mean something to Markdown, the structure detector or the typesetter. */
    static final String MARKUP = "#*_`[]()!<>|-+=~:：；;，,。.、\"'“”（）〔〕《》{}\\/ \t\n\r\f\u00a0\u3000"
            + "一二三四五六七八九十第章条款附件主送抄送关于通知年月日号0123456789abcXYZ";

    @Property
    void anyBytesAsText(@ForAll @Size(max = 2000) byte[] bytes) {
        readOrRefuse("fuzz.txt", bytes);
    }

    @Property
    void anyTextAsText(@ForAll("markupText") String text) {
        readOrRefuse("fuzz.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void anyTextAsMarkdown(@ForAll("markupText") String text) {
        readOrRefuse("fuzz.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void anyUnicodeAsMarkdown(@ForAll @Size(max = 500) String text) {
        readOrRefuse("fuzz.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void mutatedJson(@ForAll("mutatedJson") String json) {
        readOrRefuse("fuzz.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void mutatedDocx(@ForAll("mutatedDocx") byte[] docx) {
        readOrRefuse("fuzz.docx", docx);
    }

    @Property(tries = 60)
    void importedTextRenders(@ForAll("markupText") String text) {
        OfficialDocument doc = readOrRefuse("fuzz.md", text.getBytes(StandardCharsets.UTF_8));
        if (doc == null) return;
        assertTimeoutPreemptively(HANG, () -> {
            for (Format f : Format.values()) {
                try {
                    GONGWEN.render(doc, "report", f);
                } catch (BadInputException refused) {
                    // a clear refusal (say, no title) is an allowed answer
                }
            }
        });
    }

    /** The document, or null when it was refused as bad input; anything else fails the property. */
    static OfficialDocument readOrRefuse(String name, byte[] bytes) {
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                return GONGWEN.read(name, bytes);
            } catch (BadInputException refused) {
                return null;
            }
        });
    }

    @Provide
    Arbitrary<String> markupText() {
        Arbitrary<String> line = Arbitraries.strings().withChars(MARKUP.toCharArray()).ofMaxLength(60);
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        String valid = GONGWEN.toJson(GONGWEN.readText(
                "关于开展安全检查的通知\n\n各科室：\n\n一、检查范围\n\n请做好检查。\n\n附件：1.检查表\n\n某某局\n2025年1月20日\n"));
        return mutations(valid.getBytes(StandardCharsets.UTF_8)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> mutatedDocx() {
        byte[] valid = GONGWEN.render(GONGWEN.readText("关于开展安全检查的通知\n\n各科室：\n\n一、检查范围\n\n请做好检查。\n"),
                "report", Format.DOCX).bytes();
        return mutations(valid);
    }

    /** Byte flips, cuts and insertions at random places of a valid input. */
    static Arbitrary<byte[]> mutations(byte[] valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length - 1);
        Arbitrary<byte[]> flips = Combinators.combine(at.list().ofMinSize(1).ofMaxSize(8), Arbitraries.bytes().list().ofSize(8))
                .as((positions, values) -> {
                    byte[] b = valid.clone();
                    for (int i = 0; i < positions.size(); i++) b[positions.get(i)] = values.get(i);
                    return b;
                });
        Arbitrary<byte[]> cuts = at.map(n -> java.util.Arrays.copyOf(valid, n));
        Arbitrary<byte[]> inserts = Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
                .as((n, extra) -> {
                    byte[] b = new byte[valid.length + extra.length];
                    System.arraycopy(valid, 0, b, 0, n);
                    System.arraycopy(extra, 0, b, n, extra.length);
                    System.arraycopy(valid, n, b, n + extra.length, valid.length - n);
                    return b;
                });
        return Arbitraries.oneOf(List.of(flips, cuts, inserts));
    }
}
