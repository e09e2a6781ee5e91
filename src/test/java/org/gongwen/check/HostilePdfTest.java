package org.gongwen.check;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;
import org.gongwen.style.HouseStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 12, rows 2–5 of the security review: small PDFs that ask for unbounded work are refused
 * with a stable code, quickly, and without flooding the log. The timeouts only guard against a
 * hang; they are not speed assertions.
 */
class HostilePdfTest {
    private static final HouseStyle HOUSE = Gbt9704.plain();
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final Logger pdfbox = (Logger) LoggerFactory.getLogger("org.apache.pdfbox");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level level;

    @BeforeEach
    void captureLog() {
        level = pdfbox.getLevel();
        pdfbox.setLevel(Level.WARN);
        log.start();
        pdfbox.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        pdfbox.detachAppender(log);
        pdfbox.setLevel(level);
    }

    private static BadInputException refusal(byte[] pdf, PdfLimits limits) {
        Throwable t = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowable(() -> new PdfChecker(limits).check(pdf, HOUSE)));
        assertThat(t).isInstanceOf(BadInputException.class);
        return (BadInputException) t;
    }

    private static Throwable catchThrowable(ThrowingSupplier<?> call) {
        try {
            call.get();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private List<String> logged(String text) {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m != null && m.contains(text)).toList();
    }

    @Test
    void aFormThatDrawsItselfIsRefusedBeforePdfBoxStartsLogging() {
        BadInputException e = refusal(HostilePdfs.selfDrawingForm(), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-complex");
        assertThat(e.fault()).isEqualTo(Fault.TOO_COMPLEX);
        assertThat(e.messageZh()).contains("第 1 页").contains("绘制自身").contains("重新导出");
        assertThat(logged("recursion is too deep")).isEmpty();
    }

    @Test
    void formsFanningOutAreRefusedByTheOperatorCap() {
        BadInputException e = refusal(HostilePdfs.nestedForms(8, 10), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-much-content");
        assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
        assertThat(e.messageZh()).contains("3000000 条绘制指令");
    }

    @Test
    void formsNestedPastTheDepthLimitAreRefused() {
        BadInputException e = refusal(HostilePdfs.nestedForms(20, 1), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-complex");
        assertThat(e.fault()).isEqualTo(Fault.TOO_COMPLEX);
        assertThat(e.messageZh()).contains("嵌套超过 16 层");
        assertThat(logged("recursion is too deep")).isEmpty();
    }

    @Test
    void formsNestedWithinTheLimitAreRead() {
        assertThat(new PdfChecker().check(HostilePdfs.nestedForms(15, 1), HOUSE)).isNotNull();
    }

    @Test
    void formsThatNameEachOtherWithoutDrawingAreSearchedForFontsOnce() {
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> new PdfChecker().check(HostilePdfs.selfNamingForm(""), HOUSE)))
                .isNotNull();
    }

    @Test
    void aChainOfFormsTooDeepForTheStackIsSearchedForFontsOnlyAsDeepAsFormsMayBeDrawn() {
        byte[] pdf = HostilePdfs.nestedForms(20_000, 1, "");
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> new PdfChecker().check(pdf, HOUSE))).isNotNull();
    }

    @Test
    void twentyThousandPagesAreRefusedFromThePageTreeAlone() {
        BadInputException e = refusal(HostilePdfs.pages(20_000), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-many-pages");
        assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
        assertThat(e.messageZh()).isEqualTo("PDF 共 20000 页，超过检查上限 300 页，请拆分后再检查。");
    }

    @Test
    void aPageTreeThatUndercountsItsPagesIsCountedAsRead() {
        PdfLimits three = new PdfLimits(3, 16, 1000, 10_000, 1 << 20);
        BadInputException e = refusal(HostilePdfs.pagesUndercounted(5, 1), three);
        assertThat(e.code()).isEqualTo("pdf-too-many-pages");
        assertThat(e.messageZh()).contains("超过检查上限 3 页");
        assertThat(new PdfChecker(three).check(HostilePdfs.pagesUndercounted(3, 1), HOUSE)).isNotNull();
    }

    @Test
    void fourMillionGlyphsAreRefusedByTheGlyphCap() {
        BadInputException e = refusal(HostilePdfs.glyphs(4_000_000), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-much-content");
        assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
        assertThat(e.messageZh()).contains("400000 个字形").contains("第 1 页");
        assertThat(e.messageEn()).contains("400000 glyphs");
    }

    @Test
    void millionsOfOperatorsWithoutAGlyphAreRefusedByTheOperatorCap() {
        BadInputException e = refusal(HostilePdfs.operators("0 0 m", 100_000), new PdfLimits(300, 16, 1000, 50_000, 1 << 20));
        assertThat(e.code()).isEqualTo("pdf-too-much-content");
        assertThat(e.messageZh()).contains("50000 条绘制指令");
    }

    @Test
    void pageContentThatInflatesToMoreThanTheCapIsRefusedBeforeItIsParsed() {
        BadInputException e = refusal(HostilePdfs.blankContent(64), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-much-content");
        assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
        assertThat(e.messageZh()).contains("32 MB 解压后的页面内容");
    }

    @Test
    void aFormIsMeasuredOnceButCountedAtEveryDraw() {
        BadInputException e = refusal(HostilePdfs.blankForm(4, 100), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-much-content");
        assertThat(new PdfChecker().check(HostilePdfs.blankForm(4, 7), HOUSE)).isNotNull();
    }

    @Test
    void graphicsStatesNestedWithoutEndAreRefused() {
        BadInputException e = refusal(HostilePdfs.operators("q", 100_000), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-complex");
        assertThat(e.messageZh()).contains("嵌套超过 " + PdfBudget.MAX_NESTING + " 层");
    }

    @Test
    void markedContentNestedWithoutEndIsRefused() {
        BadInputException e = refusal(HostilePdfs.operators("/P BMC", 100_000), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-too-complex");
    }

    @Test
    void balancedNestingIsNotCountedUp() {
        assertThat(new PdfChecker().check(HostilePdfs.operators("q /P BMC EMC Q", 10_000), HOUSE)).isNotNull();
    }

    @Test
    void damagedOperatorsAreLoggedAFewTimesThenSkippedQuietly() {
        assertThat(new PdfChecker().check(HostilePdfs.operators("cm", 10_000), HOUSE)).isNotNull();
        assertThat(log.list).filteredOn(e -> e.getLoggerName().endsWith(".PDFStreamEngine")).hasSizeBetween(1, 10);
    }

    @Test
    void anInterruptedCheckEndsAsCancelledNotAsUnreadable() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new PdfChecker().check(HostilePdfs.pages(1), HOUSE)).isInstanceOf(RenderCancelled.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aCheckInterruptedMidStreamStopsPromptly() throws Exception {
        byte[] pdf = HostilePdfs.glyphs(4_000_000);
        PdfChecker unbounded = new PdfChecker(new PdfLimits(300, 16, 10_000_000, 10_000_000, 1L << 30));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> outcome.set(catchThrowable(() -> unbounded.check(pdf, HOUSE))));
        Thread.sleep(300);
        worker.interrupt();
        worker.join(HANG_GUARD);
        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(RenderCancelled.class);
    }

    @Test
    void aDamagedPdfIsRefusedWithoutTheLibrarysWords() {
        BadInputException e = refusal("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), PdfLimits.DEFAULT);
        assertThat(e.code()).isEqualTo("pdf-unreadable");
        assertThat(e.getCause()).isNotNull();
        assertThat(e.messageEn()).doesNotContain(e.getCause().getMessage());
    }

    @Test
    void limitsOutsideTheirRangeAreRejected() {
        assertThatThrownBy(() -> new PdfLimits(0, 16, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfLimits(300, 50, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
