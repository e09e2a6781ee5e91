package org.gongwen.ingest;

import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;

/** The model's own JSON form (see {@link ModelJson}), taken as the user wrote it. */
public final class JsonImporter {
    /** A string this long of base64's letters only is a picture's data, not text. */
    private static final int DATA_STRING = 256;

    private JsonImporter() {}

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        String json = TextDecoder.decode(bytes);
        limits.checkChars(textLength(json));
        return ModelJson.read(json);
    }

    /**
     * The JSON's length less its pictures' base64 data (figure blocks' "data"): the characters limit
     * is about text; the pictures have theirs ({@link ImportLimits#maxImagesBytes}, within the file's bytes).
     */
    static long textLength(String json) {
        long data = 0;
        int start = -1;
        boolean base64 = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (start < 0) {
                if (c == '"') { start = i + 1; base64 = isDataValue(json, i); }
            } else if (c == '\\') {
                base64 = false;
                i++;
            } else if (c == '"') {
                if (base64 && i - start >= DATA_STRING) data += i - start;
                start = -1;
            } else if (base64 && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=')) {
                base64 = false;
            }
        }
        return json.length() - data;
    }

    /** The string opening at {@code quote} is the value of a "data" key (a figure's picture), not any text. */
    private static boolean isDataValue(String json, int quote) {
        int k = quote - 1;
        while (k >= 0 && Character.isWhitespace(json.charAt(k))) k--;
        if (k < 0 || json.charAt(k) != ':') return false;
        k--;
        while (k >= 0 && Character.isWhitespace(json.charAt(k))) k--;
        return k >= 5 && json.startsWith("\"data\"", k - 5);
    }
}
