package org.gongwen.ingest;

import org.gongwen.model.OfficialDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text as pasted from a portal, a chat or a draft: one paragraph per line. A table copied
 * from a web page or Word arrives as tab-separated lines; two or more such lines with the same
 * number of cells become a table.
 */
public final class TextImporter {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u000B\\u2028\\u2029]");
    private static final Pattern TAB = Pattern.compile("\\t+");

    private TextImporter() {}

    public static OfficialDocument read(String text, ImportLimits limits) {
        limits.checkChars(text.length());
        return StructureDetector.detect(pieces(Arrays.asList(LINE_BREAK.split(text))));
    }

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        return read(TextDecoder.decode(bytes), limits);
    }

    private static List<Piece> pieces(List<String> lines) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            int columns = cells(lines.get(i)).size();
            int end = i;
            while (columns >= 2 && end < lines.size() && cells(lines.get(end)).size() == columns
                    && !PortalChrome.isChrome(Normalizer.line(lines.get(end)))) {
                end++;
            }
            if (end - i >= 2) {
                out.add(new Piece.Grid(lines.subList(i, end).stream().map(TextImporter::cells).toList(), 1));
                i = end;
            } else {
                out.add(new Piece.Line(lines.get(i)));
                i++;
            }
        }
        return out;
    }

    /** The tab-separated cells of a line; one cell when it has no tab between text. */
    private static List<String> cells(String line) {
        String t = line.strip();
        return t.indexOf('\t') < 0 ? List.of(t) : List.of(TAB.split(t));
    }
}
