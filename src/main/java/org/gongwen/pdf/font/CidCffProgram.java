package org.gongwen.pdf.font;

import org.gongwen.style.FontFace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CID-keyed CFF outlines of an OpenType font, indexed once, written out per document as a
 * subset (Adobe TN 5176). Reading each face once matters: the bundled Fandol faces are 5–8 MB of
 * unsubroutinised outlines, and copying and re-parsing them for every document was a tenth of a PDF
 * render and most of its garbage.
 *
 * <p>The subset keeps the glyphs asked for, in glyph order, and numbers them by their glyph id in
 * the whole font (CID = GID, registry Adobe-Identity-0). That is what the PDF's content streams
 * already hold: Identity-H codes that are glyph ids. The faces' own CIDs are Adobe-GB1 numbers,
 * which differ from their glyph ids after the first 8,896 glyphs (¥, –, €, box drawing…), so
 * keeping them drew nothing for those characters.
 *
 * <p>Charstrings, global and local subroutines are copied byte for byte; only the dictionaries and
 * tables that hold offsets are rewritten. Immutable and thread-safe.
 */
public final class CidCffProgram {
    private static final int OP_CHARSET = 15, OP_ENCODING = 16, OP_CHARSTRINGS = 17, OP_PRIVATE = 18, OP_SUBRS = 19;
    private static final int OP_ROS = 1230, OP_CIDCOUNT = 1234, OP_FDARRAY = 1236, OP_FDSELECT = 1237, OP_FONTNAME = 1238;
    /**
     * DICT entries that name strings (the subset has its own two), identify the whole font, point
     * into it or are rewritten: not copied into a subset's Top DICT or Font DICTs.
     */
    private static final List<Integer> NOT_COPIED = List.of(0, 1, 2, 3, 4, 13, 14, 1200, 1220, 1221, 1222, 1231, 1232, 1233, 1235,
            OP_FONTNAME, OP_ROS, OP_CIDCOUNT, OP_CHARSET, OP_ENCODING, OP_CHARSTRINGS, OP_PRIVATE, OP_FDARRAY, OP_FDSELECT);
    /** Standard strings in every CFF; the subset's own strings follow them. */
    private static final int STANDARD_STRINGS = 391;

    /** The subset's String INDEX ("Adobe", "Identity", for its ROS): the same for every subset. */
    private static final byte[] STRING_INDEX = Index.of(List.of(ascii("Adobe"), ascii("Identity")));

    private final byte[] font;
    /** The Name INDEX: the font's name, as in the face. */
    private final byte[] nameIndex;
    /** The Top DICT entries a subset keeps, as bytes; the subset adds ROS, CIDCount and offsets. */
    private final byte[] topKept;
    private final int globalSubrsStart, globalSubrsEnd;
    private final Index charStrings;
    private final byte[] fdOfGlyph;
    private final List<FontDict> fontDicts;
    private final FaceHuffman code;

    private CidCffProgram(byte[] font, int cff, int cffLength) {
        this.font = font;
        int end = cff + cffLength;
        int hdrSize = u8(cff + 2);
        Index names = new Index(font, cff + hdrSize, end);
        this.nameIndex = Index.of(List.of(Arrays.copyOfRange(font, names.start(0), names.start(0) + names.length(0))));
        Index tops = new Index(font, names.end, end);
        Index strings = new Index(font, tops.end, end);
        Index globalSubrs = new Index(font, strings.end, end);
        this.globalSubrsStart = strings.end;
        this.globalSubrsEnd = globalSubrs.end;
        Dict top = new Dict(font, tops.start(0), tops.start(0) + tops.length(0));
        if (top.find(OP_ROS) == null) throw new IllegalArgumentException("not a CID-keyed CFF font");
        this.topKept = keptEntries(top.entries);
        this.charStrings = new Index(font, cff + top.require(OP_CHARSTRINGS).intAt(0), end);
        this.fdOfGlyph = readFdSelect(cff + top.require(OP_FDSELECT).intAt(0), charStrings.count);
        Index fdArray = new Index(font, cff + top.require(OP_FDARRAY).intAt(0), end);
        List<FontDict> fds = new ArrayList<>();
        for (int i = 0; i < fdArray.count; i++) {
            Dict fd = new Dict(font, fdArray.start(i), fdArray.start(i) + fdArray.length(i));
            Dict.Entry priv = fd.require(OP_PRIVATE);
            int privStart = cff + priv.intAt(1), privEnd = privStart + priv.intAt(0);
            Dict privateDict = new Dict(font, privStart, privEnd);
            Dict.Entry subrs = privateDict.find(OP_SUBRS);
            int subrsStart = subrs == null ? -1 : privStart + subrs.intAt(0);
            int subrsEnd = subrs == null ? -1 : new Index(font, subrsStart, end).end;
            fds.add(fontDict(fd.entries, privateDict.entries, subrsStart, subrsEnd));
        }
        this.fontDicts = fds;
        for (byte fd : fdOfGlyph) if ((fd & 0xFF) >= fds.size()) throw new IllegalArgumentException("FDSelect names a missing font dict");
        this.code = new FaceHuffman(font, cff, end);
    }

    /**
     * Indexes the CFF table of an OpenType font file, or returns null when the font has no
     * CID-keyed CFF outlines (TrueType outlines, name-keyed CFF, or a table this class does not
     * read): such fonts are embedded by OpenPDF as before.
     */
    public static CidCffProgram of(byte[] openType) {
        try {
            int[] table = FontFace.table(openType, "CFF ");
            return table == null ? null : new CidCffProgram(openType, table[0], table[1]);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    public int glyphCount() { return charStrings.count; }

    /** {@link #subset} as a zlib stream, coded with the face's own Huffman code. */
    public byte[] deflatedSubset(int[] glyphIds) {
        return code.deflate(subset(glyphIds));
    }

    /**
     * A CID-keyed CFF font program holding .notdef and the given glyphs, each under CID = its glyph
     * id. Glyph ids out of range are ignored.
     */
    public byte[] subset(int[] glyphIds) {
        int[] gids = Arrays.stream(glyphIds).filter(g -> g > 0 && g < charStrings.count).sorted().distinct().toArray();
        int n = gids.length + 1;
        int[] kept = new int[n];
        System.arraycopy(gids, 0, kept, 1, gids.length);

        // Font dicts the kept glyphs use, renumbered in order of first use.
        int[] fdMap = new int[fontDicts.size()];
        Arrays.fill(fdMap, -1);
        List<Integer> usedFds = new ArrayList<>();
        byte[] newFdSelect = new byte[n];
        for (int i = 0; i < n; i++) {
            int fd = fdOfGlyph[kept[i]] & 0xFF;
            if (fdMap[fd] < 0) { fdMap[fd] = usedFds.size(); usedFds.add(fd); }
            newFdSelect[i] = (byte) fdMap[fd];
        }

        byte[] charset = charset(kept);
        byte[] fdSelect = fdSelect(newFdSelect);
        byte[] charStringIndex = charStringIndex(kept);
        // Every offset is written as a 5-byte integer, so the dictionaries' sizes do not depend on
        // the offsets they hold and one layout pass suffices.
        int topIndexSize = Index.sizeOf(List.of(topDict(0, 0, 0, 0).length));
        int charsetAt = 4 + nameIndex.length + topIndexSize + STRING_INDEX.length + (globalSubrsEnd - globalSubrsStart);
        int fdSelectAt = charsetAt + charset.length;
        int charStringsAt = fdSelectAt + fdSelect.length;
        int fdArrayAt = charStringsAt + charStringIndex.length;
        List<Integer> fdSizes = new ArrayList<>();
        for (int fd : usedFds) fdSizes.add(fontDicts.get(fd).withPrivateAt(0).length);
        List<byte[]> fdBytes = new ArrayList<>();
        int at = fdArrayAt + Index.sizeOf(fdSizes);   // the private dicts follow the FDArray
        for (int fd : usedFds) {
            fdBytes.add(fontDicts.get(fd).withPrivateAt(at));
            at += fontDicts.get(fd).privateBlock.length;
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(at);
        out.write(1); out.write(0); out.write(4); out.write(4);   // version 1.0, header size 4, offsets of 4 bytes
        out.writeBytes(nameIndex);
        out.writeBytes(Index.of(List.of(topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
        out.writeBytes(STRING_INDEX);
        out.write(font, globalSubrsStart, globalSubrsEnd - globalSubrsStart);
        out.writeBytes(charset);
        out.writeBytes(fdSelect);
        out.writeBytes(charStringIndex);
        out.writeBytes(Index.of(fdBytes));
        for (int fd : usedFds) out.writeBytes(fontDicts.get(fd).privateBlock);
        return out.toByteArray();
    }

    private byte[] topDict(int charsetAt, int fdSelectAt, int charStringsAt, int fdArrayAt) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        Dict.writeInt(d, STANDARD_STRINGS);
        Dict.writeInt(d, STANDARD_STRINGS + 1);
        Dict.writeInt(d, 0);
        Dict.writeOp(d, OP_ROS);
        d.writeBytes(topKept);
        Dict.writeInt(d, charStrings.count);
        Dict.writeOp(d, OP_CIDCOUNT);
        Dict.writeInt5(d, charsetAt);
        Dict.writeOp(d, OP_CHARSET);
        Dict.writeInt5(d, fdSelectAt);
        Dict.writeOp(d, OP_FDSELECT);
        Dict.writeInt5(d, charStringsAt);
        Dict.writeOp(d, OP_CHARSTRINGS);
        Dict.writeInt5(d, fdArrayAt);
        Dict.writeOp(d, OP_FDARRAY);
        return d.toByteArray();
    }

    /**
     * A font dict as subsets write it: its kept entries, then its Private DICT with the local
     * subroutines, if any, placed right after it (Subrs counts from the Private DICT's start).
     */
    private FontDict fontDict(List<Dict.Entry> entries, List<Dict.Entry> privateEntries, int subrsStart, int subrsEnd) {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        for (Dict.Entry e : privateEntries) if (e.op() != OP_SUBRS) e.copyTo(p);
        if (subrsStart >= 0) {
            Dict.writeInt5(p, p.size() + 6);   // the Subrs entry itself: 5 bytes of offset, 1 of operator
            Dict.writeOp(p, OP_SUBRS);
        }
        int privateSize = p.size();
        if (subrsStart >= 0) p.write(font, subrsStart, subrsEnd - subrsStart);
        return new FontDict(keptEntries(entries), privateSize, p.toByteArray());
    }

    /** The entries of a DICT that a subset copies, as bytes. */
    private static byte[] keptEntries(List<Dict.Entry> entries) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        for (Dict.Entry e : entries) if (!NOT_COPIED.contains(e.op())) e.copyTo(d);
        return d.toByteArray();
    }

    /** Format 0: the CID of every glyph after .notdef, which is its glyph id in the whole font. */
    private static byte[] charset(int[] kept) {
        byte[] b = new byte[1 + 2 * (kept.length - 1)];
        for (int i = 1; i < kept.length; i++) {
            b[2 * i - 1] = (byte) (kept[i] >> 8);
            b[2 * i] = (byte) kept[i];
        }
        return b;
    }

    /** Format 3: ranges of glyphs sharing a font dict. */
    private static byte[] fdSelect(byte[] fdOfNewGlyph) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < fdOfNewGlyph.length; i++) {
            if (i == 0 || fdOfNewGlyph[i] != fdOfNewGlyph[i - 1]) ranges.add(new int[]{i, fdOfNewGlyph[i] & 0xFF});
        }
        b.write(3);
        writeCard16(b, ranges.size());
        for (int[] r : ranges) { writeCard16(b, r[0]); b.write(r[1]); }
        writeCard16(b, fdOfNewGlyph.length);
        return b.toByteArray();
    }

    private byte[] charStringIndex(int[] kept) {
        int total = 0;
        for (int g : kept) total += charStrings.length(g);
        int offSize = Index.offSize(total + 1);
        byte[] b = new byte[3 + (kept.length + 1) * offSize + total];
        b[0] = (byte) (kept.length >> 8);
        b[1] = (byte) kept.length;
        b[2] = (byte) offSize;
        int offsets = 3, data = 3 + (kept.length + 1) * offSize, offset = 1;
        for (int i = 0; i <= kept.length; i++) {
            Index.putOffset(b, offsets + i * offSize, offSize, offset);
            if (i == kept.length) break;
            int len = charStrings.length(kept[i]);
            System.arraycopy(font, charStrings.start(kept[i]), b, data, len);
            data += len;
            offset += len;
        }
        return b;
    }

    private byte[] readFdSelect(int at, int glyphs) {
        byte[] fds = new byte[glyphs];
        int format = u8(at);
        if (format == 0) {
            System.arraycopy(font, at + 1, fds, 0, glyphs);
        } else if (format == 3) {
            int ranges = u16(at + 1);
            if (ranges == 0 || u16(at + 3) != 0 || u16(at + 3 + 3 * ranges) != glyphs) throw new IllegalArgumentException("FDSelect does not cover the glyphs");
            for (int r = 0; r < ranges; r++) {
                int p = at + 3 + 3 * r;
                int first = u16(p), fd = u8(p + 2), next = u16(p + 3);
                if (first > next) throw new IllegalArgumentException("bad FDSelect range");
                Arrays.fill(fds, first, next, (byte) fd);
            }
        } else {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        return fds;
    }

    /** The offset and length of an OpenType table, or null when the file has none by that tag. */

    private int u8(int at) { return font[at] & 0xFF; }

    private int u16(int at) { return ((font[at] & 0xFF) << 8) | (font[at + 1] & 0xFF); }

    private static void writeCard16(ByteArrayOutputStream b, int v) {
        b.write(v >> 8);
        b.write(v);
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    /** A font dict's kept entries, and its Private DICT (of privateSize bytes) with its local subroutines. */
    private record FontDict(byte[] kept, int privateSize, byte[] privateBlock) {
        /** The Font DICT, pointing at its Private DICT at the given offset of the subset. */
        byte[] withPrivateAt(int privateAt) {
            ByteArrayOutputStream d = new ByteArrayOutputStream();
            d.writeBytes(kept);
            Dict.writeInt5(d, privateSize);
            Dict.writeInt5(d, privateAt);
            Dict.writeOp(d, OP_PRIVATE);
            return d.toByteArray();
        }
    }
}
