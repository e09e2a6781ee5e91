package org.gongwen.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder store's lines: fields joined by tabs, a tab, line break or backslash inside a field
 * written as {@code \t}, {@code \n}, {@code \r}, {@code \\}, so that an author's name can never split
 * a line or shift a column.
 */
final class Tsv {
    private Tsv() {}

    static String line(Object... fields) {
        return Stream.of(fields).map(f -> escape(String.valueOf(f))).collect(Collectors.joining("\t")) + "\n";
    }

    /** The fields of one line (without its line break); a stray backslash is malformed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\') {
                if (++i == line.length()) throw new IllegalArgumentException("a line ends in a backslash");
                field.append(switch (line.charAt(i)) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw new IllegalArgumentException("unknown escape \\" + line.charAt(i));
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
