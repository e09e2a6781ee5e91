package org.gongwen.pdf.font;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

class FaceHuffmanTest {

    @Test
    void aFontSubsetInflatesBackAndIsNoLargerThanZlibsHuffmanCoding() throws Exception {
        byte[] kai;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("gongwen/fonts/FandolKai-Regular.otf")) {
            kai = in.readAllBytes();
        }
        CidCffProgram program = CidCffProgram.of(kai);
        int[] glyphs = new Random(7).ints(600, 1, 8000).toArray();
        byte[] subset = program.subset(glyphs);

        byte[] zlib = program.deflatedSubset(glyphs);

        assertThat(inflate(zlib)).isEqualTo(subset);
        assertThat(zlib.length).isLessThan(subset.length);
        assertThat(zlib.length).isLessThanOrEqualTo(zlibHuffmanOnly(subset).length);
    }

    @Test
    void everyByteValueAndTheEmptyInputSurvive() throws Exception {
        byte[] sample = "a narrow sample: only a few letters".getBytes();
        FaceHuffman code = new FaceHuffman(sample, 0, sample.length);
        byte[] all = new byte[4096];
        for (int i = 0; i < all.length; i++) all[i] = (byte) (i * 31 + (i >> 8));
        assertThat(inflate(code.deflate(all))).isEqualTo(all);
        assertThat(inflate(code.deflate(new byte[0]))).isEmpty();
    }

    @Test
    void codeLengthsStayWithinTheLimitAndFormACompleteCode() {
        long[] freq = new long[257];
        long a = 1, b = 1;
        for (int i = 0; i < 40; i++) { freq[i] = a; long c = a + b; a = b; b = c; }   // Fibonacci: a plain tree would be 39 deep
        for (int i = 40; i < freq.length; i++) freq[i] = 1;

        int[] lengths = FaceHuffman.limitedLengths(freq, 15);

        assertThat(Arrays.stream(lengths).max().getAsInt()).isLessThanOrEqualTo(15);
        assertThat(Arrays.stream(lengths).min().getAsInt()).isPositive();
        double kraft = Arrays.stream(lengths).mapToDouble(l -> Math.pow(2, -l)).sum();
        assertThat(kraft).isEqualTo(1.0);
    }

    private static byte[] inflate(byte[] zlib) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) throw new AssertionError("truncated stream");
            out.write(buffer, 0, n);
        }
        assertThat(inflater.getRemaining()).as("bytes after the stream").isZero();
        inflater.end();
        return out.toByteArray();
    }

    private static byte[] zlibHuffmanOnly(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return out.toByteArray();
    }
}
