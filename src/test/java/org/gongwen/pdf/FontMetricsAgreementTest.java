package org.gongwen.pdf;

import org.gongwen.style.FontFace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.pdf.BaseFont;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gongwen measures with its own metrics ({@link FontFace}, read with FontBox) and paints the same
 * glyph ids at the same widths; this holds them to what OpenPDF itself reads from the bundled
 * faces, character by character, so a PDF is the same whichever of the two measured it.
 */
class FontMetricsAgreementTest {
    @ParameterizedTest
    @ValueSource(strings = {"FandolFang-Regular.otf", "FandolHei-Bold.otf", "FandolHei-Regular.otf",
            "FandolKai-Regular.otf", "FandolSong-Bold.otf", "FandolSong-Regular.otf"})
    void glyphsAndWidthsAreOpenPdfsOwn(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("fonts", file));
        FontFace face = FontFace.read(file, bytes);
        BaseFont openPdf = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        // OpenPDF's own glyph look-up (public, on a class its package keeps to itself)
        Method metrics = openPdf.getClass().getMethod("getMetricsTT", int.class);
        metrics.setAccessible(true);
        List<String> differences = new ArrayList<>();
        int covered = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int[] theirs = (int[]) metrics.invoke(openPdf, cp);
            int[] ours = face.covers(cp) ? new int[]{face.glyphId(cp), face.width(cp)} : null;
            if (ours != null) covered++;
            boolean same = theirs == null ? ours == null : ours != null && theirs[0] == ours[0] && theirs[1] == ours[1];
            if (!same && differences.size() < 20) {
                differences.add(String.format("U+%04X OpenPDF %s gongwen %s", cp, Arrays.toString(theirs), Arrays.toString(ours)));
            }
            assertThat(face.width(cp)).isEqualTo(openPdf.getWidth(cp));
        }
        assertThat(differences).isEmpty();
        assertThat(covered).isGreaterThan(7000);
        assertThat(face.postscriptName()).isEqualTo(openPdf.getPostscriptFontName());
        assertThat(face.familyNames()).containsExactlyElementsOf(
                Arrays.stream(openPdf.getFamilyFontName()).map(n -> n[3]).distinct().toList());
    }
}
