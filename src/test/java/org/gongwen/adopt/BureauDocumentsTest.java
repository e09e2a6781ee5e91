package org.gongwen.adopt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.ActiveContent;
import org.gongwen.testing.LibreOffice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau documents open as Word packages, are the same bytes every time, and LibreOffice lays them out. */
class BureauDocumentsTest {

    /** Every fixture by its method's name. */
    static final Map<String, Supplier<byte[]>> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("redHeadDirect", BureauDocuments::redHeadDirect);
        FIXTURES.put("reportStyled", BureauDocuments::reportStyled);
        FIXTURES.put("jointWps", BureauDocuments::jointWps);
        FIXTURES.put("logoHeader", BureauDocuments::logoHeader);
        FIXTURES.put("sparse", BureauDocuments::sparse);
        FIXTURES.put("titleOnly", BureauDocuments::titleOnly);
        FIXTURES.put("emptyDocument", BureauDocuments::emptyDocument);
        FIXTURES.put("withActiveContent", BureauDocuments::withActiveContent);
        FIXTURES.put("twentyPages", BureauDocuments::twentyPages);
    }

    static List<String> fixtures() {
        return List.copyOf(FIXTURES.keySet());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void opensAsAWordPackageTheSameEveryTime(String name) {
        byte[] docx = FIXTURES.get(name).get();
        assertThat(FIXTURES.get(name).get()).as("a second call").isEqualTo(docx);

        DocxPackage pkg = DocxPackage.read(docx);
        WordPackage word = new WordPackage(pkg);
        assertThat(word.documentPart()).isEqualTo("word/document.xml");
        assertThat(word.document()).isNotNull();
        assertThat(word.part(WordPackage.STYLES)).isNotNull();
        assertThat(word.styles()).isNotNull();
        assertThat(word.sections()).hasSize(1);
        // every part is declared and every XML part is well-formed
        for (String part : pkg.parts().keySet()) {
            assertThat(pkg.contentType(part)).as(part).isNotNull();
            if (part.endsWith(".xml") || part.endsWith(".rels")) assertThat(Ooxml.parse(pkg.part(part))).as(part).isNotNull();
        }
        // every relationship inside the package points at a part it has
        for (DocxPackage.Relationship r : pkg.relationships()) {
            if (!r.external()) assertThat(pkg.has(r.targetPart())).as(r.toString()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void paragraphAndRunPropertiesAreInTheSchemasOrder(String name) {
        DocxPackage pkg = DocxPackage.read(FIXTURES.get(name).get());
        for (String part : pkg.parts().keySet()) {
            if (!part.startsWith("word/") || !part.endsWith(".xml") || part.contains("theme")) continue;
            Document xml = Ooxml.parse(pkg.part(part));
            inOrder(xml, "pPr", BureauDocuments.PPR_ORDER, part);
            inOrder(xml, "rPr", BureauDocuments.RPR_ORDER, part);
        }
    }

    private static void inOrder(Document xml, String property, List<String> order, String part) {
        for (Element props : Ooxml.descendants(xml, property)) {
            int last = -1;
            for (Element child : Ooxml.children(props)) {
                int at = order.indexOf(child.getLocalName());
                assertThat(at).as(part + ": w:" + child.getLocalName() + " in w:" + property).isGreaterThan(last);
                last = at;
            }
        }
    }

    @Test
    void onlyTheHostileOneCarriesActiveContent() {
        for (String name : fixtures()) {
            List<ActiveContent> found = ActiveContent.in(DocxPackage.read(FIXTURES.get(name).get()));
            if (!name.equals("withActiveContent")) {
                assertThat(found).as(name).isEmpty();
                continue;
            }
            assertThat(found).extracting(ActiveContent::kind).containsExactlyInAnyOrder(ActiveContent.Kind.EXTERNAL_LINK,
                    ActiveContent.Kind.MACROS, ActiveContent.Kind.OLE_OBJECT);
            assertThat(found).filteredOn(a -> a.kind() == ActiveContent.Kind.EXTERNAL_LINK).singleElement()
                    .satisfies(a -> {
                        assertThat(a.relationship()).isEqualTo("attachedTemplate");
                        assertThat(a.target()).isEqualTo("file://server/share/normal.dotm");
                    });
        }
    }

    @Test
    void theNumbersTheFixturesAreBuiltOn() {
        assertThat(BureauDocuments.TYPE_W).isEqualTo(8845);
        // Word's character pitch (Normal's size + charSpace/4096 pt) fits 28 characters into 442.25 pt, not 29
        for (double[] grid : new double[][]{{10.5, BureauDocuments.CHAR_SPACE_NORMAL_10_5}, {16, BureauDocuments.CHAR_SPACE_NORMAL_16}}) {
            double pitch = grid[0] + grid[1] / 4096;
            assertThat((int) Math.floor(442.25 / pitch)).isEqualTo(28);
            assertThat((int) Math.floor(442.25 / (grid[0] + (grid[1] + 1) / 4096))).isEqualTo(27);
        }
        assertThat(BureauDocuments.CHAR_SPACE_NORMAL_16).isEqualTo(-842);
        // the PNG is a PNG
        assertThat(BureauDocuments.logoPng()).startsWith(0x89, 'P', 'N', 'G').isEqualTo(BureauDocuments.logoPng());
    }

    /** What LibreOffice must show of each fixture, and how many pages it may take. */
    private record Expect(String name, int minPages, int maxPages, String... texts) {}

    private static final List<Expect> LAID_OUT = List.of(
            new Expect("redHeadDirect", 2, 4, "某某市人民政府文件", "某政发〔2025〕12号",
                    "某某市人民政府关于印发2025年法治政府建设工作要点的通知", "各区人民政府，市政府各部门，各直属机构：",
                    "一、总体要求", "（一）强化法治学习。", "（1）落实合法性审核", "附件：2025年法治政府建设工作要点",
                    "2025年1月20日", "（此件公开发布）", "抄送：市委办公室", "2025年1月20日印发", "—1—"),
            new Expect("reportStyled", 2, 3, "某某县司法局2025年度法治政府建设情况报告", "县人民政府：", "一、主要工作及成效",
                    "（一）依法全面履行政府职能", "1.深化行政审批制度改革", "特此报告。", "某某县司法局", "2025年12月30日", "-1-"),
            new Expect("jointWps", 1, 3, "某某市人民政府", "某某市财政局", "文件", "某财发〔2025〕8号",
                    "某某市人民政府某某市财政局关于做好2025年财政资金管理工作的通知", "一、严格预算执行管理", "（二）规范资金拨付",
                    "2025年3月1日", "—1—"),
            new Expect("logoHeader", 1, 2, "某某县教育局文件", "某教发〔2025〕5号", "各中小学校：", "某某县教育局",
                    "2025年8月20日", "—1—"),
            new Expect("sparse", 1, 1, "关于召开安全生产会议的通知", "会议定于2025年6月10日"),
            new Expect("twentyPages", 15, 25, "某某市人民政府文件", "2025年1月20日印发"));

    @Test
    @Tag("libreoffice")
    void libreOfficeLaysThemOut() throws IOException {
        Map<String, Path> pdfs = LibreOffice.pdfs(LAID_OUT.stream()
                .map(e -> new LibreOffice.Docx("bureau-" + e.name(), FIXTURES.get(e.name()))).toList());
        for (Expect e : LAID_OUT) {
            try (PDDocument pdf = Loader.loadPDF(pdfs.get("bureau-" + e.name()).toFile())) {
                assertThat(pdf.getNumberOfPages()).as(e.name() + ": pages").isBetween(e.minPages(), e.maxPages());
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                for (String t : e.texts()) assertThat(text).as(e.name()).contains(t.replaceAll("\\s+", ""));
            }
        }
    }
}
