package org.gongwen.pdf;

import org.gongwen.model.RenderCancelled;
import org.gongwen.style.FontFace;
import org.gongwen.style.TemplateTrace;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Layout.GlyphRun;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.OutlineEntry;
import org.gongwen.layout.Layout.Page;
import org.gongwen.layout.Layout.Rule;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.pdf.font.PdfFace;
import org.gongwen.style.Role;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfTextArray;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;

/**
 * Paints a {@link Layout} with OpenPDF: every glyph where the layout put it, fonts embedded as
 * subsets (Identity-H with ToUnicode, so text copies as the right Chinese), metadata, bookmarks,
 * page labels, and either a structure tree ({@link TaggedContent}: PDF/UA-1 and PDF/A-2a) or none
 * (PDF/A-2b). The same layout gives a byte-identical file. Thread-safe.
 */
public final class PdfPainter {
    /** Documents are dated in China Standard Time, whatever the server's zone. */
    static final TimeZone CHINA = TimeZone.getTimeZone("GMT+08:00");
    /** The title a tagged file shows when the document has none. */
    static final String UNTITLED = "无标题公文";

    private final PdfFonts fonts = PdfFonts.shared();

    /**
     * Makes the PDF font of a face ahead of the first paint that needs it (reading the face's tables
     * and indexing its outlines takes 100–150 ms on a cold JVM): a one-shot render calls it on the
     * thread that loaded the face, while the input is still being read.
     */
    public void prepare(FontFace face) {
        fonts.font(face);
    }

    /** A PDF that names no template (a layout typeset from a style alone). */
    public byte[] paint(Layout layout) {
        return paint(layout, null);
    }

    /** A PDF whose XMP names the house template it was made with ({@link PdfaMetadata}); {@code trace} null names none. */
    public byte[] paint(Layout layout, TemplateTrace trace) {
        return paint(layout, trace, true);
    }

    /**
     * A PDF tagged ({@code tagged}: PDF/UA-1 and PDF/A-2a, {@link TaggedContent}) or not (PDF/A-2b), whose XMP names
     * {@code trace}'s template (null: none).
     */
    public byte[] paint(Layout layout, TemplateTrace trace, boolean tagged) {
        // a tagged file always has a title to show (ISO 14289-1 §7.1: dc:title)
        Layout.DocumentInfo documentInfo = tagged && layout.info().title().isBlank()
                ? layout.info().withTitle(UNTITLED) : layout.info();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Page first = layout.pages().get(0);
        Document document = new Document(new Rectangle((float) first.widthPt(), (float) first.heightPt()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);   // PDF/A-2 is built on PDF 1.7
        // Content streams are text operators that deflate well at the fastest level: the default
        // level took an eighth of a render (1.7 ms of the zijin sample's 12.6) for 0.6 % fewer bytes.
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        Calendar date = calendar(documentInfo);
        info(document, documentInfo, date);
        writer.setXmpMetadata(PdfaMetadata.xmp(documentInfo, date, trace, tagged));
        if (tagged) TaggedContent.prepare(writer);
        // Object streams deflate the dictionaries — the structure tree above all, about 0.8 KB a page —
        // but hide them from PdfFixups: only when gongwen names every font itself (PdfFace) is nothing
        // left for it there to make deterministic.
        if (fontsWrittenByGongwen(layout)) writer.setFullCompression();
        document.open();
        PdfaMetadata.addOutputIntent(writer);
        TaggedContent tags = tagged ? TaggedContent.write(writer, layout) : null;
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        writer.setPageLabels(labels);
        List<PdfOutline> level1 = new ArrayList<>();
        Map<java.nio.ByteBuffer, org.openpdf.text.Image> images = new java.util.HashMap<>();
        for (Page page : layout.pages()) {
            RenderCancelled.checkInterrupted();
            if (page.index() > 0) {
                document.setPageSize(new Rectangle((float) page.widthPt(), (float) page.heightPt()));
                document.newPage();
            }
            PdfContentByte cb = writer.getDirectContent();
            if (tags == null) {
                for (Rule r : page.rules()) rule(cb, r, page.heightPt());
                for (Line line : page.lines()) for (GlyphRun run : line.runs()) run(cb, run, line, page.heightPt(), false);
                for (Layout.Image image : page.images()) image(cb, image, page.heightPt(), images);
            } else {
                tagged(cb, page, tags, images);
            }
            writer.setPageEmpty(false);
            bookmarks(writer, layout.outline(), page, level1);
        }
        // OpenPDF stamps the clock as creation date; the document's own date goes in instead.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
        document.close();
        return PdfFixups.fix(out.toByteArray());
    }

    /**
     * A page of a tagged file: the rules as one artifact; the lines' runs marked by node, consecutive
     * runs of one node as one marked sequence (a paragraph's lines on a page are one, so the file has few
     * marks for the structure to point to); page numbers as pagination artifacts; each picture as its Figure.
     */
    private void tagged(PdfContentByte cb, Page page, TaggedContent tags, Map<java.nio.ByteBuffer, org.openpdf.text.Image> images) {
        if (!page.rules().isEmpty()) {
            tags.begin(cb, Layout.Structure.ARTIFACT);
            for (Rule r : page.rules()) rule(cb, r, page.heightPt());
            tags.end(cb);
        }
        boolean marking = false;
        int node = 0;
        for (Line line : page.lines()) {
            List<GlyphRun> runs = line.runs();
            if (line.role() == Role.PAGE_NUMBER) {
                if (marking) tags.end(cb);
                marking = false;
                tags.beginPagination(cb);
                for (GlyphRun run : runs) run(cb, run, line, page.heightPt(), false);
                tags.end(cb);
                continue;
            }
            for (int i = 0; i < runs.size(); i++) {
                GlyphRun run = runs.get(i);
                if (!marking || run.node() != node) {
                    if (marking) tags.end(cb);
                    node = run.node();
                    tags.begin(cb, node);
                    marking = true;
                }
                // a line broken between words ends in a space for a reader, drawn as nothing after its last glyph
                run(cb, run, line, page.heightPt(), line.wordBreak() && i == runs.size() - 1);
            }
        }
        if (marking) tags.end(cb);
        for (Layout.Image image : page.images()) {
            tags.begin(cb, image.node());
            image(cb, image, page.heightPt(), images);
            tags.end(cb);
        }
    }

    /** Whether every face the layout prints is embedded by gongwen, not by OpenPDF. */
    private boolean fontsWrittenByGongwen(Layout layout) {
        java.util.Set<FontFace> faces = new java.util.HashSet<>();
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) for (GlyphRun run : line.runs()) faces.add(run.face());
        }
        for (FontFace face : faces) {
            if (!(fonts.font(face) instanceof PdfFace f && f.writtenByGongwen())) return false;
        }
        return true;
    }

    /** One run of glyphs on its line's baseline; {@code trailingSpace}: a space after the last (when the face has one). */
    private void run(PdfContentByte cb, GlyphRun run, Line line, double pageHeight, boolean trailingSpace) {
        BaseFont font = fonts.font(run.face());
        float size = (float) run.sizePt();
        cb.beginText();
        cb.setFontAndSize(font, size);
        color(cb, run.color(), false);
        double[] x = run.x();
        cb.setTextMatrix((float) x[0], (float) (pageHeight - line.baseline()));
        // One TJ per run: after each glyph, move the pen from its natural advance to the layout's x.
        // Glyphs between two moves go in as one string (OpenPDF would join them by concatenation).
        PdfTextArray tj = new PdfTextArray();
        String text = run.text();
        StringBuilder glyphs = new StringBuilder();
        int i = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            glyphs.appendCodePoint(cp);
            k += Character.charCount(cp);
            if (i + 1 < x.length) {
                double natural = font.getWidthPoint(cp, size);
                double gap = x[i + 1] - x[i] - natural;
                if (Math.abs(gap) > 0.001) {
                    tj.add(glyphs.toString());
                    glyphs.setLength(0);
                    tj.add((float) (-gap * 1000 / size));
                }
            }
            i++;
        }
        if (trailingSpace && font.charExists(' ')) glyphs.append(' ');
        if (!glyphs.isEmpty()) tj.add(glyphs.toString());
        cb.showText(tj);
        cb.endText();
    }

    /**
     * A picture at its place, scaled to its box ({@link PdfImages}). The document's pictures were
     * admitted before (ingest.ImportLimits: a readable PNG or JPEG of at most its pixels), so OpenPDF,
     * which decodes a PNG with transparency or interlacing, never sees a bomb. One XObject per image
     * data in the file, however often it is shown.
     */
    private static void image(PdfContentByte cb, Layout.Image image, double pageHeight, Map<java.nio.ByteBuffer, org.openpdf.text.Image> images) {
        org.openpdf.text.Image pdfImage = images.get(java.nio.ByteBuffer.wrap(image.data()));
        if (pdfImage == null) {
            try {
                pdfImage = PdfImages.of(image.data());
            } catch (IOException | RuntimeException e) {
                throw new BadInputException(Fault.UNREADABLE, "image-unreadable", "有一张图片无法写入 PDF：请把它另存为 PNG 或 JPEG 后重新插入",
                        "a picture cannot be written to the PDF", e);
            }
            images.put(java.nio.ByteBuffer.wrap(image.data()), pdfImage);
        }
        try {
            cb.addImage(pdfImage, (float) image.widthPt(), 0, 0, (float) image.heightPt(),
                    (float) image.left(), (float) (pageHeight - image.top() - image.heightPt()));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place a picture", e);
        }
    }

    private static void rule(PdfContentByte cb, Rule r, double pageHeight) {
        cb.setLineWidth((float) r.widthPt());
        color(cb, r.color(), true);
        cb.moveTo((float) r.x1(), (float) (pageHeight - r.y1()));
        cb.lineTo((float) r.x2(), (float) (pageHeight - r.y2()));
        cb.stroke();
    }

    private static void color(PdfContentByte cb, String hex, boolean stroke) {
        int rgb = hex == null || hex.isBlank() || hex.equalsIgnoreCase("auto") ? 0 : Integer.parseInt(hex, 16);
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        if (stroke) cb.setRGBColorStroke(r, g, b);
        else cb.setRGBColorFill(r, g, b);
    }

    /** Bookmarks of this page: level 1 at the root, level 2 under the last level 1. */
    private static void bookmarks(PdfWriter writer, List<OutlineEntry> outline, Page page, List<PdfOutline> level1) {
        for (OutlineEntry e : outline) {
            if (e.pageIndex() != page.index()) continue;
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, 0, (float) (page.heightPt() - e.top()), 0);
            PdfOutline parent = e.level() == 1 || level1.isEmpty() ? writer.getRootOutline() : level1.get(level1.size() - 1);
            PdfOutline o = new PdfOutline(parent, dest, e.title(), false);
            if (e.level() == 1) level1.add(o);
        }
    }

    private static void info(Document d, Layout.DocumentInfo info, Calendar date) {
        if (!info.title().isBlank()) d.addTitle(info.title());
        if (!info.author().isBlank()) d.addAuthor(info.author());
        if (!info.subject().isBlank()) d.addSubject(info.subject());
        if (!info.keywords().isBlank()) d.addKeywords(info.keywords());
        d.addCreator(PdfaMetadata.PRODUCER);
        d.addProducer(PdfaMetadata.PRODUCER);
    }

    /** The document date at midnight in China; a fixed date when the document has none. */
    static Calendar calendar(Layout.DocumentInfo info) {
        GregorianCalendar c = new GregorianCalendar(CHINA);
        c.clear();
        if (info.date() != null) c.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
        else c.set(2000, Calendar.JANUARY, 1);
        return c;
    }
}
