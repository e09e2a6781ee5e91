package org.gongwen.web;

import org.gongwen.model.OfficialDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** File responses named after the document's title (RFC 6266, UTF-8 filename* with an ASCII fallback). */
final class Downloads {
    private static final int MAX_NAME = 80;
    /**
     * What a file name must not carry: characters file systems refuse, controls, and invisible format
     * characters — bidi overrides such as U+202E would let a name ending "U+202E fdp.exe" show as "exe.pdf".
     */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]";

    private Downloads() {}

    /** The title without characters a file system refuses or that disguise it; 公文 when there is no title. */
    static String baseName(OfficialDocument document) {
        String title = document.title() == null ? "" : document.title();
        String name = title.replaceAll(UNSAFE, "").replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) name = "公文";
        return name.codePointCount(0, name.length()) > MAX_NAME
                ? name.substring(0, name.offsetByCodePoints(0, MAX_NAME)) : name;
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String contentType, String baseName, String extension) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(baseName + "." + extension, extension))
                .body(bytes);
    }

    /** attachment; filename="gongwen.pdf"; filename*=UTF-8''%E5%85%B3… */
    static String contentDisposition(String fileName, String extension) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"gongwen." + extension + "\"; filename*=UTF-8''" + encoded;
    }
}
