package org.gongwen.check;

import org.apache.pdfbox.cos.COSStream;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one check of a PDF has spent against its {@link PdfLimits}: PDFBox calls in here as it
 * reads pages and content streams, runs operators, shows glyphs and draws forms, and the first
 * excess refuses the PDF. Also where a cancelled check (its thread interrupted) notices and stops.
 * One per check.
 */
final class PdfBudget {
    /**
     * Graphics-state (q) and marked-content (BDC) nesting: each level keeps a copy of the state,
     * so a stream of a million q would fill the heap. Acrobat's own limit is 28 (PDF 1.7, annex C).
     */
    static final int MAX_NESTING = 512;
    /**
     * Drawing a form costs PDFBox about what fifty simple operators do (measured: some 10 KB of
     * garbage for the resources, a copy of the graphics state and a clip), so it counts as fifty:
     * forms drawing forms ten times over are refused after 60,000 draws.
     */
    static final int FORM_DRAW_OPERATORS = 50;
    /** Operators or glyphs between looks at the interrupt flag: a few milliseconds of work. */
    private static final int CANCEL_EVERY = 4096;

    private final PdfLimits limits;
    /** The forms being drawn, each inside the one before; one of them drawn again would never end. */
    private final Set<COSStream> forms = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Decoded sizes of the content streams met: a form drawn again counts again but is measured once. */
    private final Map<COSStream, Long> contentSizes = new IdentityHashMap<>();
    private long operators, glyphs, contentBytes;
    private int page;

    PdfBudget(PdfLimits limits) {
        this.limits = limits;
    }

    /** The page count the page tree declares, checked before any page is read. */
    void pageCount(int count) {
        if (count > limits.maxPages()) throw tooManyPages("PDF 共 " + count + " 页", "The PDF has " + count + " pages");
    }

    /** Page {@code number} (from 1) is being read: the declared count may lie, so pages are counted too. */
    void page(int number) {
        RenderCancelled.checkInterrupted();
        page = number;
        if (number > limits.maxPages()) {
            throw tooManyPages("PDF 的页数", "The PDF has more than " + limits.maxPages() + " pages");
        }
    }

    void operator() {
        operators(1);
    }

    private void operators(int count) {
        long before = operators;
        operators += count;
        if (before / CANCEL_EVERY != operators / CANCEL_EVERY) RenderCancelled.checkInterrupted();
        if (operators > limits.maxOperators()) {
            throw tooMuchContent(limits.maxOperators() + " 条绘制指令", limits.maxOperators() + " content-stream operators");
        }
    }

    /** A page's or form's content stream is about to be parsed. */
    void content(COSStream stream) {
        long size = contentSizes.computeIfAbsent(stream, s -> ContentSize.of(s, limits.maxContentBytes() - contentBytes));
        contentBytes += size;
        if (contentBytes > limits.maxContentBytes()) {
            throw tooMuchContent(limits.maxContentBytes() / (1024 * 1024) + " MB 解压后的页面内容",
                    limits.maxContentBytes() / (1024 * 1024) + " MB of decompressed page content");
        }
    }

    void glyph() {
        if (++glyphs % CANCEL_EVERY == 0) RenderCancelled.checkInterrupted();
        if (glyphs > limits.maxGlyphs()) throw tooMuchContent(limits.maxGlyphs() + " 个字形", limits.maxGlyphs() + " glyphs");
    }

    /** A form XObject is about to be drawn (its Do operator counted already); pair with {@link #leaveForm}. */
    void enterForm(COSStream form) {
        operators(FORM_DRAW_OPERATORS - 1);
        if (forms.contains(form)) {
            throw tooComplex("有表单对象（Form XObject）直接或间接绘制自身，会无限循环", "a form XObject that draws itself");
        }
        if (forms.size() >= limits.maxFormDepth()) {
            throw tooComplex("的表单对象（Form XObject）嵌套超过 " + limits.maxFormDepth() + " 层",
                    "form XObjects nested more than " + limits.maxFormDepth() + " deep");
        }
        forms.add(form);
        content(form);
    }

    void leaveForm(COSStream form) {
        forms.remove(form);
    }

    /** Graphics-state or marked-content nesting about to reach {@code depth}. */
    void nesting(int depth) {
        if (depth > MAX_NESTING) {
            throw tooComplex("的图形状态或标记内容嵌套超过 " + MAX_NESTING + " 层", "graphics states or marked content nested more than "
                    + MAX_NESTING + " deep");
        }
    }

    private BadInputException tooManyPages(String zh, String en) {
        return new BadInputException(Fault.TOO_LARGE, "pdf-too-many-pages",
                zh + "，超过检查上限 " + limits.maxPages() + " 页，请拆分后再检查。",
                en + "; the checker reads at most " + limits.maxPages() + ". Split it and check the parts.");
    }

    private BadInputException tooMuchContent(String zh, String en) {
        return new BadInputException(Fault.TOO_LARGE, "pdf-too-much-content",
                "PDF 的内容超过检查上限（" + zh + "），读到第 " + page + " 页时停止；请拆分后再检查，文件本身不大时请用原软件重新导出 PDF。",
                "The PDF has more than " + en + " (reached on page " + page + "), the most the checker reads. Split it and "
                        + "check the parts; if the file is small, export the PDF again from the program that made it.");
    }

    private BadInputException tooComplex(String zh, String en) {
        return new BadInputException(Fault.TOO_COMPLEX, "pdf-too-complex",
                "PDF 第 " + page + " 页" + zh + "，无法检查；这是损坏或特意构造的文件，请用原软件重新导出 PDF（或“打印为 PDF”）后再检查。",
                "Page " + page + " of the PDF has " + en + " and cannot be checked; export the PDF again from the program "
                        + "that made it (or print it to PDF) and check that.");
    }
}
