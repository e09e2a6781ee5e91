package org.gongwen.pdf.font;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CidCffProgramTest {
    static byte[] fang;
    static OpenTypeFont otf;
    static CFFCIDFont original;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CidCffProgramTest.class.getClassLoader().getResourceAsStream("gongwen/fonts/FandolFang-Regular.otf")) {
            fang = in.readAllBytes();
        }
        otf = new OTFParser().parse(new RandomAccessReadBuffer(fang));
        original = (CFFCIDFont) otf.getCFF().getFont();
    }

    @Test
    void aSubsetHoldsTheAskedGlyphsByteForByteUnderTheirGlyphIds() throws Exception {
        CidCffProgram program = CidCffProgram.of(fang);
        assertThat(program).isNotNull();
        assertThat(program.glyphCount()).isEqualTo(original.getNumCharStrings());
        // 法 and 紫 keep their Adobe-GB1 numbers as glyph ids; ¥ and – come after glyph 8,896, where they do not.
        int fa = gid('法'), zi = gid('紫'), yen = gid('¥'), dash = gid('–');
        assertThat(yen).isGreaterThan(8896);
        assertThat(original.getCharset().getCIDForGID(yen)).isNotEqualTo(yen);

        byte[] subset = program.subset(new int[]{zi, dash, fa, yen, fa, 0, -3, 1_000_000});

        CFFCIDFont font = (CFFCIDFont) new CFFParser().parse(subset, null).get(0);
        assertThat(font.getRegistry()).isEqualTo("Adobe");
        assertThat(font.getOrdering()).isEqualTo("Identity");
        assertThat(font.getName()).isEqualTo(original.getName());
        assertThat(font.getNumCharStrings()).isEqualTo(5);   // .notdef and four glyphs, each once
        List<byte[]> charStrings = font.getCharStringBytes();
        for (int gid : new int[]{0, fa, zi, yen, dash}) {
            int newGid = font.getCharset().getGIDForCID(gid);
            assertThat(newGid).as("CID %d", gid).isEqualTo(gid == 0 ? 0 : List.of(fa, zi, yen, dash).stream().sorted().toList().indexOf(gid) + 1);
            assertThat(charStrings.get(newGid)).as("glyph %d", gid).isEqualTo(original.getCharStringBytes().get(gid));
            assertThat(font.getType2CharString(gid).getWidth()).isEqualTo(original.getType2CharString(original.getCharset().getCIDForGID(gid)).getWidth());
        }
        assertThat(font.getPrivDicts().get(0)).isEqualTo(original.getPrivDicts().get(0));
        assertThat(font.getFontBBox().getUpperRightY()).isEqualTo(original.getFontBBox().getUpperRightY());
    }

    @Test
    void theSameGlyphsGiveTheSameBytes() throws Exception {
        CidCffProgram program = CidCffProgram.of(fang);
        assertThat(program.subset(new int[]{gid('公'), gid('文')})).isEqualTo(program.subset(new int[]{gid('文'), gid('公')}));
    }

    /** A bundled face that this class could not read would fall back to OpenPDF's embedding. */
    @Test
    void everyBundledFaceIsRead() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("fonts"))) {
            List<java.nio.file.Path> faces = files.filter(p -> p.toString().endsWith(".otf")).toList();
            assertThat(faces).hasSize(6);
            for (java.nio.file.Path face : faces) {
                assertThat(CidCffProgram.of(java.nio.file.Files.readAllBytes(face))).as(face.toString()).isNotNull();
            }
        }
    }

    @Test
    void aFontWithoutCffOutlinesIsLeftToOpenPdf() {
        byte[] trueType = new byte[12 + 16];
        trueType[5] = 1;   // one table
        System.arraycopy("glyf".getBytes(), 0, trueType, 12, 4);
        assertThat(CidCffProgram.of(trueType)).isNull();
        assertThat(CidCffProgram.of(new byte[40])).isNull();
    }

    private static int gid(char c) throws java.io.IOException {
        int gid = otf.getUnicodeCmapLookup().getGlyphId(c);
        assertThat(gid).as("glyph of %s", c).isPositive();
        return gid;
    }
}
