package org.gongwen.bench;

import org.gongwen.compose.Words;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What {@link Words} costs a fresh JVM (docs/performance.md, issue 16): the first call (which reads
 * jieba's dictionary, and here its HMM too: the title has 新冠), wall and the thread's CPU time; the
 * heap kept after it (used heap after GC, before and after); then the time of one title once warm,
 * best of 7 rounds of 1,000 over 8 titles after 3,000 warm-up rounds. Run it once per JVM:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.gongwen.bench.WordsFirstCall}.
 */
public final class WordsFirstCall {

    private static final String[] TITLES = {
            "关于进一步规范行政执法领域轻微违法行为不予行政处罚和免予行政处罚事项清单的通知",
            "紫金县卫生健康局2025年法治政府建设情况报告",
            "关于做好新冠肺炎疫情防控常态化下营商环境优化工作的意见",
            "关于深化放管服改革进一步优化营商环境的实施方案",
            "广东省人民代表大会常务委员会关于修改部分地方性法规的决定",
            "关于印发2025年全县安全生产工作要点的通知",
            "关于开展机关事务管理领域专项整治行动的通知",
            "国务院办公厅关于加强基层应急管理体系和能力建设的意见"};

    private WordsFirstCall() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeapAfterGc();
        long cpu = threads.getCurrentThreadCpuTime(), wall = System.nanoTime();
        Words.insideWord(TITLES[2]);
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        long kept = usedHeapAfterGc() - heapBefore;
        System.out.printf("first call %.1f ms wall, %.1f ms CPU; heap kept %.1f MB%n", wall / 1e6, cpu / 1e6, kept / 1048576.0);
        int sink = 0;
        for (int i = 0; i < 3000; i++) for (String t : TITLES) sink += Words.insideWord(t).length;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 1000; i++) for (String t : TITLES) sink += Words.insideWord(t).length;
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("one title, warm: %.2f µs (%d)%n", best / 1e3 / 1000 / TITLES.length, sink);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
