package org.gongwen.style;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loaded font file: its names, which glyph prints each character and how wide it is. Read once
 * ({@link FontLibrary} loads each file once) straight from the OpenType tables it needs (cmap, hmtx,
 * hhea, head, name): a general font parser reads the whole 5–8 MB face, outlines and all, and took
 * ten times as long. Kept as plain arrays: the line breaker asks for every character, and the PDF
 * painter shows the same glyph ids at the same widths, so what is measured is what is printed.
 * Immutable and shared across threads.
 *
 * <p>Widths are in thousandths of an em, rounded down from the font's units, as PDF widths are.
 * Characters come from the full Unicode cmap (platform 3, encoding 10) when the face has one, else
 * from the BMP one (3, 1); symbol-encoded faces cover nothing.
 */
public final class FontFace {
    private static final int BMP = 0x10000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String fileName;
    private final byte[] file;
    private final List<String> familyNames;
    private final String postscriptName;
    /** Glyph id per code point of the Basic Multilingual Plane; -1 where the face has none. */
    private final int[] bmpGlyph = new int[BMP];
    /** Width per code point of the Basic Multilingual Plane, where {@link #bmpGlyph} has a glyph. */
    private final int[] bmpWidth = new int[BMP];
    /** Beyond the BMP: code point → {glyph id, width}. */
    private final Map<Integer, int[]> supplementary = new HashMap<>();

    private FontFace(String fileName, byte[] file) {
        this.fileName = fileName;
        this.file = file;
        ByteBuffer f = ByteBuffer.wrap(file);   // big-endian, as OpenType
        this.familyNames = List.copyOf(names(f, 1));
        List<String> postscript = names(f, 6);
        this.postscriptName = (postscript.isEmpty() ? fileName : postscript.get(0)).replace(' ', '-');
        Arrays.fill(bmpGlyph, -1);
        readCmap(f, widths(f));
    }

    /**
     * Reads a font file (OpenType with CFF or TrueType outlines).
     *
     * @throws IllegalArgumentException when the file is not an OpenType font or a table it needs is
     *                                  missing or cut short
     */
    public static FontFace read(String fileName, byte[] file) {
        try {
            return new FontFace(fileName, file);
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("not an OpenType font, or one cut short: " + fileName, e);
        }
    }

    /**
     * Where a table lies in an OpenType file: {offset, length}, or null when the file has none.
     * The table directory follows the 12-byte header; each record is tag, checksum, offset, length.
     */
    public static int[] table(byte[] font, String tag) {
        ByteBuffer f = ByteBuffer.wrap(font);
        int tables = f.getShort(4) & 0xFFFF;
        byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            if (f.get(rec) == t[0] && f.get(rec + 1) == t[1] && f.get(rec + 2) == t[2] && f.get(rec + 3) == t[3]) {
                return new int[]{f.getInt(rec + 8), f.getInt(rec + 12)};
            }
        }
        return null;
    }

    private int[] required(String tag) {
        int[] t = table(file, tag);
        if (t == null) throw new IllegalArgumentException("font " + fileName + " has no " + tag.trim() + " table");
        return t;
    }

    /** The advance of every glyph with its own horizontal metrics, in thousandths of an em. */
    private int[] widths(ByteBuffer f) {
        int unitsPerEm = f.getShort(required("head")[0] + 18) & 0xFFFF;
        int metrics = f.getShort(required("hhea")[0] + 34) & 0xFFFF;
        int hmtx = required("hmtx")[0];
        int[] widths = new int[Math.max(1, metrics)];
        for (int g = 0; g < metrics; g++) widths[g] = (f.getShort(hmtx + 4 * g) & 0xFFFF) * 1000 / unitsPerEm;
        return widths;
    }

    /** A glyph's width: glyphs past the last metric share its advance. */
    private static int width(int[] widths, int glyph) {
        return widths[Math.min(glyph, widths.length - 1)];
    }

    private void readCmap(ByteBuffer f, int[] widths) {
        int cmap = required("cmap")[0];
        int subtables = f.getShort(cmap + 2) & 0xFFFF;
        int bmp = -1, full = -1;
        for (int i = 0; i < subtables; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = f.getShort(rec) & 0xFFFF, encoding = f.getShort(rec + 2) & 0xFFFF;
            int at = cmap + f.getInt(rec + 4);
            int format = f.getShort(at) & 0xFFFF;
            if (platform == 3 && encoding == 1 && format == 4) bmp = at;
            if (platform == 3 && encoding == 10 && format == 12) full = at;
        }
        if (full >= 0) readFormat12(f, full, widths);
        else if (bmp >= 0) readFormat4(f, bmp, widths);
    }

    /** Segment mapping to delta values (format 4): the BMP. */
    private void readFormat4(ByteBuffer f, int at, int[] widths) {
        int length = f.getShort(at + 2) & 0xFFFF;
        int segments = (f.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
        int glyphIds = offsets + 2 * segments;
        int glyphIdCount = length / 2 - 8 - segments * 4;
        for (int k = 0; k < segments; k++) {
            int end = f.getShort(ends + 2 * k) & 0xFFFF, start = f.getShort(starts + 2 * k) & 0xFFFF;
            int delta = f.getShort(deltas + 2 * k), rangeOffset = f.getShort(offsets + 2 * k) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int index = k + rangeOffset / 2 - segments + c - start;
                    if (index >= glyphIdCount) continue;
                    glyph = ((f.getShort(glyphIds + 2 * index) & 0xFFFF) + delta) & 0xFFFF;
                }
                bmpGlyph[c] = glyph;
                bmpWidth[c] = width(widths, glyph);
            }
        }
    }

    /** Segmented coverage (format 12): all of Unicode. */
    private void readFormat12(ByteBuffer f, int at, int[] widths) {
        int groups = f.getInt(at + 12);
        for (int k = 0; k < groups; k++) {
            int group = at + 16 + 12 * k;
            int start = f.getInt(group), end = f.getInt(group + 4), glyph = f.getInt(group + 8);
            for (long c = start; c <= end && c <= Character.MAX_CODE_POINT; c++, glyph++) {
                if (c < BMP) {
                    bmpGlyph[(int) c] = glyph;
                    bmpWidth[(int) c] = width(widths, glyph);
                } else {
                    supplementary.put((int) c, new int[]{glyph, width(widths, glyph)});
                }
            }
        }
    }

    /**
     * The strings of every name record with this id, in the table's order, each once: Unicode
     * platforms (and ISO 10646) as UTF-16, others as Windows-1252.
     */
    private List<String> names(ByteBuffer f, int nameId) {
        int[] name = table(file, "name");
        if (name == null) return List.of();
        int count = f.getShort(name[0] + 2) & 0xFFFF;
        int strings = name[0] + (f.getShort(name[0] + 4) & 0xFFFF);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            int rec = name[0] + 6 + 12 * i;
            if ((f.getShort(rec + 6) & 0xFFFF) != nameId) continue;
            int platform = f.getShort(rec) & 0xFFFF, encoding = f.getShort(rec + 2) & 0xFFFF;
            int length = f.getShort(rec + 8) & 0xFFFF, offset = f.getShort(rec + 10) & 0xFFFF;
            boolean unicode = platform == 0 || platform == 3 || (platform == 2 && encoding == 1);
            found.add(new String(file, strings + offset, length, unicode ? StandardCharsets.UTF_16BE : WINDOWS_1252));
        }
        return new ArrayList<>(found);
    }

    /** The file the face was read from, e.g. FandolFang-Regular.otf: its identity. */
    public String fileName() { return fileName; }

    /**
     * The font file as read, for the PDF writer to embed (one copy in memory for measuring and
     * embedding). Not to be modified.
     */
    public byte[] fileBytes() { return file; }

    /** Every family name recorded in the font file (all platforms and languages). */
    public List<String> familyNames() { return familyNames; }

    public String postscriptName() { return postscriptName; }

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return glyphId(codePoint) >= 0;
    }

    /** The glyph that prints the code point, or -1 when the face has none. */
    public int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) return bmpGlyph[codePoint];
        int[] g = supplementary.get(codePoint);
        return g == null ? -1 : g[0];
    }

    /** The advance of the code point in thousandths of an em; 0 when the face has no glyph for it. */
    public int width(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) return bmpGlyph[codePoint] < 0 ? 0 : bmpWidth[codePoint];
        int[] g = supplementary.get(codePoint);
        return g == null ? 0 : g[1];
    }

    /** The natural advance of the code point at the given size, in points. */
    public double advance(int codePoint, double sizePt) {
        return width(codePoint) * sizePt / 1000.0;
    }

    @Override
    public String toString() { return fileName; }
}
