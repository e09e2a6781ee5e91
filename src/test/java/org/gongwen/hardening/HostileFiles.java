package org.gongwen.hardening;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files built to break an importer: each is a name and the bytes an attacker or a confused clerk would send. */
final class HostileFiles {
    static final String MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml";

    record Hostile(String name, byte[] bytes) {
        @Override
        public String toString() { return name; }
    }

    private HostileFiles() {}

    static Hostile empty(String name) { return new Hostile(name, new byte[0]); }

    static Hostile randomBytes() {
        byte[] b = new byte[64 * 1024];
        new Random(7).nextBytes(b);
        return new Hostile("random.docx", b);
    }

    static Hostile textNamedDocx() {
        return new Hostile("text.docx", "关于开展安全检查的通知\n\n各科室：\n\n请做好检查。\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A DOCX whose document.xml inflates to {@code megabytes} MB of one repeated paragraph. */
    static Hostile zipBomb(int megabytes) {
        return new Hostile("bomb.docx", docx(MAIN_TYPE, out -> {
            out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] para = "<w:p><w:r><w:t>公文公文公文公文公文公文公文公文</w:t></w:r></w:p>".repeat(64).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < megabytes * 1024L * 1024L; written += para.length) out.write(para);
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }));
    }

    /** A DOCX whose body pulls in a local file through an external entity. */
    static Hostile externalEntity(String systemId) {
        return new Hostile("xxe.docx", docx(MAIN_TYPE, out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + systemId + "\">]>\n"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>内容：&secret;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8))));
    }

    /** A well-formed Word document whose main part is macro-enabled (.docm content), named .docx. */
    static Hostile macroEnabled() {
        return new Hostile("macro.docx", docx(MACRO_TYPE, out -> out.write((
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8))));
    }

    /** A password-protected DOCX, as Word writes it: an OLE2 container holding the encrypted package. */
    static Hostile encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(textDocx());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return new Hostile("encrypted.docx", bytes.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A package whose first part claims a zip method Word never writes (93 Zstandard, 95 XZ): the
     * zip library wants an optional codec for it that is not installed. Found by the fuzz test.
     */
    static Hostile unsupportedZipMethod(int method) {
        byte[] b = textDocx();
        b[6] &= ~0x08;          // first local file header: no data descriptor (sizes in the header) …
        b[8] = (byte) method;   // … and the method
        b[9] = (byte) (method >> 8);
        return new Hostile("method-" + method + ".docx", b);
    }

    static Hostile invalidUtf8() {
        byte[] b = new byte[4096];
        new Random(11).nextBytes(b);
        for (int i = 0; i < b.length; i++) if (b[i] == 0) b[i] = (byte) 0xC3; // no NUL: it must fail as an encoding
        return new Hostile("garbage.txt", b);
    }

    static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    static byte[] textDocx() {
        return docx(MAIN_TYPE, out -> out.write((
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The three parts Word needs: content types, the package relationship, the main document. */
    static byte[] docx(String mainType, Body document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            document.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
