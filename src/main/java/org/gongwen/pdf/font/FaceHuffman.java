package org.gongwen.pdf.font;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.zip.Adler32;

/**
 * A zlib stream writer with one Huffman code fixed per face: literals only, in one dynamic block
 * (RFC 1950/1951). Font programs barely repeat, so deflate's string matching buys 3 % and its
 * per-document code building and searching cost most of a render; a code built once from the
 * face's whole outline table compresses its subsets about as well and writes them in a fraction of
 * the time. Immutable and thread-safe.
 */
public final class FaceHuffman {
    private static final int EOB = 256, LITERALS = 257, MAX_BITS = 15;
    /** The order in which the code-length code's lengths are sent (RFC 1951, 3.2.7). */
    private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private final int[] lengths;      // per literal 0–255 and end-of-block
    private final int[] codes;        // bit-reversed, ready to send least significant bit first
    private final int[] clLengths;    // the code-length code, per symbol 0–15
    private final int[] clCodes;
    private final int hclen;
    /** Bits of the block header, the codes' description: the same for every stream of the face. */
    private final long headerBits;

    /**
     * A code for data that looks like {@code sample}; every byte value gets a code. Every seventh
     * byte is counted: a face's 5–8 MB table shows its statistics long before its end, and the
     * count is part of loading a face, which a one-shot render waits for.
     */
    public FaceHuffman(byte[] sample, int from, int to) {
        long[] freq = new long[LITERALS];
        for (int i = from; i < to; i += 7) freq[sample[i] & 0xFF]++;
        for (int i = 0; i < LITERALS; i++) freq[i]++;
        lengths = limitedLengths(freq, MAX_BITS);
        codes = canonicalCodes(lengths);
        long[] clFreq = new long[19];
        for (int len : lengths) clFreq[len]++;
        clFreq[1] += 2;   // the two distance codes, one bit each
        clLengths = limitedLengths(clFreq, 7);
        clCodes = canonicalCodes(clLengths);
        int n = 19;
        while (n > 4 && clLengths[CL_ORDER[n - 1]] == 0) n--;
        hclen = n;
        long bits = 3 + 5 + 5 + 4 + 3L * hclen + 2L * clLengths[1];
        for (int len : lengths) bits += clLengths[len];
        headerBits = bits;
    }

    /** The bytes as a zlib stream. */
    public byte[] deflate(byte[] data) {
        long bits = headerBits;
        for (byte b : data) bits += lengths[b & 0xFF];
        bits += lengths[EOB];
        byte[] out = new byte[2 + (int) ((bits + 7) / 8) + 4];
        out[0] = 0x78;   // deflate, 32 KB window
        out[1] = 0x01;   // fastest level, no dictionary; (0x78 << 8 | 0x01) % 31 == 0
        BitWriter w = new BitWriter(out, 2);
        w.write(1, 1);                 // final block
        w.write(2, 2);                 // dynamic Huffman codes
        w.write(LITERALS - 257, 5);
        w.write(2 - 1, 5);             // two distance codes: deflaters must send at least one, some decoders want two
        w.write(hclen - 4, 4);
        for (int i = 0; i < hclen; i++) w.write(clLengths[CL_ORDER[i]], 3);
        for (int len : lengths) w.write(clCodes[len], clLengths[len]);
        for (int i = 0; i < 2; i++) w.write(clCodes[1], clLengths[1]);
        for (byte b : data) w.write(codes[b & 0xFF], lengths[b & 0xFF]);
        w.write(codes[EOB], lengths[EOB]);
        int at = w.finish();
        Adler32 adler = new Adler32();
        adler.update(data);
        long sum = adler.getValue();
        out[at] = (byte) (sum >>> 24);
        out[at + 1] = (byte) (sum >>> 16);
        out[at + 2] = (byte) (sum >>> 8);
        out[at + 3] = (byte) sum;
        return out;
    }

    /**
     * Huffman code lengths of at most {@code maxBits}: a plain Huffman tree, with the rarest
     * symbols made less rare until it is shallow enough. Symbols of frequency 0 get no code.
     */
    static int[] limitedLengths(long[] freq, int maxBits) {
        long[] f = freq.clone();
        while (true) {
            int[] lengths = huffmanLengths(f);
            if (Arrays.stream(lengths).max().orElse(0) <= maxBits) return lengths;
            for (int i = 0; i < f.length; i++) if (f[i] > 0) f[i] = (f[i] >> 1) + 1;
        }
    }

    private static int[] huffmanLengths(long[] freq) {
        int n = freq.length;
        int[] parent = new int[2 * n];
        long[] weight = new long[2 * n];
        PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> weight[a] != weight[b] ? Long.compare(weight[a], weight[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            weight[i] = freq[i];
            if (freq[i] > 0) queue.add(i);
        }
        int[] lengths = new int[n];
        if (queue.size() == 1) {   // a lone symbol still needs one bit
            lengths[queue.poll()] = 1;
            return lengths;
        }
        int next = n;
        while (queue.size() > 1) {
            int a = queue.poll(), b = queue.poll();
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            queue.add(next++);
        }
        int root = next - 1;
        for (int i = 0; i < n; i++) {
            if (freq[i] == 0) continue;
            int depth = 0;
            for (int node = i; node != root; node = parent[node]) depth++;
            lengths[i] = depth;
        }
        return lengths;
    }

    /** Canonical codes (RFC 1951, 3.2.2), bit-reversed for sending. */
    private static int[] canonicalCodes(int[] lengths) {
        int[] count = new int[MAX_BITS + 1];
        for (int len : lengths) if (len > 0) count[len]++;
        int[] nextCode = new int[MAX_BITS + 2];
        for (int bits = 1, code = 0; bits <= MAX_BITS; bits++) {
            code = (code + count[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            int len = lengths[i];
            if (len == 0) continue;
            codes[i] = Integer.reverse(nextCode[len]++) >>> (32 - len);
        }
        return codes;
    }

    /** Packs codes least significant bit first. */
    private static final class BitWriter {
        private final byte[] out;
        private int at;
        private long buffer;
        private int count;

        BitWriter(byte[] out, int at) {
            this.out = out;
            this.at = at;
        }

        void write(int bits, int n) {
            buffer |= (long) bits << count;
            count += n;
            if (count >= 32) {
                out[at++] = (byte) buffer;
                out[at++] = (byte) (buffer >>> 8);
                out[at++] = (byte) (buffer >>> 16);
                out[at++] = (byte) (buffer >>> 24);
                buffer >>>= 32;
                count -= 32;
            }
        }

        /** Flushes the last partial byte; returns the index after it. */
        int finish() {
            while (count > 0) {
                out[at++] = (byte) buffer;
                buffer >>>= 8;
                count -= 8;
            }
            return at;
        }
    }
}
