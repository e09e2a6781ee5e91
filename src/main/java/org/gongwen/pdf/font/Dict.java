package org.gongwen.pdf.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A CFF DICT: its entries as raw byte ranges (to copy) with their integer operands (to follow). */
final class Dict {
    /** One operator with its operands; escaped operators 12 x are numbered 1200 + x. */
    record Entry(int op, byte[] font, int from, int to, int[] ints) {
        int intAt(int i) {
            if (i >= ints.length) throw new IllegalArgumentException("DICT operator " + op + " lacks operand " + i);
            return ints[i];
        }

        void copyTo(ByteArrayOutputStream out) { out.write(font, from, to - from); }
    }

    final List<Entry> entries = new ArrayList<>();

    Dict(byte[] font, int at, int end) {
        int entryStart = at;
        List<Integer> ints = new ArrayList<>();
        int p = at;
        while (p < end) {
            int b0 = font[p] & 0xFF;
            if (b0 <= 21) {
                int op = b0;
                p++;
                if (b0 == 12) op = 1200 + (font[p++] & 0xFF);
                entries.add(new Entry(op, font, entryStart, p, ints.stream().mapToInt(Integer::intValue).toArray()));
                ints.clear();
                entryStart = p;
            } else if (b0 == 28) {
                ints.add((int) (short) (((font[p + 1] & 0xFF) << 8) | (font[p + 2] & 0xFF)));
                p += 3;
            } else if (b0 == 29) {
                ints.add(Index.u32(font, p + 1));
                p += 5;
            } else if (b0 == 30) {
                p++;   // a real number: nibbles up to the one that is 0xf; offsets are never real
                while ((font[p] & 0x0F) != 0x0F && (font[p] & 0xF0) != 0xF0) p++;
                p++;
                ints.add(0);
            } else if (b0 >= 32 && b0 <= 246) {
                ints.add(b0 - 139);
                p++;
            } else if (b0 >= 247 && b0 <= 250) {
                ints.add((b0 - 247) * 256 + (font[p + 1] & 0xFF) + 108);
                p += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                ints.add(-(b0 - 251) * 256 - (font[p + 1] & 0xFF) - 108);
                p += 2;
            } else {
                throw new IllegalArgumentException("bad DICT byte " + b0);
            }
        }
    }

    Entry find(int op) {
        for (Entry e : entries) if (e.op == op) return e;
        return null;
    }

    Entry require(int op) {
        Entry e = find(op);
        if (e == null) throw new IllegalArgumentException("DICT lacks operator " + op);
        return e;
    }

    static void writeOp(ByteArrayOutputStream out, int op) {
        if (op >= 1200) { out.write(12); out.write(op - 1200); }
        else out.write(op);
    }

    /** The shortest encoding. */
    static void writeInt(ByteArrayOutputStream out, int v) {
        if (v >= -107 && v <= 107) out.write(v + 139);
        else if (v >= 108 && v <= 1131) { v -= 108; out.write((v >> 8) + 247); out.write(v); }
        else if (v >= -1131 && v <= -108) { v = -v - 108; out.write((v >> 8) + 251); out.write(v); }
        else if (v >= -32768 && v <= 32767) { out.write(28); out.write(v >> 8); out.write(v); }
        else writeInt5(out, v);
    }

    /** Always five bytes, so that a dictionary's size does not depend on the offsets it holds. */
    static void writeInt5(ByteArrayOutputStream out, int v) {
        out.write(29);
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
