package org.gongwen.hardening;

import org.gongwen.check.HostilePdfs;
import org.gongwen.hardening.HostileFiles.Hostile;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;

/** Inputs that every entry (importers, CLI, API) must refuse as bad input, within seconds. */
final class RefusedInputs {
    private RefusedInputs() {}

    static Stream<Hostile> all() {
        return Stream.of(
                HostileFiles.empty("empty.txt"),
                HostileFiles.empty("empty.docx"),
                HostileFiles.empty("empty.json"),
                HostileFiles.randomBytes(),
                HostileFiles.textNamedDocx(),
                HostileFiles.zipBomb(300),
                HostileFiles.encrypted(),
                HostileFiles.macroEnabled(),
                HostileFiles.invalidUtf8(),
                HostileFiles.unsupportedZipMethod(93),
                HostileFiles.unsupportedZipMethod(95),
                new Hostile("nested.json", ("{\"title\":" + "[".repeat(200_000)).getBytes(StandardCharsets.UTF_8)),
                new Hostile("nested-closed.json", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)),
                new Hostile("malformed.json", "{\"title\": \"关于\", \"blocks\": [ {\"type\": ".getBytes(StandardCharsets.UTF_8)),
                new Hostile("long-paragraph.txt", ("关于开展安全检查的通知\n\n" + "公".repeat(3_000_000)).getBytes(StandardCharsets.UTF_8)),
                new Hostile("program.exe", new byte[]{'M', 'Z', 0, 0}),
                // a title no title can be: the breaker once recursed a frame per line and overflowed the stack
                new Hostile("long-title.json", ("{\"title\":\"" + "关于".repeat(200_000) + "\",\"blocks\":[]}")
                        .getBytes(StandardCharsets.UTF_8)),
                // more blocks than any document: 600,000 of them once ran the DOCX writer out of memory
                new Hostile("many-notes.json", ("{\"title\":\"关于\",\"blocks\":["
                        + String.join(",", Collections.nCopies(10_001, "{\"type\":\"note\",\"text\":\"注\"}")) + "]}")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The PDFs of issue 12 rows 2-5, by name: a self-drawing form, nested forms, 20,000 pages, 4 million glyphs. */
    static byte[] pdf(String kind) {
        return switch (kind) {
            case "self-drawing" -> HostilePdfs.selfDrawingForm();
            case "nested" -> HostilePdfs.nestedForms(8, 10);
            case "pages" -> HostilePdfs.pages(20_000);
            case "glyphs" -> HostilePdfs.glyphs(4_000_000);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
