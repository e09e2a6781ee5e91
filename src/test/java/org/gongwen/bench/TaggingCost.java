package org.gongwen.bench;

import org.gongwen.Gongwen;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.SharedSamples;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * What tagging costs a PDF paint, on a busy machine: {@code TaggingCost [doc=zijin|pagesN] [rounds=200]}
 * paints one layout tagged and untagged in turn, round after round, so that a change of the machine's
 * load falls on both alike (JMH runs one benchmark after the other), and prints the medians of each's
 * thread CPU time and wall time, their ratio and the two files' sizes.
 */
public final class TaggingCost {
    public static void main(String[] args) {
        String doc = args.length > 0 ? args[0] : "zijin";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        OfficialDocument zijin = Gongwen.builder().build().readText(SharedSamples.text(SharedSamples.ZIJIN));
        OfficialDocument document = doc.startsWith("pages") ? FlowBenchmark.lengthen(zijin, Integer.parseInt(doc.substring(5))) : zijin;
        Layout layout = new Typesetter(FontLibrary.shared()).typeset(document, TemplateLibrary.shared().get("report").style());
        PdfPainter painter = new PdfPainter();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[2][rounds], wall = new long[2][rounds];
        int[] size = new int[2];
        for (int i = -rounds / 5; i < rounds; i++) {   // the first fifth warms up
            for (int tagged = 0; tagged < 2; tagged++) {
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                size[tagged] = painter.paint(layout, null, tagged == 1).length;
                if (i < 0) continue;
                wall[tagged][i] = System.nanoTime() - t0;
                cpu[tagged][i] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        double[] cpuMedian = new double[2], wallMedian = new double[2];
        for (int t = 0; t < 2; t++) {
            Arrays.sort(cpu[t]);
            Arrays.sort(wall[t]);
            cpuMedian[t] = cpu[t][rounds / 2] / 1e6;
            wallMedian[t] = wall[t][rounds / 2] / 1e6;
        }
        System.out.printf("%s, %d pages, %d rounds: untagged %.2f ms CPU (%.2f wall), %d bytes; tagged %.2f ms CPU (%.2f wall), %d bytes;"
                        + " tagging %+.1f %% CPU, %+.1f %% wall, %+.1f %% size%n",
                doc, layout.pages().size(), rounds, cpuMedian[0], wallMedian[0], size[0], cpuMedian[1], wallMedian[1], size[1],
                100 * (cpuMedian[1] / cpuMedian[0] - 1), 100 * (wallMedian[1] / wallMedian[0] - 1), 100.0 * (size[1] - size[0]) / size[0]);
    }
}
