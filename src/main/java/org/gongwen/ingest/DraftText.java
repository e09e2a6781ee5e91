package org.gongwen.ingest;

import org.gongwen.ooxml.Ooxml;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A draft's text as Word shows it with every tracked change accepted: inserted and moved-to text
 * kept, deleted and moved-from text dropped; the runs of links, simple fields, content controls,
 * smart tags and custom XML kept; field codes ({@code w:instrText}) and a field's result as Word
 * last showed it (the runs after {@code separate}) as POI read them: codes out, results in.
 *
 * <p>What a paragraph holds that is not its own text stays out, and {@link DraftInventory} names it:
 * text boxes and WordArt, charts, SmartArt, OLE objects, equations, note and comment marks. POI's
 * {@code getText()} read deleted text out but moved-from text in, put the text of a VML text box in
 * the paragraph between brackets and a footnote's text at its end, and a ruby's reading after its base.
 * Works on any DOM: the importer's paragraphs in POI's view of them, a part parsed by {@link Ooxml#parse}.
 */
public final class DraftText {

    private DraftText() {}

    /**
     * A table cell's (w:tc's) text with tracked changes accepted: its paragraphs' texts one after
     * another, as POI's {@code getText()} joined them (content controls' paragraphs too); a table
     * inside the cell stays out ({@link DraftInventory} names it).
     */
    public static String acceptedCell(Element tc) {
        StringBuilder sb = new StringBuilder();
        cellText(tc, sb);
        return sb.toString();
    }

    private static void cellText(Element container, StringBuilder sb) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !Ooxml.W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "p" -> new Walk(sb, Integer.MAX_VALUE, false).children(e);
                case "sdt" -> {
                    Element content = Ooxml.child(e, "sdtContent");
                    if (content != null) cellText(content, sb);
                }
                case "customXml", "sdtContent" -> cellText(e, sb);
                default -> { }
            }
        }
    }

    /**
     * The text of a paragraph (w:p), run or note (paragraphs one a line) with its tracked changes
     * accepted; line breaks as \n, tabs as \t.
     */
    public static String accepted(Element e) {
        StringBuilder sb = new StringBuilder();
        new Walk(sb, Integer.MAX_VALUE, false).children(e);
        return sb.toString();
    }

    /**
     * The start of {@link #accepted(Element)}: whitespace runs as one space, stripped, at most
     * {@code chars} characters, "…" after them when there is more. Reads no further than it needs.
     */
    public static String start(Element e, int chars) {
        return start(e, chars, false);
    }

    /** As {@link #start(Element, int)}, without fields' results (a header's page number) when {@code withoutFields}. */
    static String start(Element e, int chars, boolean withoutFields) {
        StringBuilder sb = new StringBuilder();
        Walk w = new Walk(sb, chars + 1, withoutFields);
        w.children(e);
        return clip(sb, chars);
    }

    /**
     * Whether the element has any text but whitespace (as {@link String#isBlank} tells it, so as the
     * importer keeps a paragraph), read no further than the first such character.
     */
    public static boolean hasText(Element e) {
        Walk w = new Walk(new StringBuilder(), 1, false);
        w.children(e);
        return w.visible > 0;
    }

    // ---------------------------------------------------------------- 第N段

    /**
     * Whether a body paragraph counts where a warning names a place "第N段": it has text or a
     * picture, what a clerk sees as a paragraph on the page. The one rule for the importer's pictures
     * and {@link DraftInventory}.
     */
    static boolean counts(Element p) {
        return hasText(p) || hasPicture(p);
    }

    /** "第N段": how a warning names the {@code n}th paragraph that {@link #counts}. */
    static String nth(int n) {
        return "第" + n + "段";
    }

    /**
     * The body's paragraphs that {@link #counts count}, numbered from 1 in reading order, by identity:
     * the body's own, those of body-level content controls and custom XML (Word shows them; POI leaves
     * them out), those of an mc:AlternateContent's choice; not those in tables (a cell is named by its
     * table, row and column).
     */
    static Map<Element, Integer> numbered(Element body) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        number(body, numbers);
        return numbers;
    }

    private static void number(Element container, Map<Element, Integer> numbers) {
        for (Element c : Ooxml.children(container)) {
            if (Ooxml.isW(c, "p")) {
                if (counts(c)) numbers.put(c, numbers.size() + 1);
            } else if (Ooxml.isW(c, "sdt")) {
                Element content = Ooxml.child(c, "sdtContent");
                if (content != null) number(content, numbers);
            } else if (Ooxml.isW(c, "customXml")) {
                number(c, numbers);
            } else if (Ooxml.MC.equals(c.getNamespaceURI()) && "AlternateContent".equals(c.getLocalName())) {
                Element choice = Ooxml.child(c, Ooxml.MC, "Choice");
                if (choice == null) choice = Ooxml.child(c, Ooxml.MC, "Fallback");
                if (choice != null) number(choice, numbers);
            }
        }
    }

    /**
     * Whether a paragraph holds a picture the importer reads as a figure (whether or not it can keep
     * it): {@link #isPicture} in a w:drawing or w:pict, looked for where the importer looks — not in
     * OLE objects, text boxes or tracked deletions, in an mc:AlternateContent's choice or else its fallback.
     */
    static boolean hasPicture(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) continue;
            String ns = c.getNamespaceURI(), local = c.getLocalName();
            if (Ooxml.W.equals(ns)) {
                switch (local) {
                    case "object", "txbxContent", "del", "moveFrom" -> { continue; }
                    case "drawing", "pict" -> {
                        String frames = local.equals("drawing") ? Ooxml.WP : Ooxml.VML;
                        for (Element frame : Ooxml.children(c)) if (frames.equals(frame.getNamespaceURI()) && isPicture(frame)) return true;
                        continue;
                    }
                    default -> { }
                }
            } else if (Ooxml.MC.equals(ns) && local.equals("AlternateContent")) {
                Element choice = Ooxml.child(c, Ooxml.MC, "Choice"), fallback = Ooxml.child(c, Ooxml.MC, "Fallback");
                if (choice != null && hasPicture(choice) || fallback != null && hasPicture(fallback)) return true;
                continue;
            }
            if (hasPicture(c)) return true;
        }
        return false;
    }

    /**
     * Whether a w:drawing's frame (wp:inline, wp:anchor) holds a DrawingML picture straight in its
     * graphic, or a w:pict's VML shape a v:imagedata: a picture, not a group, chart or shape.
     */
    static boolean isPicture(Element frame) {
        String ns = frame.getNamespaceURI();
        if (Ooxml.WP.equals(ns)) {
            Element graphic = Ooxml.child(frame, Ooxml.A, "graphic");
            Element data = graphic == null ? null : Ooxml.child(graphic, Ooxml.A, "graphicData");
            return data != null && Ooxml.child(data, Ooxml.PIC, "pic") != null;
        }
        return Ooxml.VML.equals(ns) && Ooxml.child(frame, Ooxml.VML, "imagedata") != null;
    }

    /** {@code text} with whitespace runs as one space, stripped, cut to {@code chars} with "…". */
    static String clip(CharSequence text, int chars) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = taken > 0;
                continue;
            }
            if (taken == chars) return out.append('…').toString();
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(c);
            taken++;
        }
        return out.toString();
    }

    /** One read: stops once {@code need} characters other than whitespace are in. */
    private static final class Walk {
        private final StringBuilder sb;
        private final int need;
        private final boolean withoutFields;
        int visible;
        /** Complex fields open (begin seen, end not yet), and how many of them are past their code. */
        private int fieldDepth;

        Walk(StringBuilder sb, int need, boolean withoutFields) {
            this.sb = sb;
            this.need = need;
            this.withoutFields = withoutFields;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null && visible < need; n = n.getNextSibling()) {
                if (n instanceof Element e) element(e);
            }
        }

        private void element(Element e) {
            String ns = e.getNamespaceURI();
            if (Ooxml.MC.equals(ns)) {
                // mc:AlternateContent: Word shows its first choice; drawings in it stay out as anywhere
                if ("AlternateContent".equals(e.getLocalName())) {
                    Element choice = Ooxml.child(e, Ooxml.MC, "Choice");
                    children(choice != null ? choice : e);
                }
                return;
            }
            if (!Ooxml.W.equals(ns)) return;    // equations, VML, DrawingML, Word 2010+ extensions
            switch (e.getLocalName()) {
                case "t" -> { if (fieldDepth == 0 || !withoutFields) characters(e); }
                case "tab", "ptab" -> text("\t");
                case "br", "cr" -> text("\n");
                case "noBreakHyphen" -> text("\u2011");
                case "fldChar" -> {
                    String type = Ooxml.attr(e, "fldCharType");
                    if ("begin".equals(type)) fieldDepth++;
                    else if ("end".equals(type) && fieldDepth > 0) fieldDepth--;
                }
                case "fldSimple" -> { if (!withoutFields) children(e); }
                case "p" -> {
                    if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
                    children(e);
                }
                // tracked deletions and moves away; properties (and their recorded changes); a content
                // control's properties; a ruby's reading; marks and objects that are not text
                case "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "pPr", "sdtPr", "sdtEndPr", "rt",
                     "drawing", "pict", "object", "control", "sym", "footnoteReference", "endnoteReference",
                     "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "separator",
                     "continuationSeparator", "txbxContent", "fldData" -> { }
                default -> children(e);   // r, ins, moveTo, hyperlink, smartTag, customXml, sdt, sdtContent, rubyBase …
            }
        }

        /** A w:t's characters (XMLBeans' DOM, POI's, has no getTextContent). */
        private void characters(Element t) {
            for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof CharacterData c && !(n instanceof Comment)) text(c.getData());
            }
        }

        private void text(String s) {
            sb.append(s);
            if (visible >= need) return;
            for (int i = 0; i < s.length() && visible < need; i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) visible++;     // as String.isBlank, which the importer asks
            }
        }
    }
}
