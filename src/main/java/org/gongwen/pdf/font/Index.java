package org.gongwen.pdf.font;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** A CFF INDEX read in place from the font's bytes, and the writing of new ones. */
final class Index {
    final int count;
    /** The first byte after the INDEX. */
    final int end;
    private final byte[] font;
    private final int offSize, offsets, data;

    Index(byte[] font, int at, int limit) {
        this.font = font;
        this.count = ((font[at] & 0xFF) << 8) | (font[at + 1] & 0xFF);
        if (count == 0) {
            offSize = offsets = data = 0;
            end = at + 2;
            return;
        }
        offSize = font[at + 2] & 0xFF;
        if (offSize < 1 || offSize > 4) throw new IllegalArgumentException("bad INDEX offset size " + offSize);
        offsets = at + 3;
        data = offsets + (count + 1) * offSize - 1;   // offsets count from 1
        if (offset(0) != 1) throw new IllegalArgumentException("INDEX offsets must start at 1");
        for (int i = 0; i < count; i++) {
            if (offset(i + 1) < offset(i)) throw new IllegalArgumentException("INDEX offsets go backwards");
        }
        end = data + offset(count);
        if (end > limit) throw new IllegalArgumentException("INDEX runs past the table");
    }

    int start(int i) { return data + offset(i); }

    int length(int i) { return offset(i + 1) - offset(i); }

    private int offset(int i) {
        int v = 0;
        for (int k = 0, p = offsets + i * offSize; k < offSize; k++) v = (v << 8) | (font[p + k] & 0xFF);
        return v;
    }

    static byte[] of(List<byte[]> items) {
        int total = 0;
        for (byte[] item : items) total += item.length;
        if (items.isEmpty()) return new byte[2];
        int offSize = offSize(total + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(3 + (items.size() + 1) * offSize + total);
        out.write(items.size() >> 8);
        out.write(items.size());
        out.write(offSize);
        byte[] offset = new byte[offSize];
        int o = 1;
        for (int i = 0; i <= items.size(); i++) {
            putOffset(offset, 0, offSize, o);
            out.writeBytes(offset);
            if (i < items.size()) o += items.get(i).length;
        }
        for (byte[] item : items) out.writeBytes(item);
        return out.toByteArray();
    }

    static int sizeOf(List<Integer> itemSizes) {
        if (itemSizes.isEmpty()) return 2;
        int total = itemSizes.stream().mapToInt(Integer::intValue).sum();
        return 3 + (itemSizes.size() + 1) * offSize(total + 1) + total;
    }

    static int offSize(int maxOffset) {
        return maxOffset < 0x100 ? 1 : maxOffset < 0x10000 ? 2 : maxOffset < 0x1000000 ? 3 : 4;
    }

    static void putOffset(byte[] b, int at, int offSize, int value) {
        for (int k = offSize - 1; k >= 0; k--, value >>>= 8) b[at + k] = (byte) value;
    }

    static int u32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
