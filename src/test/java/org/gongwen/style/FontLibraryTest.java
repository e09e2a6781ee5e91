package org.gongwen.style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class FontLibraryTest {
    static final FontLibrary FONTS = FontLibrary.shared();

    @Test
    void officialFamilyNamesMapToTheBundledFaces() {
        assertThat(FONTS.face("仿宋_GB2312").fileName()).isEqualTo("FandolFang-Regular.otf");
        assertThat(FONTS.face("FangSong").fileName()).isEqualTo("FandolFang-Regular.otf");
        assertThat(FONTS.face("楷体_GB2312").fileName()).isEqualTo("FandolKai-Regular.otf");
        assertThat(FONTS.face("KaiTi").fileName()).isEqualTo("FandolKai-Regular.otf");
        assertThat(FONTS.face("黑体").fileName()).isEqualTo("FandolHei-Regular.otf");
        assertThat(FONTS.face("SimHei").fileName()).isEqualTo("FandolHei-Regular.otf");
        assertThat(FONTS.face("方正小标宋简体").fileName()).isEqualTo("FandolSong-Regular.otf");
        assertThat(FONTS.face("宋体").fileName()).isEqualTo("FandolSong-Regular.otf");
        assertThat(FONTS.face("Times New Roman").fileName()).isEqualTo("FandolSong-Regular.otf");
        assertThat(FONTS.knows("仿宋")).isTrue();
        assertThat(FONTS.knows("Comic Sans")).isFalse();
        assertThat(FONTS.face("Comic Sans").fileName()).isEqualTo("FandolFang-Regular.otf");
    }

    @Test
    void facesStartedInTheBackgroundAreTheOnesLaterAskedFor() {
        FontLibrary fonts = FontLibrary.load(null);
        fonts.startLoading(List.of("黑体", "楷体_GB2312", "No Such Family"), face -> {});
        FontFace hei = fonts.face("黑体");
        assertThat(hei.fileName()).isEqualTo("FandolHei-Regular.otf");
        assertThat(fonts.face("SimHei")).isSameAs(hei);
        assertThat(fonts.face("楷体_GB2312").fileName()).isEqualTo("FandolKai-Regular.otf");
        assertThat(fonts.face("No Such Family").fileName()).isEqualTo("FandolFang-Regular.otf");
    }

    @Test
    void eachFaceLoadsOnceAndIsShared() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FontFace>> faces = new ArrayList<>();
            FontLibrary fresh = FontLibrary.load(null);
            for (int i = 0; i < 8; i++) faces.add(pool.submit(() -> fresh.face("黑体")));
            FontFace first = faces.get(0).get();
            for (Future<FontFace> f : faces) assertThat(f.get()).isSameAs(first);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void measuresChineseAndLatinAdvances() {
        FontFace fang = FONTS.face("仿宋_GB2312");
        assertThat(fang.covers('中')).isTrue();
        assertThat(fang.advance('中', 16)).isEqualTo(16.0);
        double a = FONTS.face("Times New Roman").advance('a', 16);
        assertThat(a).isGreaterThan(4).isLessThan(12);
    }

    @Test
    void aCharacterMissingFromTheFaceFallsBackAndOneMissingEverywhereIsNamed() {
        int emoji = 0x1F600;
        assertThat(FONTS.faceFor("仿宋_GB2312", emoji)).isNull();
        assertThat(FontLibrary.missingGlyph(emoji).code()).isEqualTo("missing-glyph");
        assertThat(FontLibrary.missingGlyph(emoji).message()).contains(new String(Character.toChars(emoji)), "U+1F600");
        int covered = -1;
        for (int cp = 0x2000; cp < 0xFFFF && covered < 0; cp++) {
            if (!FONTS.face("楷体").covers(cp) && FONTS.face("宋体").covers(cp)) covered = cp;
        }
        assertThat(covered).as("a character Song has and Kai lacks").isPositive();
        FontFace chosen = FONTS.faceFor("楷体", covered);
        assertThat(chosen).isNotNull();
        assertThat(chosen.covers(covered)).isTrue();
        assertThat(chosen.fileName()).isNotEqualTo("FandolKai-Regular.otf");
    }

    @Test
    void aFaceDroppedIntoTheFontFolderIsUsedByTheFamilyNameInsideIt(@TempDir Path dir) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("gongwen/fonts/FandolHei-Regular.otf")) {
            Files.copy(in, dir.resolve("licensed.otf"));
        }
        FontLibrary lib = FontLibrary.load(dir);
        String family = FONTS.face("黑体").familyNames().get(0);   // the name inside the file, e.g. FandolHei R
        assertThat(FONTS.knows(family)).isFalse();
        assertThat(lib.knows(family)).isTrue();
        assertThat(lib.face(family).fileName()).isEqualTo("licensed.otf");
        // bundled mappings still work beside it
        assertThat(lib.face("仿宋_GB2312").fileName()).isEqualTo("FandolFang-Regular.otf");
    }

    @Test
    void bundledFilesAreReadFromTheUnpackedDirectoryWhenOneIsGiven(@TempDir Path dir) throws Exception {
        String mapping = Files.readString(Path.of("fonts/fonts.properties")) + "\n测试体=FandolKai-Regular.otf\n";
        Files.writeString(dir.resolve("fonts.properties"), mapping);
        // Under Kai's file name lies Hei: the face read must be the file in the directory.
        Files.copy(Path.of("fonts/FandolHei-Regular.otf"), dir.resolve("FandolKai-Regular.otf"));

        FontLibrary lib = FontLibrary.load(null, dir);

        assertThat(lib.face("测试体").postscriptName()).isEqualTo("FandolHei-Regular");
        assertThat(lib.face("仿宋_GB2312").postscriptName()).isEqualTo("FandolFang-Regular");   // not in the directory: from the classpath
        assertThat(FontLibrary.load(null, null).face("楷体").postscriptName()).isEqualTo("FandolKai-Regular");
    }
}
