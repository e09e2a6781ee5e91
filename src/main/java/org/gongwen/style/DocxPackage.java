package org.gongwen.style;

import org.gongwen.model.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a DOCX (an OPC zip) as bytes, in their zip order. Reading is bounded (a template
 * is small); writing is deterministic: fixed entry times and order, so the same parts always give
 * the same bytes.
 */
public final class DocxPackage {

    /** Limits for reading a template or a DOCX: entries and total unpacked size. */
    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    /** Every entry carries this time; 1980-01-01 is the earliest a zip can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Map<String, byte[]> parts;

    private DocxPackage(Map<String, byte[]> parts) {
        this.parts = Collections.unmodifiableMap(parts);
    }

    /** Reads a DOCX; BadInputException {@code docx-unreadable} when it is not a zip or too large. */
    public static DocxPackage read(byte[] docx, String what) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) continue;
                if (parts.size() >= MAX_ENTRIES) throw unreadable(what, null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) throw unreadable(what, null);
                    out.write(buf, 0, n);
                }
                parts.put(e.getName(), out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw unreadable(what, ex);
        }
        if (!parts.containsKey("word/document.xml")) throw unreadable(what, null);
        return new DocxPackage(parts);
    }

    private static BadInputException unreadable(String what, Throwable cause) {
        return new BadInputException("docx-unreadable",
                what + " 不是可读的 Word 文档（.docx），或文件过大，请用 Word 另存为 .docx 后重试",
                what + " is not a readable Word document (.docx) or is too large; save it as .docx in Word and retry",
                400, cause);
    }

    public boolean has(String name) { return parts.containsKey(name); }

    /** The part's bytes, or null when the package has no such part. */
    public byte[] part(String name) { return parts.get(name); }

    /** All parts in zip order (read-only). */
    public Map<String, byte[]> parts() { return parts; }

    /** A copy of the parts to change and then {@link #zip zip}. */
    public LinkedHashMap<String, byte[]> mutableCopy() { return new LinkedHashMap<>(parts); }

    /** Zips parts in the given order with fixed entry times: same parts, same bytes. */
    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(e);
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
