package org.gongwen.ingest;

import org.gongwen.model.OfficialDocument;

import java.util.Arrays;
import java.util.List;

/** Plain text as pasted from a portal, a chat or a draft: one paragraph per line. */
public final class TextImporter {
    private TextImporter() {}

    public static OfficialDocument read(String text, ImportLimits limits) {
        limits.checkChars(text.length());
        List<Piece> lines = Arrays.stream(text.split("\\r\\n|[\\r\\n\\u000B\\u2028\\u2029]"))
                .<Piece>map(Piece.Line::new).toList();
        return StructureDetector.detect(lines);
    }

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        return read(TextDecoder.decode(bytes), limits);
    }
}
