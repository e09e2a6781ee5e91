package org.gongwen.check;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.EmptyGraphicsStackException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;

/**
 * A PDF as measured from PDFBox's text positions: per page its size and its lines of glyphs
 * (top-down coordinates in points, baselines), and the fonts it uses with whether each is embedded.
 * Reading is bounded by a {@link PdfBudget}.
 */
final class PdfPages {

    /**
     * One shown glyph. Floats, as PDFBox measures them, and shared strings: a document keeps
     * hundreds of thousands of these, about 50 bytes each.
     */
    record Glyph(String text, float x, float baseline, float width, float sizePt, String font) {}

    /** Glyphs sharing a baseline, left to right. */
    record Line(List<Glyph> glyphs) {
        double baseline() { return glyphs.get(0).baseline(); }
        double left() { return glyphs.get(0).x(); }
        double right() { Glyph g = glyphs.get(glyphs.size() - 1); return (double) g.x() + g.width(); }
        String text() {
            StringBuilder b = new StringBuilder();
            for (Glyph g : glyphs) b.append(g.text());
            return b.toString();
        }
        /** The size most glyphs have. */
        double sizePt() {
            Map<Double, Integer> n = new LinkedHashMap<>();
            for (Glyph g : glyphs) n.merge(Math.round(g.sizePt() * 10.0) / 10.0, 1, Integer::sum);
            return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    record Page(int number, double widthPt, double heightPt, List<Line> lines) {}

    final List<Page> pages = new ArrayList<>();
    /** Font name → embedded, over all pages. */
    final Map<String, Boolean> fonts = new LinkedHashMap<>();
    /** Resources and forms already searched for fonts: pages share them, and forms may name each other. */
    private final Set<COSBase> searched = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @throws BadInputException pdf-unreadable (UNREADABLE) for a damaged or encrypted file; for one past
     *                           {@code limits}, pdf-too-many-pages or pdf-too-much-content (TOO_LARGE) or pdf-too-complex (TOO_COMPLEX)
     * @throws RenderCancelled when the thread is interrupted
     */
    static PdfPages read(byte[] pdf, PdfLimits limits) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfPages(doc, limits);
        } catch (BadInputException | RenderCancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(Fault.UNREADABLE, "pdf-unreadable", "无法读取该PDF文件，请确认它是未加密、未损坏的PDF",
                    "cannot read the PDF file: it is damaged, encrypted or not a PDF", e);
        }
    }

    private PdfPages(PDDocument doc, PdfLimits limits) throws IOException {
        PdfBudget budget = new PdfBudget(limits);
        budget.pageCount(doc.getNumberOfPages());
        Collector c = new Collector(budget);
        c.getText(doc);
        int number = 0;
        for (PDPage page : doc.getPages()) {
            budget.page(++number);
            var box = page.getMediaBox();
            boolean turned = page.getRotation() % 180 != 0;
            List<Glyph> glyphs = c.pages.getOrDefault(number, List.of());
            pages.add(new Page(number, turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(),
                    lines(glyphs)));
            fonts(page.getResources(), limits.maxFormDepth());
        }
    }

    /** Fonts named in {@code res} and in the forms it names, down to as many forms deep as may be drawn. */
    private void fonts(PDResources res, int formsLeft) throws IOException {
        if (res == null || !searched.add(res.getCOSObject())) return;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            if (f != null) fonts.merge(Faces.stripSubsetTag(f.getName() == null ? name.getName() : f.getName()),
                    f.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName name : res.getXObjectNames()) {
            if (formsLeft > 0 && res.getXObject(name) instanceof PDFormXObject form && searched.add(form.getCOSObject())) {
                fonts(form.getResources(), formsLeft - 1);
            }
        }
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs((double) g.baseline() - current.get(0).baseline()) > 1.5) {
                out.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) out.add(line(current));
        return out;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(List.copyOf(g));
    }

    /**
     * Collects every glyph PDFBox positions, page by page, instead of writing text; counts pages,
     * content, operators, glyphs, forms and nesting into the budget as PDFBox meets them.
     */
    private static final class Collector extends PDFTextStripper {
        /** PDFBox logs a skipped damaged operator with its stack trace; more than these are skipped quietly. */
        private static final int LOGGED_OPERATOR_ERRORS = 10;

        /** Glyphs by page number; pages without content are skipped by PDFBox. */
        final Map<Integer, List<Glyph>> pages = new HashMap<>();
        private final PdfBudget budget;
        /** One instance per distinct text and font name: most glyphs repeat a few thousand strings. */
        private final Map<String, String> texts = new HashMap<>(), fontNames = new HashMap<>();
        private List<Glyph> current;
        private int markedContent, operatorErrors;

        Collector(PdfBudget budget) {
            this.budget = budget;
            setShouldSeparateByBeads(false); // articles are not used; a page's beads would be read for nothing
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            budget.page(getCurrentPageNo());
            for (Iterator<PDStream> s = page.getContentStreams(); s.hasNext(); ) budget.content(s.next().getCOSObject());
            markedContent = 0;
            super.processPage(page);
        }

        @Override
        protected void startPage(PDPage page) {
            current = pages.computeIfAbsent(getCurrentPageNo(), n -> new ArrayList<>());
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.operator();
            super.processOperator(operator, operands);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            budget.glyph();
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            budget.enterForm(form.getCOSObject());
            try {
                super.showForm(form);
            } finally {
                budget.leaveForm(form.getCOSObject());
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            budget.enterForm(group.getCOSObject());
            try {
                super.showTransparencyGroup(group);
            } finally {
                budget.leaveForm(group.getCOSObject());
            }
        }

        @Override
        public void saveGraphicsState() {
            budget.nesting(getGraphicsStackSize() + 1);
            super.saveGraphicsState();
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            budget.nesting(++markedContent);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            markedContent = Math.max(0, markedContent - 1);
            super.endMarkedContentSequence();
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            if (++operatorErrors <= LOGGED_OPERATOR_ERRORS || !skippedByPdfBox(operator, e)) {
                super.operatorException(operator, operands, e);
            }
        }

        /** The errors PDFStreamEngine.operatorException (PDFBox 3.0) logs and skips rather than throws. */
        private static boolean skippedByPdfBox(Operator operator, IOException e) {
            return e instanceof MissingOperandException || e instanceof MissingResourceException
                    || e instanceof MissingImageReaderException || e instanceof EmptyGraphicsStackException
                    || operator.getName().equals("Do") || e.getCause() instanceof DataFormatException;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isBlank() || current == null) return;
            String font = t.getFont() == null || t.getFont().getName() == null ? ""
                    : fontNames.computeIfAbsent(t.getFont().getName(), Faces::stripSubsetTag);
            current.add(new Glyph(texts.computeIfAbsent(u, s -> s), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                    t.getFontSizeInPt(), font));
        }
    }
}
