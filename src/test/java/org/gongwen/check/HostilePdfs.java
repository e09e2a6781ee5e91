package org.gongwen.check;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The hostile PDFs of issue 12 (security review rows 2–5), built in code so the tests carry no
 * binary files. Each is small on disk and costly to read naively.
 */
public final class HostilePdfs {
    private static final COSName FONT = COSName.getPDFName("F1");

    private HostilePdfs() {}

    /** A form XObject whose content draws itself twice: 2^50 draws under PDFBox's own depth limit. */
    public static byte[] selfDrawingForm() {
        return selfNamingForm("/Fm0 Do");
    }

    /** A page whose resources name a form whose resources name that form again; {@code content} draws or not. */
    static byte[] selfNamingForm(String content) {
        return build(doc -> {
            PDResources res = resources();
            PDFormXObject form = form(doc, res, "/Fm0 Do /Fm0 Do");
            res.put(COSName.getPDFName("Fm0"), form);
            page(doc, res, content);
        });
    }

    /** {@code depth} forms, each drawing the next {@code fanOut} times; the last shows one glyph. */
    public static byte[] nestedForms(int depth, int fanOut) {
        return nestedForms(depth, fanOut, "/Fm0 Do");
    }

    /** As {@link #nestedForms(int, int)}, the page showing {@code content} (which may draw no form). */
    static byte[] nestedForms(int depth, int fanOut, String content) {
        return build(doc -> {
            // top-down: PDFBox walks an object's descendants when it is added, so a chain built leaf-first overflows
            PDResources res = resources();
            page(doc, res, content);
            for (int level = 0; level < depth; level++) {
                PDResources inner = resources();
                res.put(COSName.getPDFName("Fm" + level), form(doc, inner, ("/Fm" + (level + 1) + " Do ").repeat(fanOut)));
                res = inner;
            }
            res.put(COSName.getPDFName("Fm" + depth), form(doc, resources(), "BT /F1 12 Tf 72 720 Td (A) Tj ET"));
        });
    }

    /** {@code count} A4 pages sharing one content stream and one resource dictionary. */
    public static byte[] pages(int count) {
        return build(doc -> {
            PDResources res = resources();
            COSStream content = stream(doc, "BT /F1 12 Tf 72 720 Td (A) Tj ET");
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(res);
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                doc.addPage(page);
            }
        });
    }

    /** {@code count} pages under a page tree that declares only {@code declared}. */
    static byte[] pagesUndercounted(int count, int declared) {
        return build(doc -> {
            for (int i = 0; i < count; i++) page(doc, resources(), "BT /F1 12 Tf 72 720 Td (A) Tj ET");
            doc.getPages().getCOSObject().setInt(COSName.COUNT, declared);
        });
    }

    /** One page whose deflated content shows {@code glyphs} glyphs, a thousand per Tj. */
    public static byte[] glyphs(int glyphs) {
        return build(doc -> {
            StringBuilder s = new StringBuilder("BT /F1 1 Tf 72 720 Td\n");
            String run = "(" + "A".repeat(1000) + ") Tj\n";
            for (int i = 0; i < glyphs / 1000; i++) s.append(run);
            page(doc, resources(), s.append("ET").toString());
        });
    }

    /** One page whose deflated content repeats {@code operator} (with its operands) {@code count} times. */
    static byte[] operators(String operator, int count) {
        return build(doc -> page(doc, resources(), (operator + "\n").repeat(count)));
    }

    /** A page whose content is {@code mb} MB of spaces, deflated to a thousandth of that. */
    static byte[] blankContent(int mb) {
        return build(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(resources());
            page.getCOSObject().setItem(COSName.CONTENTS, spaces(doc, mb));
            doc.addPage(page);
        });
    }

    /** A page drawing {@code draws} times a form whose content is {@code mb} MB of spaces. */
    static byte[] blankForm(int mb, int draws) {
        return build(doc -> {
            PDResources res = resources();
            PDFormXObject form = new PDFormXObject(spaces(doc, mb));
            form.setBBox(PDRectangle.A4);
            res.put(COSName.getPDFName("Fm0"), form);
            page(doc, res, "/Fm0 Do\n".repeat(draws));
        });
    }

    private interface Builder {
        void build(PDDocument doc) throws IOException;
    }

    private static byte[] build(Builder b) {
        try (PDDocument doc = new PDDocument()) {
            b.build(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDResources resources() {
        PDResources res = new PDResources();
        res.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return res;
    }

    private static PDFormXObject form(PDDocument doc, PDResources res, String content) throws IOException {
        PDFormXObject form = new PDFormXObject(stream(doc, content));
        form.setBBox(PDRectangle.A4);
        form.setResources(res);
        return form;
    }

    private static void page(PDDocument doc, PDResources res, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(res);
        page.getCOSObject().setItem(COSName.CONTENTS, stream(doc, content));
        doc.addPage(page);
    }

    /** Deflated here rather than by PDFBox, which would hold the decoded megabytes first. */
    private static COSStream spaces(PDDocument doc, int mb) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = new DeflaterOutputStream(s.createRawOutputStream(), new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int i = 0; i < mb; i++) out.write(chunk);
        }
        return s;
    }

    private static COSStream stream(PDDocument doc, String content) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }
}
