package org.gongwen.bench;

import org.gongwen.adopt.Adopter;
import org.gongwen.adopt.Adoption;
import org.gongwen.adopt.BureauDocuments;
import org.gongwen.ooxml.DocxPackage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Issue 14: adopting a bureau's document as a house template (read, find the roles, learn, write the
 * template, read it back and validate it). {@code doc=twentyPages} is the 红头 notice of
 * BureauDocuments repeated to about 20 pages (21 in LibreOffice); {@code doc=redHead} is the notice
 * itself. Run: {@code bench/jmh.sh AdoptBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AdoptBenchmark {
    @Param({"twentyPages", "redHead"})
    public String doc;

    private byte[] docx;

    @Setup
    public void setUp() {
        docx = doc.equals("twentyPages") ? BureauDocuments.twentyPages() : BureauDocuments.redHeadDirect();
    }

    @Benchmark
    public Adoption adopt() {
        return Adopter.adopt("bench", docx, DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }
}
