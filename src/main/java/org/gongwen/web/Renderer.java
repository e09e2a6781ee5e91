package org.gongwen.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongwen.check.Finding;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.PdfTagging;
import org.gongwen.Rendered;
import org.gongwen.TemplateChange;
import org.gongwen.adopt.Adoption;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Runs renders for the web layer: within the render time and page limits, admitted by {@link RenderGate},
 * measured (timer {@code gongwen.render} by format and outcome; failures by type are counted
 * where they are answered, see {@link Problems}). Also makes the UI's page previews.
 */
@Component
public class Renderer {
    private static final Logger log = LoggerFactory.getLogger(Renderer.class);
    /** Preview resolution: an A4 page becomes about 600 px wide, sharp enough to read headings. */
    private static final float PREVIEW_DPI = 72f;

    private final Gongwen gongwen;
    private final WebLimits limits;
    private final MeterRegistry meters;
    private final RenderGate gate;
    /** Preview pages rendering at once ({@link WebLimits#previewPageRenders}), beside the render gate. */
    private final Semaphore pageRenders;

    public Renderer(Gongwen gongwen, WebLimits limits, MeterRegistry meters, RenderGate gate) {
        this.gongwen = gongwen;
        this.limits = limits;
        this.meters = meters;
        this.gate = gate;
        this.pageRenders = new Semaphore(Math.max(1, limits.previewPageRenders()));
    }

    public Rendered render(OfficialDocument document, String templateId, Format format) {
        return render(document, templateId, format, PdfTagging.TAGGED);
    }

    /** Like {@link #render(OfficialDocument, String, Format)}, a PDF tagged or not ({@link PdfTagging}; other formats ignore it). */
    public Rendered render(OfficialDocument document, String templateId, Format format, PdfTagging tagging) {
        Rendered rendered = measured(format.extension, () -> {
            Rendered r = gongwen.render(document, templateId, format, tagging);
            if (format == Format.PDF) checkPages(r.pages());
            return r;
        });
        return traced(rendered);
    }

    /**
     * Which template and version a render used, in its log line and counted by them
     * ({@code gongwen.renders.template}), as the file itself says in its custom property or XMP: a
     * published file can be traced to the house it was made with, and an operator sees which versions are
     * still in use. The tags are bounded by the versions ever published.
     */
    private Rendered traced(Rendered r) {
        traced(r.templateId(), r.templateVersion(), r.format() == null ? "zip" : r.format().extension);
        return r;
    }

    private void traced(String templateId, String templateVersion, String format) {
        String version = templateVersion.substring(0, 12);
        meters.counter("gongwen.renders.template", "template", templateId, "version", version).increment();
        log.info("rendered template={} version={} format={}", templateId, version, format);
    }

    /**
     * The checker's findings for a DOCX or PDF: a check parses a file as hostile as any upload, so it
     * takes a place at the gate and keeps the render time limit like a render.
     */
    public List<Finding> check(String fileName, byte[] content, String templateId) {
        return measured("check", () -> gongwen.check(fileName, content, templateId));
    }

    /** The portal article alone ({@code <article class="gongwen">}), for a CMS to embed in its page. */
    public String fragment(OfficialDocument document, String templateId) {
        String article = measured("fragment", () -> gongwen.htmlFragment(document, templateId));
        traced(templateId, gongwen.templateVersionInUse(templateId), "fragment");
        return article;
    }

    /** DOCX, PDF and HTML in one zip (fixed entry times, so the same input gives the same bytes). */
    public Rendered zip(OfficialDocument document, String templateId, String baseName) {
        return zip(document, templateId, baseName, PdfTagging.TAGGED);
    }

    /** Like {@link #zip(OfficialDocument, String, String)}, its PDF tagged or not. */
    public Rendered zip(OfficialDocument document, String templateId, String baseName, PdfTagging tagging) {
        return traced(measured("zip", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LinkedHashSet<Warning> warnings = new LinkedHashSet<>();
            Rendered r = null;
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Format format : Format.values()) {
                    r = gongwen.render(document, templateId, format, tagging);
                    if (format == Format.PDF) checkPages(r.pages());
                    warnings.addAll(r.warnings());
                    ZipEntry entry = new ZipEntry(baseName + "." + format.extension);
                    entry.setTime(0L);
                    zip.putNextEntry(entry);
                    zip.write(r.bytes());
                    zip.closeEntry();
                }
            }
            // the files in it were made with the one template: the last render names it
            return new Rendered(null, out.toByteArray(), List.copyOf(warnings), 0, r.templateId(), r.templateVersion());
        }));
    }

    /**
     * Learns a house template from a bureau's document ({@link Gongwen#adoptTemplate}); stores nothing.
     * It reads a DOCX as hostile as any upload, so it takes a place at the gate like a render.
     */
    public Adoption adopt(String templateId, byte[] docx) {
        return measured("adopt", () -> gongwen.adoptTemplate(templateId, docx));
    }

    /**
     * Keeps a template, or adopts a bureau's document and keeps what it learned, as a new version
     * ({@link Gongwen#prepareTemplate}, {@link Gongwen#keepTemplate}): the learning within the render gate
     * and time limit as an adoption for the UI is, since it reads the whole document.
     */
    public TemplateChange putTemplate(String templateId, byte[] docx, String author, boolean publish) {
        // only the learning is bounded here: a version is kept after it, on the request's thread, never by a
        // render thread still running after the client was told it took too long
        Adoption prepared = measured("adopt", () -> gongwen.prepareTemplate(templateId, docx));
        return gongwen.keepTemplate(templateId, prepared, author, publish);
    }

    /** The PDF's first pages as PNG data: URIs, with the page count and the writer's warnings. */
    public Preview preview(OfficialDocument document, String templateId) {
        return pageImages(render(document, templateId, Format.PDF), limits.previewPages());
    }

    /** Like {@link #preview(OfficialDocument, String)} with a template not in the library (an adopted one), at most {@code pages} pages. */
    public Preview preview(OfficialDocument document, String templateId, byte[] templateDocx, int pages) {
        Rendered pdf = measured(Format.PDF.extension, () -> {
            Rendered rendered = gongwen.render(document, templateId, templateDocx, Format.PDF);
            checkPages(rendered.pages());
            return rendered;
        });
        return pageImages(pdf, Math.min(pages, limits.previewPages()));
    }

    /**
     * One page (1-based) of a PDF as a PNG, for the review's preview that loads each page as the clerk
     * scrolls to it; read within the gate and the time limit like a render. Null when there is no such page.
     */
    public byte[] page(byte[] pdf, int page) {
        // gongwen's own PDF, not an upload: outside the render gate, so that a clerk scrolling a long
        // preview never takes the places of other clerks' renders; a few pages render at once
        boolean admitted = false;
        try {
            admitted = pageRenders.tryAcquire(limits.renderTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!admitted) {
                throw new BadInputException(Fault.BUSY, "busy", "服务繁忙，这页预览稍后再显示：请稍候刷新页面。", "Busy; try again shortly.");
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                if (page < 1 || page > doc.getNumberOfPages()) return null;
                return png(new PDFRenderer(doc).renderImageWithDPI(page - 1, PREVIEW_DPI, ImageType.RGB));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering a preview page", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (admitted) pageRenders.release();
        }
    }



    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static Preview pageImages(Rendered pdf, int maxPages) {
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            PDFRenderer painter = new PDFRenderer(doc);
            List<String> images = new ArrayList<>();
            int shown = Math.min(doc.getNumberOfPages(), maxPages);
            for (int i = 0; i < shown; i++) {
                byte[] png = png(painter.renderImageWithDPI(i, PREVIEW_DPI, ImageType.RGB));
                images.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            }
            return new Preview(images, doc.getNumberOfPages(), pdf.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Preview(List<String> pageImages, int pageCount, List<Warning> warnings) {}

    private <T> T measured(String format, Callable<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        Future<T> future = gate.submit(() -> {
            if (mdc != null) MDC.setContextMap(mdc);
            try {
                return work.call();
            } finally {
                MDC.clear();
            }
        });
        try {
            return future.get(limits.renderTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome = "failure";
            throw new BadInputException(Fault.TOO_COMPLEX, "render-timeout",
                    switch (format) {
                        case "check" -> "检查";
                        case "adopt" -> "生成模板";
                        default -> "排版";
                    } + "超时（超过 " + limits.renderTimeout().toSeconds() + " 秒）。"
                            + (format.equals("adopt") ? "请换一份篇幅较短的公文再试。" : "请拆分内容后再试。"),
                    "Rendering took longer than " + limits.renderTimeout().toSeconds() + " s.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            outcome = "failure";
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            outcome = "failure";
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } finally {
            long nanos = sample.stop(Timer.builder("gongwen.render").description("Renders by format and outcome")
                    .tag("format", format).tag("outcome", outcome).register(meters));
            log.info("render format={} outcome={} ms={}", format, outcome, nanos / 1_000_000);
        }
    }

    private void checkPages(int pages) {
        if (pages > limits.maxPages()) {
            throw new BadInputException(Fault.TOO_LARGE, "too-many-pages",
                    "排版结果共 " + pages + " 页，超过上限 " + limits.maxPages() + " 页。请拆分为几份公文。",
                    "The result has " + pages + " pages; the limit is " + limits.maxPages() + ".");
        }
    }
}
