package org.gongwen.layout;

import org.gongwen.compose.Punctuation;
import org.gongwen.model.Warning;
import org.gongwen.style.FontFace;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle.Align;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines the way GB/T 15834 and GB/T 9704 want: Chinese characters on the
 * character pitch of the grid, Latin and digit runs at natural width and unbroken, no forbidden
 * line start or end ({@link Punctuation}), numbers with units / dates / 发文字号 / —— / …… never split, punctuation
 * squeezed (by up to ½ 字) before a character is pushed, no hanging punctuation; justified lines end
 * exactly at the measure.
 */
final class LineBreaker {
    private static final double MAX_SQUEEZE = 0.5;
    private static final double EPS = 0.01;

    /** Runs that must stay on one line: dates, 发文字号, numbers with their unit or percent sign. */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?"
                    + "|\\p{IsHan}{2}〔\\d{4}〕\\d+号"
                    + "|\\d[\\d.,]*(?:[%％‰]|[万亿千百]?[家次个项件人元户所座条台辆批期届天名位处类种倍岁米吨份篇场起]+)");

    private final FontLibrary fonts;
    /** What the grid adds to a Chinese character's advance: character pitch minus body size. */
    private final double gridDelta;
    /** Further strings never split, e.g. the document's own 发文字号 (the pattern only knows its tail). */
    private final List<String> keep;

    LineBreaker(FontLibrary fonts, double gridDelta, List<String> keep) {
        this.fonts = fonts;
        this.gridDelta = gridDelta;
        this.keep = keep.stream().filter(k -> k != null && k.length() > 1).toList();
    }

    /** The advance of a Chinese character of the size on the grid (the size of 1 字). */
    double gridAdvance(double sizePt) {
        return sizePt + gridDelta;
    }

    /** Natural width of the text on one line (no breaking). */
    double width(List<Segment> segments) {
        Chars c = chars(segments, w -> { });
        double w = 0;
        for (int i = 0; i < c.n; i++) w += c.advance[i];
        return w;
    }

    /**
     * Breaks and aligns. {@code firstMeasure} and {@code measure} are the widths available to the
     * first and the following lines; glyph x are relative to each line's measure start.
     */
    List<LineDraft> breakLines(List<Segment> segments, double firstMeasure, double measure, Align align,
                               Consumer<Warning> warnings) {
        Chars c = chars(segments, warnings);
        List<LineDraft> lines = new ArrayList<>();
        int start = 0;
        while (start < c.n) {
            double m = lines.isEmpty() ? firstMeasure : measure;
            int end = breakAfter(c, start, m);
            int visibleEnd = end;
            while (visibleEnd > start && c.cp[visibleEnd - 1] == ' ') visibleEnd--;
            boolean last = end >= c.n;
            LineDraft line = place(c, start, visibleEnd, m, last, align);
            start = end;
            while (start < c.n && c.cp[start] == ' ') start++;
            // broken at spaces between words: a tagged PDF keeps one (ISO 32000-1 §14.8.2.5, word breaks)
            boolean wordBreak = start < c.n && (visibleEnd < end || start > end);
            lines.add(wordBreak ? new LineDraft(line.glyphs(), line.measure(), line.last(), true) : line);
        }
        if (lines.isEmpty()) lines.add(new LineDraft(List.of(), firstMeasure, true));
        return lines;
    }

    /** One line spread to fill {@code measure} (w:jc="distribute": the gaps between characters widened). */
    LineDraft distribute(List<Segment> segments, double measure, Consumer<Warning> warnings) {
        Chars c = chars(segments, warnings);
        return place(c, 0, c.n, measure, false, Align.BOTH);
    }

    /** The index after the last character of the line starting at {@code start}. */
    private int breakAfter(Chars c, int start, double m) {
        double w = 0, squeeze = 0;
        int fit = -1;          // last break opportunity whose line fits
        double fitWidth = 0;
        for (int i = start; i < c.n; i++) {
            w += c.advance[i];
            squeeze += c.squeeze[i];
            boolean opportunity = i + 1 == c.n || c.breakBefore[i + 1];
            if (!opportunity) continue;
            double visible = w - trailingSpace(c, start, i + 1);
            if (visible <= m + EPS) {
                fit = i + 1;
                fitWidth = visible;
                if (i + 1 == c.n) return c.n;
                continue;
            }
            // Overflows. When a forbidden line start or end glues this piece to the line, squeeze
            // punctuation to keep it before pushing a character over.
            if (fit >= 0 && fitWidth >= m - EPS) return fit;
            if (gluedByPunctuation(c, Math.max(fit, start), i) && visible - squeeze <= m + EPS) return i + 1;
            if (fit > start) return fit;
            return forcedBreak(c, start, m);
        }
        return c.n;
    }

    private static boolean gluedByPunctuation(Chars c, int from, int last) {
        for (int k = from; k < last; k++) if (c.kinsoku[k]) return true;
        return false;
    }

    /** An unbreakable piece longer than the measure: cut it where the measure ends. */
    private int forcedBreak(Chars c, int start, double m) {
        double w = 0;
        for (int i = start; i < c.n; i++) {
            w += c.advance[i];
            if (w > m + EPS) return Math.max(i, start + 1);
        }
        return c.n;
    }

    private static double trailingSpace(Chars c, int start, int end) {
        double w = 0;
        for (int i = end - 1; i >= start && c.cp[i] == ' '; i--) w += c.advance[i];
        return w;
    }

    /** Positions the glyphs of one line: justified (squeezed or spread) or aligned. */
    private LineDraft place(Chars c, int start, int end, double m, boolean last, Align align) {
        double natural = 0, squeezable = 0;
        int gaps = 0;
        for (int i = start; i < end; i++) {
            natural += c.advance[i];
            squeezable += c.squeeze[i];
            if (i > start && c.spreadBefore[i]) gaps++;
        }
        double slack = m - natural;
        double squeezeRatio = slack < 0 && squeezable > 0 ? Math.min(1, -slack / squeezable) : 0;
        double spread = 0, offset = 0;
        if (align == Align.BOTH && !last) {
            if (slack > 0 && gaps > 0) spread = slack / gaps;
        } else if (slack > 0) {
            offset = switch (align) {
                case CENTER -> slack / 2;
                case RIGHT -> slack;
                default -> 0;
            };
        }
        List<Glyph> glyphs = new ArrayList<>(end - start);
        double x = offset;
        for (int i = start; i < end; i++) {
            if (i > start && c.spreadBefore[i]) x += spread;
            double adv = c.advance[i] - c.squeeze[i] * squeezeRatio;
            // A squeezed opening mark gives up its blank left half, a closing mark its right half.
            double shift = Punctuation.notAtLineEnd(c.cp[i]) ? -c.squeeze[i] * squeezeRatio : 0;
            glyphs.add(new Glyph(c.cp[i], c.face[i], c.style[i], x + shift, adv, c.node[i]));
            x += adv;
        }
        return new LineDraft(glyphs, m, last);
    }

    /** The characters of a paragraph with their faces, advances and break opportunities. */
    private Chars chars(List<Segment> segments, Consumer<Warning> warnings) {
        StringBuilder all = new StringBuilder();
        for (Segment s : segments) all.append(s.text());
        String text = all.toString();
        int n = text.codePointCount(0, text.length());
        Chars c = new Chars(n);
        int i = 0;
        for (Segment s : segments) {
            for (int k = 0; k < s.text().length(); ) {
                int cp = s.text().codePointAt(k);
                k += Character.charCount(cp);
                c.cp[i] = cp;
                c.style[i] = s.style();
                c.node[i] = s.node();
                c.grid[i] = isGridChar(cp);
                String family = c.grid[i] ? s.style().eastAsiaFont() : s.style().latinFont();
                FontFace face = fonts.faceFor(family, cp);
                if (face == null) {
                    warnings.accept(FontLibrary.missingGlyph(cp));
                    face = fonts.face(family);
                }
                c.face[i] = face;
                double size = s.style().sizePt();
                c.advance[i] = c.grid[i] ? gridAdvance(size) : face.advance(cp, size);
                c.squeeze[i] = Punctuation.squeezable(cp) ? c.advance[i] * MAX_SQUEEZE : 0;
                i++;
            }
        }
        for (int j = 1; j < n; j++) {
            int prev = c.cp[j - 1], cur = c.cp[j];
            boolean between = c.grid[j - 1] || c.grid[j] || prev == ' ';
            c.spreadBefore[j] = between && cur != ' ';
            boolean forbidden = Punctuation.notAtLineStart(cur) || Punctuation.notAtLineEnd(prev);
            c.breakBefore[j] = between && cur != ' ' && !forbidden;
            c.kinsoku[j - 1] = between && forbidden;
        }
        Matcher m = UNBREAKABLE.matcher(text);
        while (m.find()) {
            int from = text.codePointCount(0, m.start()), to = text.codePointCount(0, m.end());
            for (int j = from + 1; j < to; j++) c.breakBefore[j] = false;
        }
        for (String k : keep) {
            for (int at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                int from = text.codePointCount(0, at), to = from + k.codePointCount(0, k.length());
                for (int j = from + 1; j < to; j++) c.breakBefore[j] = false;
            }
        }
        return c;
    }

    /** Chinese characters, kana and full-width forms and punctuation sit on the character grid. */
    static boolean isGridChar(int cp) {
        if (cp >= 0x2E80 && cp <= 0x9FFF) return true;         // CJK radicals, symbols, kana, ideographs
        if (cp >= 0xF900 && cp <= 0xFAFF) return true;         // compatibility ideographs
        if (cp >= 0xFE30 && cp <= 0xFE4F) return true;         // CJK compatibility forms
        if (cp >= 0xFF00 && cp <= 0xFF60) return true;         // full-width forms
        if (cp >= 0xFFE0 && cp <= 0xFFE6) return true;
        if (cp >= 0x20000 && cp <= 0x3FFFF) return true;       // ideographs beyond the BMP
        // Punctuation that Chinese text sets full-width: dashes, ellipsis, quotes, middle dot.
        return cp == 0x2014 || cp == 0x2015 || cp == 0x2026 || cp == 0x00B7
                || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D;
    }

    private static final class Chars {
        final int n;
        final int[] cp;
        final TextStyle[] style;
        final int[] node;
        final FontFace[] face;
        final boolean[] grid, breakBefore, spreadBefore;
        /** The character is glued to the next one only by a forbidden line start or end. */
        final boolean[] kinsoku;
        final double[] advance, squeeze;

        Chars(int n) {
            this.n = n;
            cp = new int[n];
            style = new TextStyle[n];
            node = new int[n];
            face = new FontFace[n];
            grid = new boolean[n];
            breakBefore = new boolean[n];
            spreadBefore = new boolean[n];
            kinsoku = new boolean[n];
            advance = new double[n];
            squeeze = new double[n];
        }
    }
}
