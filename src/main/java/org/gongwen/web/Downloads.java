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

    private Downloads() {}

    /** The title without characters a file system refuses; 公文 when there is no title. */
    static String baseName(OfficialDocument document) {
        String title = document.title() == null ? "" : document.title();
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", " ").strip();
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
