package org.gongwen.bench;

import org.gongwen.docx.DocxWriter;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.ingest.DocxImporter;
import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.TextImporter;
import org.gongwen.layout.Layout;
import org.gongwen.layout.Typesetter;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.pdf.PdfPainter;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.TemplateLibrary;
import org.gongwen.testing.FigureDocs;
import org.gongwen.testing.SharedSamples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The flow's stages on the zijin sample (about 4,400 Chinese characters) and on generated long
 * documents: {@code doc=zijin} is the sample itself, {@code doc=pagesN} repeats its body until the
 * document has about N pages ({@code -p doc=pages10,pages300}); {@code doc=figures} is a document with
 * five pictures (testing.FigureDocs: 1600 x 900, 600 x 1400 JPEG, small ones; parse and textToPdf
 * still read the zijin text). Run with bench/jmh.sh; its header shows the throughput, allocation and
 * linearity runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class FlowBenchmark {
    @Param({"zijin"})
    public String doc;

    private final Gongwen gongwen = Gongwen.builder().build();
    private final Typesetter typesetter = new Typesetter(FontLibrary.shared());
    private final PdfPainter painter = new PdfPainter();
    private final DocxWriter docxWriter = new DocxWriter();
    private HouseTemplate template;
    private String text;
    private OfficialDocument document;
    private Layout layout;
    private byte[] draft;

    @Setup(Level.Trial)
    public void setUp() {
        text = SharedSamples.text(SharedSamples.ZIJIN);
        OfficialDocument zijin = TextImporter.read(text, ImportLimits.DEFAULT);
        template = TemplateLibrary.shared().get("report");
        document = doc.equals("figures") ? FigureDocs.figures()
                : doc.startsWith("pages") ? lengthen(zijin, Integer.parseInt(doc.substring(5))) : zijin;
        layout = typesetter.typeset(document, template.style());
        draft = docxWriter.write(document, template);
    }

    /**
     * A document of about {@code pages} pages: the zijin body's blocks taken in turn, as many as
     * the sample's blocks per page times {@code pages}, corrected once by the pages that makes.
     * Prints the page count it actually lays out on. (OwnOutputsTest checks these inputs.)
     */
    public static OfficialDocument lengthen(OfficialDocument zijin, int pages) {
        HouseStyle style = TemplateLibrary.shared().get("report").style();
        Typesetter typesetter = new Typesetter(FontLibrary.shared());
        int zijinPages = typesetter.typeset(zijin, style).pages().size();
        int count = Math.max(1, Math.round((float) pages * zijin.blocks().size() / zijinPages));
        OfficialDocument longer = repeat(zijin, count);
        int made = typesetter.typeset(longer, style).pages().size();
        if (made != pages) {
            count = Math.max(1, Math.round((float) count * pages / made));
            longer = repeat(zijin, count);
            made = typesetter.typeset(longer, style).pages().size();
        }
        System.out.printf("doc=pages%d: %d blocks, %d pages%n", pages, count, made);
        return longer;
    }

    private static OfficialDocument repeat(OfficialDocument zijin, int blockCount) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < blockCount; i++) blocks.add(zijin.blocks().get(i % zijin.blocks().size()));
        return zijin.toBuilder().blocks(blocks).build();
    }

    @Benchmark
    public OfficialDocument parse() {
        return TextImporter.read(text, ImportLimits.DEFAULT);
    }

    /** A clerk's Word draft (gongwen's own DOCX of the document) read into the model: DocxImporter alone. */
    @Benchmark
    public OfficialDocument docxImport() {
        return DocxImporter.read(draft, ImportLimits.DEFAULT);
    }

    @Benchmark
    public byte[] docx() {
        return docxWriter.write(document, template);
    }

    @Benchmark
    public Layout layout() {
        return typesetter.typeset(document, template.style());
    }

    @Benchmark
    public byte[] pdfPaint() {
        return painter.paint(layout);
    }

    /** The same paint without structure tags (PDF/A-2b): what tagging costs is pdfPaint's time less this one's. */
    @Benchmark
    public byte[] pdfPaintUntagged() {
        return painter.paint(layout, null, false);
    }

    /** Layout and paint: what "PDF" costs once the document is parsed. */
    @Benchmark
    public byte[] pdf() {
        return painter.paint(typesetter.typeset(document, template.style()));
    }

    /** The whole flow for one clerk's paste: text in, PDF bytes out. */
    @Benchmark
    public byte[] textToPdf() {
        return gongwen.render(gongwen.readText(text), "report", Format.PDF).bytes();
    }

    /** A clerk's Word draft (gongwen's own DOCX of the document) read and set again as PDF. */
    @Benchmark
    public byte[] draftToPdf() {
        return gongwen.render(gongwen.read("draft.docx", draft), "report", Format.PDF).bytes();
    }
}
