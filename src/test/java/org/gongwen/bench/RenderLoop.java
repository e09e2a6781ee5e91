package org.gongwen.bench;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.SharedSamples;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Renders one document to PDF over and over, for a profiler (JFR) or a heap limit to watch:
 * {@code RenderLoop [doc=zijin|pagesN] [renders=200] [format=PDF|DOCX|HTML]}. Prints the time of each tenth render and
 * the medians of wall time and of the thread's CPU time (which other processes on a busy machine
 * disturb less). With {@code -Xmx64m} it shows that one render fits in 64 MB of heap.
 */
public final class RenderLoop {
    public static void main(String[] args) throws Exception {
        String doc = args.length > 0 ? args[0] : "zijin";
        int renders = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Format format = args.length > 2 ? Format.valueOf(args[2]) : Format.PDF;
        Gongwen gongwen = Gongwen.builder().build();
        OfficialDocument zijin = gongwen.readText(SharedSamples.text(SharedSamples.ZIJIN));
        OfficialDocument document = doc.startsWith("pages") ? FlowBenchmark.lengthen(zijin, Integer.parseInt(doc.substring(5))) : zijin;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[renders];
        long[] cpu = new long[renders];
        int size = 0;
        for (int i = 0; i < renders; i++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            size = gongwen.render(document, "report", format).bytes().length;
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            if (i % 10 == 0) System.out.printf("render %d: %.1f ms%n", i, nanos[i] / 1e6);
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%s %s: %d renders, median %.1f ms wall, %.1f ms CPU, %d bytes, max heap %d MB%n",
                doc, format, renders, nanos[renders / 2] / 1e6, cpu[renders / 2] / 1e6, size, Runtime.getRuntime().maxMemory() >> 20);
    }
}
