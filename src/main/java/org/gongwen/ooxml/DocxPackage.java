package org.gongwen.ooxml;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A DOCX package (an OPC zip) as its parts' bytes, in zip order: the one way gongwen opens a DOCX,
 * be it a draft (ingest), a document to check (check) or a house template (style), with one set of
 * limits. {@link WordPackage} reads it as a word-processing document.
 *
 * <p>Reading is bounded and strict. Parts are inflated here, never by POI, and the bytes actually
 * inflated (not the sizes the zip headers claim) count against a limit on the whole package. A
 * package cut short, with a damaged entry, or with entries its central directory does not list, is
 * refused. Its package-level XML ([Content_Types].xml, the relationships, the core properties: what
 * POI parses with a parser that logs a stack trace at ERROR for every DTD or malformed part) must be
 * well-formed and free of DTDs, so such a refusal is gongwen's own, in one line.
 *
 * <p>Writing ({@link #zip}) is deterministic: fixed entry times and order.
 */
public final class DocxPackage {

    /**
     * The unpacked size of a whole package, by default: 24 MB, of which its XML may take a sixth
     * ({@link #XML_SHARE}), 4 MB. POI's model of a DOCX and the DOM the checker builds hold 10 to 13
     * bytes of heap per byte of XML (docs/operations.md, "DOCX packages"), so 4 MB of XML needs about
     * 50 MB; pictures and other binary parts are held as they are, about their own size, so a draft
     * with photos up to the upload limit still reads. A real 公文 unpacks to well under 1 MB of XML.
     */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 24L * 1024 * 1024;
    /** The XML parts of a package (what gets parsed) may unpack to this share of its limit together. */
    public static final int XML_SHARE = 6;
    /** Parts a package may have (Word writes about 15; each costs POI a few KB however small). */
    public static final int MAX_PARTS = 2_000;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** End of central directory record: signature, and its size without the trailing comment. */
    private static final int EOCD_SIGNATURE = 0x06054b50, EOCD_SIZE = 22;
    /** Every entry carries this time; 1980-01-01 is the earliest a zip can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * One relationship of a relationships part.
     *
     * @param source   the part it belongs to ("word/document.xml"; "" for the package's own)
     * @param type     its type URI
     * @param target   its target as written (relative to the source's folder unless external)
     * @param external TargetMode="External": a link outside the package
     * @param id       its Id ("rId7"), by which the source refers to it
     */
    public record Relationship(String source, String type, String target, boolean external, String id) {
        /** The last segment of the type ("image", "oleObject", "attachedTemplate"). */
        public String typeName() {
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /**
         * The name of the part it points to ("word/styles.xml"), resolved against the source's folder
         * and percent-decoded as POI resolves it; null for an external target.
         */
        public String targetPart() {
            if (external) return null;
            try {
                return PackagingURIHelper.resolvePartUri(PackagingURIHelper.toURI("/" + source),
                        PackagingURIHelper.toURI(target)).getPath().substring(1);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return target;
            }
        }
    }

    private final Map<String, byte[]> parts;
    private final List<Relationship> relationships = new ArrayList<>();
    private final Map<String, String> defaultTypes = new HashMap<>(), overrideTypes = new HashMap<>();

    private DocxPackage(Map<String, byte[]> parts) {
        this.parts = Collections.unmodifiableMap(parts);
        if (parts.containsKey(CONTENT_TYPES)) readContentTypes();
        for (String name : parts.keySet()) {
            if (name.endsWith(".rels")) readRelationships(name);
        }
        for (Relationship r : relationships) {
            if (r.source().isEmpty() && r.type().endsWith("/metadata/core-properties") && !r.external()) {
                String core = r.target().replaceFirst("^/", "");
                if (parts.containsKey(core)) xml(core);
            }
        }
    }

    /** Reads a DOCX within {@link #DEFAULT_MAX_UNPACKED_BYTES}; see {@link #read(byte[], long)}. */
    public static DocxPackage read(byte[] docx) {
        return read(docx, DEFAULT_MAX_UNPACKED_BYTES);
    }

    /**
     * Reads a DOCX. BadInputException {@code docx-unreadable} (UNREADABLE) when it is not a zip,
     * {@code docx-damaged} (UNREADABLE) when it is cut short or damaged, {@code docx-too-large} (TOO_LARGE) when its
     * parts unpack to more than {@code maxUnpackedBytes} together, its XML parts to more than a
     * {@link #XML_SHARE}th of that, or it has more than {@link #MAX_PARTS} parts.
     */
    public static DocxPackage read(byte[] docx, long maxUnpackedBytes) {
        if (maxUnpackedBytes <= 0) throw new IllegalArgumentException("the unpacked size limit must be positive");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; entries++) {
                if (e.isDirectory()) continue;
                if (parts.size() == MAX_PARTS) throw tooManyParts();
                // at most one byte past what is left of the limit: enough to know the part is over it
                byte[] part = zip.readNBytes((int) Math.min(maxUnpackedBytes - total + 1, Integer.MAX_VALUE - 8));
                total += part.length;
                if (total > maxUnpackedBytes) throw tooLarge(maxUnpackedBytes);
                if (parts.put(e.getName(), part) != null) throw damaged(e.getName(), null);
            }
        } catch (IOException | IllegalArgumentException e) {
            // EOFException: cut inside an entry; ZipException: bad CRC, unknown method…; IAE: a bad name
            throw damaged(null, e);
        }
        if (parts.isEmpty()) {
            throw new BadInputException(Fault.UNREADABLE, "docx-unreadable", "无法读取该DOCX文件：它不是 Word 文档（.docx），请在 Word 中另存为 .docx 后重试",
                    "the file is not a Word document (.docx): save it as .docx in Word and retry");
        }
        if (!complete(docx, entries)) throw damaged(null, null);
        long maxXml = maxUnpackedBytes / XML_SHARE;
        // by name first: the constructor parses the content types and relationships
        checkXml(parts, name -> name.endsWith(".xml") || name.endsWith(".rels"), maxXml);
        DocxPackage pkg = new DocxPackage(parts);
        // then by declared type, which is what POI parses by: XML renamed .bin is still XML
        checkXml(parts, pkg::parsedAsXml, maxXml);
        return pkg;
    }

    private static void checkXml(Map<String, byte[]> parts, Predicate<String> xml, long max) {
        long total = 0;
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (xml.test(p.getKey().toLowerCase(Locale.ROOT))) total += p.getValue().length;
        }
        if (total > max) {
            throw new BadInputException(Fault.TOO_LARGE, "docx-too-large",
                    "DOCX 文件的文字和格式部分解压后超过 " + size(max, "字节") + " 的上限，请拆分文档后再上传",
                    "the DOCX's XML parts unpack to more than " + size(max, "bytes") + " together; split the document");
        }
    }

    /** A part POI would parse: its declared type is XML, or it has no declared type at all. */
    private boolean parsedAsXml(String name) {
        String type = contentType(name);
        return type == null || type.endsWith("xml");
    }

    /**
     * Whether the zip ends with its end-of-central-directory record, and that lists as many entries
     * as were read: a package cut short at any point lacks the record (the JDK's zip stream notices
     * only a cut inside an entry). Read here because the JDK reads a central directory only from a
     * file, and commons-compress would first build an object per listed entry, however many.
     */
    private static boolean complete(byte[] zip, int entries) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = zip.length - EOCD_SIZE; at >= Math.max(0, zip.length - EOCD_SIZE - 0xFFFF); at--) {
            if (b.getInt(at) == EOCD_SIGNATURE && at + EOCD_SIZE + Short.toUnsignedInt(b.getShort(at + 20)) == zip.length) {
                int listed = Short.toUnsignedInt(b.getShort(at + 10));
                return listed == entries || listed == 0xFFFF; // 0xFFFF: Zip64 keeps the count elsewhere
            }
        }
        return false;
    }

    private void readContentTypes() {
        Element types = xml(CONTENT_TYPES).getDocumentElement();
        NodeList defaults = types.getElementsByTagNameNS(Ooxml.CONTENT_TYPES, "Default");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element d = (Element) defaults.item(i);
            defaultTypes.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
        }
        NodeList overrides = types.getElementsByTagNameNS(Ooxml.CONTENT_TYPES, "Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            Element o = (Element) overrides.item(i);
            overrideTypes.put(o.getAttribute("PartName").toLowerCase(Locale.ROOT), o.getAttribute("ContentType"));
        }
    }

    /** The relationships of "dir/_rels/name.rels" belong to "dir/name". */
    private void readRelationships(String relsPart) {
        int folder = relsPart.lastIndexOf("_rels/");
        String source = folder < 0 ? relsPart
                : relsPart.substring(0, folder) + relsPart.substring(folder + 6, relsPart.length() - ".rels".length());
        NodeList list = xml(relsPart).getElementsByTagNameNS(Ooxml.PACKAGE_RELATIONSHIPS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element r = (Element) list.item(i);
            String target = r.getAttribute("Target");
            try {
                PackagingURIHelper.toURI(target); // what POI does with it, logging a stack trace when it fails
            } catch (URISyntaxException e) {
                throw damaged(relsPart, e);
            }
            relationships.add(new Relationship(source, r.getAttribute("Type"), target,
                    "External".equals(r.getAttribute("TargetMode")), r.getAttribute("Id")));
        }
    }

    private org.w3c.dom.Document xml(String part) {
        try {
            return Ooxml.parse(parts.get(part));
        } catch (IllegalArgumentException e) {
            throw damaged(part, e);
        }
    }

    private static BadInputException tooLarge(long limit) {
        return new BadInputException(Fault.TOO_LARGE, "docx-too-large",
                "DOCX 文件解压后超过 " + size(limit, "字节") + " 的上限（文字、图片等各部分合计），请删去大图片或拆分文档后再上传",
                "the DOCX unpacks to more than " + size(limit, "bytes") + " (all its parts together); remove large pictures or split it");
    }

    private static BadInputException tooManyParts() {
        return new BadInputException(Fault.TOO_LARGE, "docx-too-large",
                "DOCX 文件包含的部件超过 " + MAX_PARTS + " 个的上限，请在 Word 中另存为 .docx 或拆分文档后再上传",
                "the DOCX has more than " + MAX_PARTS + " parts; save it again in Word or split it");
    }

    private static BadInputException damaged(String part, Throwable cause) {
        return new BadInputException(Fault.UNREADABLE, "docx-damaged",
                "文件不完整或已损坏" + (part == null ? "" : "（" + part + " 无法读取）") + "：请在 Word 中打开并另存为 .docx 后再上传",
                "the file is incomplete or damaged" + (part == null ? "" : " (" + part + " is unreadable)")
                        + ": open it in Word, save it as .docx and retry", cause);
    }

    private static String size(long bytes, String unit) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes + " " + unit;
    }

    public boolean has(String name) { return parts.containsKey(name); }

    /** The name the package holds {@code name} under: itself, else one that differs in case (OPC names ignore case); null when none. */
    public String find(String name) {
        if (name == null || parts.containsKey(name)) return name;
        for (String n : parts.keySet()) if (n.equalsIgnoreCase(name)) return n;
        return null;
    }

    /** The part's bytes, or null when the package has no such part. */
    public byte[] part(String name) { return parts.get(name); }

    /** All parts in zip order (read-only). */
    public Map<String, byte[]> parts() { return parts; }

    /** A copy of the parts to change and then {@link #zip zip}. */
    public LinkedHashMap<String, byte[]> mutableCopy() { return new LinkedHashMap<>(parts); }

    /** The relationships of every relationships part, in zip order. */
    public List<Relationship> relationships() { return Collections.unmodifiableList(relationships); }

    /** The part's content type from [Content_Types].xml (its override, else its extension's default), or null. */
    public String contentType(String name) {
        String override = overrideTypes.get("/" + name.toLowerCase(Locale.ROOT));
        if (override != null) return override;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : defaultTypes.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The package for POI to read, read-only, and the only way gongwen hands a package to POI: POI
     * reads these parts as they are here, already inflated and bounded, so it inflates nothing itself
     * and its static ZipSecureFile limits never come into play (no class of gongwen opens a zip or an
     * OPC package any other way; {@code OoxmlBoundaryTest} holds that).
     */
    public OPCPackage opc() throws InvalidFormatException {
        return OPCPackage.open(new PartSource(parts));
    }

    /** The parts as POI's view of a zip. */
    private static final class PartSource implements ZipEntrySource {
        private final Map<String, byte[]> parts;
        private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        private boolean closed;

        PartSource(Map<String, byte[]> parts) {
            this.parts = parts;
            parts.forEach((name, bytes) -> {
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                e.setSize(bytes.length);
                entries.put(name, e);
            });
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() { return Collections.enumeration(entries.values()); }

        /** As POI's own sources: the exact name, else one that differs in case (OPC names ignore case). */
        @Override
        public ZipArchiveEntry getEntry(String path) {
            ZipArchiveEntry e = entries.get(path);
            if (e != null) return e;
            return entries.values().stream().filter(x -> x.getName().equalsIgnoreCase(path)).findFirst().orElse(null);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) { return new ByteArrayInputStream(parts.get(entry.getName())); }

        @Override
        public void close() { closed = true; }

        @Override
        public boolean isClosed() { return closed; }
    }

    /** Zips parts in the given order with fixed entry times: same parts, same bytes. */
    private static final java.util.regex.Pattern COMPRESSED_PICTURE =
            java.util.regex.Pattern.compile("(?i)word/media/figure\\d+\\.(?:png|jpe?g)");

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setTimeLocal(ENTRY_TIME);
                if (COMPRESSED_PICTURE.matcher(p.getKey()).matches()) {
                    // a PNG or JPEG is compressed already: deflating it again at level 9 costs ~50 ms a MB for nothing
                    CRC32 crc = new CRC32();
                    crc.update(p.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(p.getValue().length);
                    e.setCompressedSize(p.getValue().length);
                    e.setCrc(crc.getValue());
                }
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
