package org.gongwen.style;

import org.openpdf.text.pdf.BaseFont;

import java.util.Arrays;
import java.util.List;

/**
 * One loaded font file: its names, its glyph coverage and advances. Immutable and shared across
 * threads; {@link FontLibrary} loads each file once.
 */
public final class FontFace {
    private final String fileName;
    private final List<String> familyNames;
    private final String postscriptName;
    private final BaseFont metrics;

    FontFace(String fileName, BaseFont metrics) {
        this.fileName = fileName;
        this.metrics = metrics;
        this.postscriptName = metrics.getPostscriptFontName();
        this.familyNames = Arrays.stream(metrics.getFamilyFontName()).map(n -> n[3]).distinct().toList();
    }

    /** The file the face was read from, e.g. FandolFang-Regular.otf: its identity. */
    public String fileName() { return fileName; }

    /** Every family name recorded in the font file (all platforms and languages). */
    public List<String> familyNames() { return familyNames; }

    public String postscriptName() { return postscriptName; }

    /**
     * The OpenPDF font that measures the face (Identity-H, embedded), for the PDF writer to embed
     * too: one copy of the font file in memory instead of two. Its metrics are read-only; the
     * writer subsets it per document.
     */
    public BaseFont openPdfFont() { return metrics; }

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return metrics.charExists(codePoint);
    }

    /** The natural advance of the code point at the given size, in points. */
    public double advance(int codePoint, double sizePt) {
        return metrics.getWidth(codePoint) * sizePt / 1000.0;
    }

    @Override
    public String toString() { return fileName; }
}
