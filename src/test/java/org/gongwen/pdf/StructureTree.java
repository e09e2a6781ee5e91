package org.gongwen.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A PDF's structure tree as PDFBox reads it back, each element with the text of the marked content it
 * points to (its MCIDs on their pages): what a screen reader would read, in order.
 */
record StructureTree(String type, String standardType, String text, String alt, List<StructureTree> kids) {

    /** The tree under the document's StructTreeRoot, whose one kid is the Document. */
    static StructureTree read(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) return null;
        Map<COSBase, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) collect(mc, byMcid);
            texts.put(page.getCOSObject(), byMcid);
        }
        List<StructureTree> kids = new ArrayList<>();
        for (Object kid : root.getKids()) if (kid instanceof PDStructureElement e) kids.add(element(e, texts, root));
        return new StructureTree("StructTreeRoot", "StructTreeRoot", "", null, kids);
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) text.append(t.getUnicode());
            else if (o instanceof PDMarkedContent inner) collect(inner, byMcid);
        }
        if (mc.getMCID() >= 0) byMcid.merge(mc.getMCID(), text.toString(), String::concat);
    }

    private static StructureTree element(PDStructureElement e, Map<COSBase, Map<Integer, String>> texts,
                                         PDStructureTreeRoot root) {
        List<StructureTree> kids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object kid : e.getKids()) {
            switch (kid) {
                case PDStructureElement child -> kids.add(element(child, texts, root));
                case Integer mcid -> text.append(texts.get(e.getPage().getCOSObject()).getOrDefault(mcid, ""));
                case PDMarkedContentReference ref -> text.append(texts.get(ref.getPage().getCOSObject())
                        .getOrDefault(ref.getMCID(), ""));
                default -> { }
            }
        }
        String standard = e.getStandardStructureType();
        return new StructureTree(e.getStructureType(), standard, text.toString(), e.getAlternateDescription(), kids);
    }

    /** The text of this element and everything under it, in order. */
    String allText() {
        StringBuilder b = new StringBuilder(text);
        for (StructureTree k : kids) b.append(k.allText());
        return b.toString();
    }

    /** The elements under this one (itself included) that match, in reading order. */
    List<StructureTree> find(Predicate<StructureTree> match) {
        List<StructureTree> found = new ArrayList<>();
        find(match, found);
        return found;
    }

    private void find(Predicate<StructureTree> match, List<StructureTree> found) {
        if (match.test(this)) found.add(this);
        for (StructureTree k : kids) k.find(match, found);
    }

    List<StructureTree> ofType(String t) {
        return find(e -> e.type.equals(t));
    }
}
