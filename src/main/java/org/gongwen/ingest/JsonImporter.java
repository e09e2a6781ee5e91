package org.gongwen.ingest;

import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;

import java.nio.charset.StandardCharsets;

/** The model's own JSON form (see {@link ModelJson}), taken as the user wrote it. */
public final class JsonImporter {
    private JsonImporter() {}

    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        String json = TextDecoder.decode(bytes);
        limits.checkChars(json.length());
        return ModelJson.read(json);
    }
}
