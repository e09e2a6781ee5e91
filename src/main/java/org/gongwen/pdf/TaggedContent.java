package org.gongwen.pdf;

import org.gongwen.layout.Layout;
import org.gongwen.layout.Layout.GlyphRun;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.Page;
import org.gongwen.layout.Layout.Structure;
import org.gongwen.layout.Layout.Tag;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tagged PDF (ISO 32000-1 §14.8, PDF/UA-1 = ISO 14289-1, PDF/A-2a = ISO 19005-2 §6.7): the layout's
 * {@link Structure} as the structure tree, each piece of content marked as its node's (an MCID the
 * structure tree points to: OpenPDF writes the parent tree, the pages' StructParents and MarkInfo),
 * everything else (page numbers, rules, repeated table headers) marked as an artifact; /Lang zh-CN,
 * the title shown as the window's title, and a role map for the one type that is not standard (Title
 * → H1). Every structure element is made before the first page, in the structure's order, so that
 * the same layout gives the same object numbers.
 */
final class TaggedContent {
    static final String LANGUAGE = "zh-CN";
    private static final PdfName TITLE = new PdfName("Title");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName ID_TREE = new PdfName("IDTree");

    private final PdfStructureElement[] elements;

    private TaggedContent(PdfStructureElement[] elements) {
        this.elements = elements;
    }

    /** Asks the writer for a tagged file; before the document is opened. */
    static void prepare(PdfWriter writer) {
        writer.setTagged();
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    /** The structure tree of {@code layout}, after the document is opened and before its first page is painted. */
    static TaggedContent write(PdfWriter writer, Layout layout) {
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        PdfStructureTreeRoot root = writer.getStructureTreeRoot();
        root.mapRole(TITLE, PdfName.H1);
        List<Structure.Node> nodes = layout.structure().nodes();
        boolean[] kept = kept(layout);
        PdfStructureElement[] elements = new PdfStructureElement[nodes.size()];
        Map<String, PdfObject> ids = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!kept[i]) continue;
            Structure.Node n = nodes.get(i);
            PdfName type = type(n.tag());
            PdfStructureElement e = n.parent() < 0 ? new PdfStructureElement(root, type)
                    : new PdfStructureElement(elements[n.parent()], type);
            switch (n.tag()) {
                // a header cell heads its column (ISO 14289-1 §7.5: headers a reader can find)
                case TH -> {
                    PdfDictionary a = new PdfDictionary();
                    a.put(PdfName.O, PdfName.TABLE);
                    a.put(SCOPE, COLUMN);
                    e.put(PdfName.A, a);
                }
                // a note has an id unique in the file (ISO 14289-1 §7.9), found through the IDTree
                case NOTE -> {
                    String id = "note-" + (ids.size() + 1);
                    e.put(PdfName.ID, new PdfString(id));
                    ids.put(id, e.getReference());
                }
                case FIGURE -> e.put(PdfName.ALT, new PdfString(n.alt(), PdfObject.TEXT_UNICODE));
                default -> { }
            }
            elements[i] = e;
        }
        if (!ids.isEmpty()) {
            try {
                // required once any element has an /ID (ISO 32000-1 §14.7.2, Table 322)
                root.put(ID_TREE, writer.addToBody(PdfNameTree.writeTree(ids, writer)).getIndirectReference());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TaggedContent(elements);
    }

    /**
     * The nodes to write: those with content below them, and every row and cell of a table that has
     * some (an empty cell keeps its column's place for a reader).
     */
    private static boolean[] kept(Layout layout) {
        List<Structure.Node> nodes = layout.structure().nodes();
        boolean[] kept = new boolean[nodes.size()];
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) {
                for (GlyphRun run : line.runs()) if (run.node() >= 0) kept[run.node()] = true;
            }
            for (Layout.Image image : page.images()) if (image.node() >= 0) kept[image.node()] = true;
        }
        // OpenPDF cannot mark content as an element's that has elements below it: say which node broke the rule
        for (int i = 1; i < nodes.size(); i++) {
            if (kept[nodes.get(i).parent()]) throw new IllegalStateException("structure node " + nodes.get(i).parent()
                    + " (" + nodes.get(nodes.get(i).parent()).tag() + ") holds content and node " + i);
        }
        // a parent comes before its children in the list: going backwards carries content up to the document
        for (int i = nodes.size() - 1; i > 0; i--) if (kept[i]) kept[nodes.get(i).parent()] = true;
        for (int i = 1; i < nodes.size(); i++) {
            Tag tag = nodes.get(i).tag();
            if (tag == Tag.TR || tag == Tag.TH || tag == Tag.TD) kept[i] |= kept[nodes.get(i).parent()];
        }
        return kept;
    }

    /** Begins what belongs to {@code node} (an artifact when it is {@link Structure#ARTIFACT}); {@link #end} ends it. */
    void begin(PdfContentByte cb, int node) {
        if (node < 0) cb.beginMarkedContentSequence(ARTIFACT, null, false);
        else cb.beginMarkedContentSequence(elements[node]);
    }

    /** Begins a page number: a pagination artifact. */
    void beginPagination(PdfContentByte cb) {
        PdfDictionary kind = new PdfDictionary();
        kind.put(PdfName.TYPE, PAGINATION);
        cb.beginMarkedContentSequence(ARTIFACT, kind, true);
    }

    void end(PdfContentByte cb) {
        cb.endMarkedContentSequence();
    }

    private static PdfName type(Tag tag) {
        return switch (tag) {
            case DOCUMENT -> PdfName.DOCUMENT;
            case TITLE -> TITLE;
            case H1 -> PdfName.H1;
            case H2 -> PdfName.H2;
            case H3 -> PdfName.H3;
            case H4 -> PdfName.H4;
            case P -> PdfName.P;
            case SPAN -> PdfName.SPAN;
            case L -> PdfName.L;
            case LI -> PdfName.LI;
            case LBL -> PdfName.LBL;
            case LBODY -> PdfName.LBODY;
            case TABLE -> PdfName.TABLE;
            case TR -> TR;
            case TH -> PdfName.TH;
            case TD -> PdfName.TD;
            case NOTE -> PdfName.NOTE;
            case SECT -> PdfName.SECT;
            case FIGURE -> PdfName.FIGURE;
        };
    }
}
