package org.gongwen.check;

import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.TextImporter;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What checking a PDF costs (issue 12): wall time, bytes allocated, peak heap in use (garbage
 * included) and the heap a read document holds, for gongwen's own PDFs and each hostile PDF. Not a
 * test; run by hand with a small heap, naming the cases or none for all:
 * {@code java -Xmx512m -cp target/test-classes:target/classes:<dependencies> org.gongwen.check.PdfCheckCost [case...]}.
 * A case that has not answered after 60 s is abandoned (and the run ends there).
 */
final class PdfCheckCost {
    private static final HouseStyle STYLE = TemplateLibrary.shared().get("report").style();
    private static final MemoryMXBean HEAP = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        OfficialDocument zijin = TextImporter.read(SharedSamples.text(SharedSamples.ZIJIN), ImportLimits.DEFAULT);
        run(only, "zijin", () -> render(zijin), 1);
        run(only, "pages300", () -> render(lengthen(zijin, 300)), 1);
        run(only, "glyphs400k", () -> HostilePdfs.glyphs(400_000), 1);
        run(only, "self-drawing-form", HostilePdfs::selfDrawingForm, 1);
        run(only, "nested-forms-8x10", () -> HostilePdfs.nestedForms(8, 10), 1);
        run(only, "pages20000", () -> HostilePdfs.pages(20_000), 1);
        run(only, "glyphs4M", () -> HostilePdfs.glyphs(4_000_000), 1);
        run(only, "glyphs4M-x8", () -> HostilePdfs.glyphs(4_000_000), 8);
        run(only, "ops-moveto-4M", () -> HostilePdfs.operators("0 0 m", 4_000_000), 1);
        run(only, "blank-page-1GB", () -> HostilePdfs.blankContent(1000), 1);
        run(only, "blank-form-600MB", () -> HostilePdfs.blankForm(600, 1), 1);
        System.exit(0);
    }

    private static void run(List<String> only, String name, Supplier<byte[]> make, int parallel) throws Exception {
        if (!only.isEmpty() && !only.contains(name)) return;
        byte[] pdf = make.get();
        if (List.of("zijin", "pages300", "glyphs400k").contains(name)) {
            for (int i = 0; i < 5; i++) new PdfChecker().check(pdf, STYLE); // warm-up
            retained(name, pdf);
            var cpu = ManagementFactory.getThreadMXBean();
            long[] ms = new long[20], cpuMs = new long[20];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
                new PdfChecker().check(pdf, STYLE);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
                cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1_000_000;
            }
            java.util.Arrays.sort(ms);
            java.util.Arrays.sort(cpuMs);
            System.out.printf("%-18s 20 checks: wall min %d / median %d ms, CPU min %d / median %d ms%n", name, ms[0], ms[10],
                    cpuMs[0], cpuMs[10]);
        }
        gc();
        long base = HEAP.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(HEAP.getHeapMemoryUsage().getUsed(), Math::max);
                try { Thread.sleep(2); } catch (InterruptedException e) { return; }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicLong allocated = new AtomicLong();
        long start = System.nanoTime();
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            runs.add(pool.submit(() -> {
                long before = threads.getCurrentThreadAllocatedBytes();
                try {
                    return new PdfChecker().check(pdf, STYLE).size() + " findings";
                } catch (BadInputException e) {
                    return e.code() + " " + e.fault() + " " + e.messageZh();
                } catch (OutOfMemoryError e) {
                    return "OutOfMemoryError";
                } finally {
                    allocated.addAndGet(threads.getCurrentThreadAllocatedBytes() - before);
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : runs) {
            try {
                outcomes.add(f.get(Math.max(0, 60_000_000_000L - (System.nanoTime() - start)), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                outcomes.add("no answer after 60 s");
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        pool.shutdownNow();
        sampler.interrupt();
        System.out.printf("%-18s %8d bytes  x%d  %6d ms  allocated %7.1f MB  peak heap +%6.1f MB  %s%n", name, pdf.length,
                parallel, ms, allocated.get() / 1e6, (peak.get() - base) / 1e6, outcomes.stream().distinct().toList());
        if (outcomes.stream().anyMatch(o -> o.startsWith("no answer"))) {
            System.out.flush();
            Runtime.getRuntime().halt(1); // a runaway check cannot be stopped; the next case would measure it too
        }
    }

    /** Heap the read document holds (what PdfChecker keeps while it checks). */
    private static void retained(String name, byte[] pdf) {
        gc();
        long before = HEAP.getHeapMemoryUsage().getUsed();
        PdfPages held = PdfPages.read(pdf, PdfLimits.DEFAULT);
        gc();
        long after = HEAP.getHeapMemoryUsage().getUsed();
        int glyphs = held.pages.stream().mapToInt(p -> p.lines().stream().mapToInt(l -> l.glyphs().size()).sum()).sum();
        System.out.printf("%-18s retained %.1f MB for %d pages, %d glyphs%n", name, (after - before) / 1e6,
                held.pages.size(), glyphs);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) System.gc();
    }

    private static byte[] render(OfficialDocument doc) {
        return new PdfPainter().paint(new Typesetter(FontLibrary.shared()).typeset(doc, STYLE));
    }

    /** About {@code pages} pages of zijin's blocks in turn (as FlowBenchmark.lengthen does). */
    private static OfficialDocument lengthen(OfficialDocument zijin, int pages) {
        Typesetter typesetter = new Typesetter(FontLibrary.shared());
        int zijinPages = typesetter.typeset(zijin, STYLE).pages().size();
        int count = Math.round((float) pages * zijin.blocks().size() / zijinPages);
        OfficialDocument longer = repeat(zijin, count);
        int made = typesetter.typeset(longer, STYLE).pages().size();
        return made == pages ? longer : repeat(zijin, Math.round((float) count * pages / made));
    }

    private static OfficialDocument repeat(OfficialDocument zijin, int blockCount) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < blockCount; i++) blocks.add(zijin.blocks().get(i % zijin.blocks().size()));
        return zijin.toBuilder().blocks(blocks).build();
    }
}
