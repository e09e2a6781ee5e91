package org.gongwen.ingest;

import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.ooxml.DocxPackage.Relationship;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.WordPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a Word draft holds that gongwen does not carry, each named in a warning with where it was, so
 * that nothing is dropped silently (issue 15): tracked changes (one summary: the text is read with
 * them accepted, {@link DraftText}), content controls and custom XML around body paragraphs (POI
 * leaves those paragraphs out), embedded HTML/RTF ({@code w:altChunk}), charts, SmartArt, text boxes
 * and WordArt, OLE objects and ActiveX controls, equations, tables inside table cells, comments,
 * footnotes and endnotes (a warning per note, with its text), and the text of headers and footers
 * other than page numbers. Pictures are not named here: they become figures.
 *
 * <p>Where: "第N段（“…”）", N counting the body's paragraphs that have text or a picture
 * ({@link DraftText#numbered}, the count the importer's picture warnings use too; blank paragraphs are
 * not counted, the paragraphs of a content control are) and the quote the paragraph's first
 * {@value #QUOTE} characters (none for a paragraph that is only a picture); a blank paragraph is placed
 * after the last one that counts ("…之后", or "正文开头"); a table cell as "第N个表格第R行第C列" (the
 * body's tables in order).
 *
 * <p>Bounded and linear: per kind the first {@value #PLACES} places are named and the rest counted
 * ("等处共有 N 个"), the first {@value #NOTES} notes given (each to {@value #NOTE_CHARS} characters), the
 * rest counted; each element of the body is looked at once. A first pass over the main document's
 * bytes looks for the element names of all of the above and, finding none (the usual draft), ends
 * there: the body's elements are walked only when there is something to place. Reads DOM elements
 * only (the importer's, in POI's view); POI stays in {@link DocxImporter}.
 */
public final class DraftInventory {
    /** Places named per kind; the rest are counted. */
    static final int PLACES = 5;
    /** Notes given whole per kind (footnotes, endnotes); the rest are counted. */
    static final int NOTES = 50;
    /** Characters of a paragraph quoted to place something, of a text box or comment to name it, of a note. */
    static final int QUOTE = 15, DETAIL = 20, NOTE_CHARS = 500;

    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /** Elements any of which sends the body to the full walk. */
    static final ElementScan BODY_NAMES = new ElementScan(true, "ins", "del", "moveFrom", "moveTo", "cellIns",
            "cellDel", "cellMerge", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
            "tcPrChange", "tblGridChange", "numberingChange", "commentReference", "footnoteReference", "endnoteReference",
            "object", "control", "OLEObject", "txbxContent", "textpath", "oMath", "oMathPara", "altChunk", "sdt",
            "customXml", "chart", "relIds");
    /** What a page-number header or footer holds besides its fields: "第 1 页 共 3 页", "- 1 -", "Page 1 of 3". */
    private static final Pattern PAGE_NUMBER_WORDS = Pattern.compile("(?i)page|of|[第页頁共总總\\p{Nd}\\p{P}\\p{S}\\s]");

    private DraftInventory() {}

    /** The kinds named by place, in the order their warnings come. */
    enum Kind {
        CONTENT_CONTROL("draft-content-control", "内容控件",
                "gongwen 未读入这些内容控件（或自定义 XML）里的段落：请在 Word 中删除内容控件（保留其中文字）后再上传"),
        ALTCHUNK("draft-altchunk", "嵌入内容",
                "gongwen 未读入嵌入的网页、RTF 或文档内容：请在 Word 中打开草稿并另存为 .docx（Word 会把它们转为正文）后再上传"),
        CHART("draft-chart", "图表", "gongwen 无法保留图表：请把图表另存为图片后插入，或把数据写成表格"),
        SMARTART("draft-smartart", "SmartArt 图形", "gongwen 无法保留 SmartArt 图形：请把它另存为图片后插入，或改写为文字"),
        TEXTBOX("draft-textbox", "文本框",
                "gongwen 未读入文本框和艺术字里的文字，也不保留它们的位置：需要的文字请移到正文中"),
        OLE("draft-ole", "嵌入对象",
                "gongwen 无法保留嵌入的对象和控件（连同它们在文档中显示的样子）：请把内容写成文字或表格，或另存为图片后插入"),
        MATH("draft-math", "公式", "gongwen 无法排 Word 公式：请把公式写成文字，或另存为图片后插入"),
        NESTED_TABLE("draft-nested-table", "表格", "gongwen 未读入套在单元格里的表格：请把它移出单元格，或改写为文字"),
        COMMENT("draft-comment", "批注", "批注不会出现在成文中：请确认批注意见都已处理");

        final String code, noun, advice;

        Kind(String code, String noun, String advice) {
            this.code = code;
            this.noun = noun;
            this.advice = advice;
        }
    }

    /**
     * {@code doc} with the inventory of the draft it was read from ({@link #of}) after its own
     * warnings.
     */
    public static OfficialDocument addTo(OfficialDocument doc, WordPackage word, Element body, List<Element> headersAndFooters) {
        List<Warning> found = of(word, body, headersAndFooters);
        if (found.isEmpty()) return doc;
        List<Warning> all = new ArrayList<>(doc.warnings());
        all.addAll(found);
        return doc.toBuilder().warnings(all).build();
    }

    /**
     * The warnings for a draft, in a fixed order: tracked changes, then by {@link Kind}, footnotes,
     * endnotes, headers and footers. None for a draft without any of them. {@code body} (w:body) and
     * {@code headersAndFooters} (w:hdr, w:ftr) are read where the importer has them (POI's view,
     * already parsed), comments and notes through {@code word} when there are any. Parts that are not
     * well-formed XML: {@link WordPackage.UnreadablePart}, as for any part the importer reads.
     */
    public static List<Warning> of(WordPackage word, Element body, List<Element> headersAndFooters) {
        List<Warning> out = new ArrayList<>();
        String main = word.documentPart();
        if (main != null && body != null && BODY_NAMES.anyIn(word.docx().part(main))) new Walk(word).run(body, out);
        headersAndFooters(headersAndFooters, out);
        return out;
    }

    // ---------------------------------------------------------------- where

    /** Where something was; its text made when a warning names it. */
    private sealed interface Place permits InParagraph, InCell, AtStart {
        String text();
    }

    /**
     * In the {@code n}th paragraph that counts ({@link DraftText#counts}: text or a picture), or after it
     * ({@code after}: in a blank paragraph that follows); quoted when it has text.
     */
    private record InParagraph(int n, Element paragraph, boolean after) implements Place {
        public String text() {
            String quote = DraftText.start(paragraph, QUOTE);
            return DraftText.nth(n) + (quote.isEmpty() ? "" : "（“" + quote + "”）") + (after ? "之后" : "");
        }
    }

    private record InCell(int table, int row, int column) implements Place {
        public String text() { return "第" + table + "个表格第" + row + "行第" + column + "列"; }
    }

    /** Before the first paragraph that counts. */
    private record AtStart() implements Place {
        public String text() { return "正文开头"; }
    }

    /** One thing found: where, and what follows the place in the warning ("的文本框“…”"), null for the place alone. */
    private static final class Item {
        final Place place;
        String what;
        final String id;   // a comment's or note's w:id, resolved once the walk is done

        Item(Place place, String what, String id) {
            this.place = place;
            this.what = what;
            this.id = id;
        }
    }

    private static final class Found {
        final List<Item> items = new ArrayList<>();
        int total;
    }

    // ---------------------------------------------------------------- the walk

    private static final class Walk {
        private final WordPackage word;
        private final Map<Kind, Found> found = new EnumMap<>(Kind.class);
        private final Found footnotes = new Found(), endnotes = new Found();
        private Map<Element, Integer> numbers;
        private int tables;
        /** The last paragraph that counts (DraftText#counts), and its number. */
        private Element lastCounted;
        private int lastNumber;
        private Place place = new AtStart();
        private int inserted, deleted, movedFrom, movedTo, formatted;
        private Place firstChange;

        Walk(WordPackage word) {
            this.word = word;
        }

        void run(Element body, List<Warning> out) {
            numbers = DraftText.numbered(body);
            blocks(body, false);
            trackedChanges(out);
            resolveComments();
            for (Kind k : Kind.values()) {
                Found f = found.get(k);
                if (f != null) out.add(new Warning(k.code, message(k, f)));
            }
            notes(footnotes, "footnotes", "draft-footnote", "脚注", out);
            notes(endnotes, "endnotes", "draft-endnote", "尾注", out);
        }

        /** The body's (or a body-level content control's) paragraphs and tables. */
        private void blocks(Element container, boolean inControl) {
            for (Element c : Ooxml.children(container)) {
                String ns = c.getNamespaceURI();
                if (Ooxml.W.equals(ns)) {
                    switch (c.getLocalName()) {
                        case "p" -> paragraph(c);
                        case "tbl" -> table(c);
                        case "sdt", "customXml" -> {
                            Element content = c.getLocalName().equals("sdt") ? Ooxml.child(c, "sdtContent") : c;
                            if (content == null) continue;
                            if (!inControl && DraftText.hasText(content)) {
                                String noun = c.getLocalName().equals("sdt") ? "内容控件" : "自定义 XML";
                                add(Kind.CONTENT_CONTROL, () -> "的" + noun + "“" + DraftText.start(content, DETAIL) + "”");
                            }
                            blocks(content, true);
                        }
                        case "altChunk" -> add(Kind.ALTCHUNK, () -> "嵌入的" + altChunk(c.getAttributeNS(Ooxml.R, "id")));
                        default -> scan(c);
                    }
                } else if (Ooxml.MC.equals(ns) && "AlternateContent".equals(c.getLocalName())) {
                    Element choice = choice(c);
                    if (choice != null) blocks(choice, inControl);
                } else {
                    scan(c);
                }
            }
        }

        private void paragraph(Element p) {
            Integer n = numbers.get(p);
            if (n != null) {
                lastCounted = p;
                lastNumber = n;
                place = new InParagraph(n, p, false);
            } else {
                place = after();
            }
            scan(p);
            place = after();
        }

        private Place after() {
            return lastCounted == null ? new AtStart() : new InParagraph(lastNumber, lastCounted, true);
        }

        private void table(Element tbl) {
            int table = ++tables;
            int row = 0;
            for (Element tr : wrapped(tbl, "tr")) {
                row++;
                int column = 0;
                for (Element tc : wrapped(tr, "tc")) {
                    place = new InCell(table, row, ++column);
                    cell(tc);
                }
                place = new InCell(table, row, Math.max(1, column));
                for (Element c : Ooxml.children(tr)) if (!Ooxml.isW(c, "tc") && !wrapper(c)) scan(c);
            }
            place = new InCell(table, 1, 1);
            for (Element c : Ooxml.children(tbl)) if (!Ooxml.isW(c, "tr") && !wrapper(c)) scan(c);
            place = after();
        }

        private void cell(Element tc) {
            for (Element c : Ooxml.children(tc)) {
                if (Ooxml.isW(c, "tbl")) {
                    add(Kind.NESTED_TABLE, () -> "里套着的表格“" + DraftText.start(c, DETAIL) + "”");
                    scan(c);
                } else if (Ooxml.isW(c, "sdt")) {
                    Element content = Ooxml.child(c, "sdtContent");
                    if (content != null) cell(content);
                } else if (Ooxml.isW(c, "customXml")) {
                    cell(c);
                } else {
                    scan(c);
                }
            }
        }

        /** Every element under {@code e}, each once, for what is not carried. */
        private void scan(Element e) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) element(c);
            }
        }

        private void element(Element c) {
            String ns = c.getNamespaceURI(), local = c.getLocalName();
            if (Ooxml.W.equals(ns)) {
                switch (local) {
                    case "ins", "cellIns" -> { change(); inserted++; scan(c); }
                    case "del", "cellDel" -> { change(); deleted++; scan(c); }
                    case "moveFrom" -> { change(); movedFrom++; scan(c); }
                    case "moveTo" -> { change(); movedTo++; scan(c); }
                    case "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
                         "tcPrChange", "tblGridChange", "numberingChange", "cellMerge" -> { change(); formatted++; }
                    case "commentReference" -> comment(Ooxml.attr(c, "id"));
                    case "footnoteReference" -> note(footnotes, c);
                    case "endnoteReference" -> note(endnotes, c);
                    case "object" -> add(Kind.OLE, () -> "嵌入的" + oleName(c));
                    case "control" -> add(Kind.OLE, () -> "的 ActiveX 控件");
                    case "txbxContent" -> {
                        // an empty text box is a drawn shape: nothing of it is text
                        if (DraftText.hasText(c)) add(Kind.TEXTBOX, () -> "的文本框“" + DraftText.start(c, DETAIL) + "”");
                        else if (holdsPicture(c)) add(Kind.TEXTBOX, () -> "的文本框（内有图片）");
                        scan(c);
                    }
                    default -> scan(c);
                }
            } else if (Ooxml.MC.equals(ns)) {
                if ("AlternateContent".equals(local)) {
                    Element choice = choice(c);
                    if (choice != null) scan(choice);
                }
            } else if (Ooxml.A.equals(ns) && "graphicData".equals(local)) {
                String uri = c.getAttribute("uri");
                if (uri.endsWith("/chart") || uri.endsWith("/chartex")) add(Kind.CHART, null);
                else if (uri.endsWith("/diagram")) add(Kind.SMARTART, null);
                else scan(c);
            } else if (MATH.equals(ns) && ("oMath".equals(local) || "oMathPara".equals(local))) {
                add(Kind.MATH, () -> "的公式“" + DraftText.clip(mathText(c), DETAIL) + "”");
            } else if (Ooxml.VML.equals(ns) && "textpath".equals(local)) {
                add(Kind.TEXTBOX, () -> "的艺术字“" + DraftText.clip(c.getAttribute("string"), DETAIL) + "”");
            } else if (Ooxml.OFFICE.equals(ns) && "OLEObject".equals(local)) {
                add(Kind.OLE, () -> "嵌入的" + describeProgId(c.getAttribute("ProgID")));
            } else {
                scan(c);
            }
        }

        private void change() {
            if (firstChange == null) firstChange = place;
        }

        /** One of a kind here; {@code what} (null: the place alone) asked only of the ones a warning names. */
        private void add(Kind kind, Supplier<String> what) {
            Found f = found.computeIfAbsent(kind, k -> new Found());
            f.total++;
            if (f.items.size() < PLACES) f.items.add(new Item(place, what == null ? null : what.get(), null));
        }

        private void comment(String id) {
            Found f = found.computeIfAbsent(Kind.COMMENT, k -> new Found());
            f.total++;
            if (f.items.size() < PLACES) f.items.add(new Item(place, "", id));
        }

        private void note(Found notes, Element reference) {
            notes.total++;
            if (notes.items.size() < NOTES) notes.items.add(new Item(place, null, Ooxml.attr(reference, "id")));
        }

        // ------------------------------------------------------------ warnings

        private void trackedChanges(List<Warning> out) {
            if (firstChange == null) return;
            List<String> counts = new ArrayList<>();
            if (inserted > 0) counts.add("插入 " + inserted + " 处");
            if (deleted > 0) counts.add("删除 " + deleted + " 处");
            if (Math.max(movedFrom, movedTo) > 0) counts.add("移动 " + Math.max(movedFrom, movedTo) + " 处");
            if (formatted > 0) counts.add("格式修改 " + formatted + " 处");
            out.add(new Warning("draft-tracked-changes", "文档含修订，已按接受全部修订后的文字读取（" + String.join("、", counts)
                    + "，第一处在" + firstChange.text() + "）：删除和移走的文字未读入，请核对读入的文字是否为定稿"));
        }

        private void resolveComments() {
            Found comments = found.get(Kind.COMMENT);
            if (comments == null) return;
            Map<String, Element> byId = byId(word.part("comments"), "comment", idsOf(comments));
            for (Item i : comments.items) {
                Element comment = byId.get(i.id);
                String text = comment == null ? "" : DraftText.start(comment, DETAIL);
                i.what = text.isEmpty() ? "的批注" : "的批注“" + text + "”";
            }
        }

        private void notes(Found notes, String partType, String code, String noun, List<Warning> out) {
            if (notes.total == 0) return;
            Map<String, Element> byId = byId(word.part(partType), partType.equals("footnotes") ? "footnote" : "endnote",
                    idsOf(notes));
            int n = 0;
            for (Item i : notes.items) {
                n++;
                Element note = byId.get(i.id);
                String text = note == null ? "" : DraftText.start(note, NOTE_CHARS);
                out.add(new Warning(code, i.place.text() + "的" + noun + " " + n
                        + (text.isEmpty() ? "（无文字）" : "：“" + text + "”")
                        + "。gongwen 不排" + noun + "，它的文字未放入正文：如需保留，请把它写进正文或附注"));
            }
            if (notes.total > notes.items.size()) {
                out.add(new Warning(code, "另有 " + (notes.total - notes.items.size()) + " 个" + noun + "未逐一列出（共 "
                        + notes.total + " 个），它们的文字都未放入正文：如需保留，请把它们写进正文或附注"));
            }
        }

        private static Set<String> idsOf(Found f) {
            Set<String> ids = new LinkedHashSet<>();
            for (Item i : f.items) if (i.id != null) ids.add(i.id);
            return ids;
        }

        private static Map<String, Element> byId(Document part, String local, Set<String> wanted) {
            Map<String, Element> out = new HashMap<>();
            if (part == null || wanted.isEmpty()) return out;
            for (Element e : Ooxml.children(part.getDocumentElement(), local)) {
                String id = Ooxml.attr(e, "id");
                if (id != null && wanted.contains(id)) out.putIfAbsent(id, e);
            }
            return out;
        }

        /** What an altChunk's part is, by its content type. */
        private String altChunk(String rId) {
            String main = word.documentPart();
            for (Relationship r : word.docx().relationships()) {
                if (!r.source().equals(main) || !r.id().equals(rId)) continue;
                String part = r.external() ? null : word.docx().find(r.targetPart());
                String type = part == null ? null : word.docx().contentType(part);
                if (type == null) break;
                type = type.toLowerCase(Locale.ROOT);
                if (type.contains("html")) return "网页（HTML）内容";
                if (type.contains("rtf")) return "RTF 内容";
                if (type.contains("rfc822") || type.contains("mht")) return "网页（MHT）内容";
                if (type.contains("wordprocessingml") || type.contains("msword")) return "Word 文档内容";
                if (type.startsWith("text/plain")) return "纯文本内容";
                break;
            }
            return "内容";
        }
    }

    /** A message naming the places of one kind: the first {@link #PLACES}, and how many in all. */
    private static String message(Kind k, Found f) {
        List<String> places = new ArrayList<>();
        boolean detailed = false;
        Set<String> seen = new LinkedHashSet<>();
        for (Item i : f.items) {
            String p = i.place.text() + (i.what == null ? "" : i.what);
            detailed |= i.what != null;
            if (seen.add(p)) places.add(p);
        }
        String listed = String.join("、", places);
        if (detailed) {
            // "第3段（“…”）的文本框“…”、第5段（“…”）的文本框“…”等共 12 处，gongwen 未读入…"
            String more = f.total > f.items.size() ? "等共 " + f.total + " 处" : "";
            return listed + more + "，" + k.advice;
        }
        // "第12段（“…”）有一个图表" / "…、…共有 3 个图表" / "…、…等处共有 12 个图表"
        String count = f.total == 1 ? "有一个" : (f.total > f.items.size() ? "等处共有 " : "共有 ") + f.total + " 个";
        return listed + count + (k.noun.charAt(0) < 0x80 ? " " : "") + k.noun + "，" + k.advice;
    }

    // ---------------------------------------------------------------- helpers

    /** The mc:Choice Word shows (the first), else the fallback. */
    private static Element choice(Element alternate) {
        Element choice = Ooxml.child(alternate, Ooxml.MC, "Choice");
        return choice != null ? choice : Ooxml.child(alternate, Ooxml.MC, "Fallback");
    }

    /** Rows of a table or cells of a row, through content controls and custom XML around them. */
    private static List<Element> wrapped(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Element c : Ooxml.children(parent)) {
            if (Ooxml.isW(c, local)) out.add(c);
            else if (Ooxml.isW(c, "sdt")) {
                Element content = Ooxml.child(c, "sdtContent");
                if (content != null) out.addAll(wrapped(content, local));
            } else if (Ooxml.isW(c, "customXml")) out.addAll(wrapped(c, local));
        }
        return out;
    }

    private static boolean wrapper(Element e) {
        return Ooxml.isW(e, "sdt") || Ooxml.isW(e, "customXml");
    }

    private static boolean holdsPicture(Element e) {
        return !Ooxml.descendants(e, "drawing").isEmpty() || !Ooxml.descendants(e, "pict").isEmpty();
    }

    private static String mathText(Element math) {
        StringBuilder sb = new StringBuilder();
        var ts = math.getElementsByTagNameNS(MATH, "t");
        for (int i = 0; i < ts.getLength() && sb.length() <= DETAIL * 4; i++) {
            for (Node c = ts.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof org.w3c.dom.Text t) sb.append(t.getData());
            }
        }
        return sb.toString();
    }

    /** An OLE object by its ProgID (o:OLEObject's, or w:objectEmbed's and w:objectLink's in Word 2010+). */
    private static String oleName(Element object) {
        var ole = object.getElementsByTagNameNS(Ooxml.OFFICE, "OLEObject");
        if (ole.getLength() > 0) return describeProgId(((Element) ole.item(0)).getAttribute("ProgID"));
        for (String local : List.of("objectEmbed", "objectLink")) {
            List<Element> e = Ooxml.descendants(object, local);
            if (!e.isEmpty()) return describeProgId(Ooxml.attr(e.get(0), "progId"));
        }
        if (!Ooxml.descendants(object, "control").isEmpty()) return " ActiveX 控件";
        return "对象";
    }

    private static final Pattern PROG_ID = Pattern.compile("[A-Za-z0-9._ -]{1,40}");

    static String describeProgId(String progId) {
        if (progId == null || progId.isBlank()) return "对象";
        String p = progId.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("excel.")) return " Excel 工作表";
        if (lower.startsWith("word.")) return " Word 文档";
        if (lower.startsWith("powerpoint.")) return " PowerPoint 演示文稿";
        if (lower.startsWith("equation.") || lower.contains("mathtype")) return "公式（公式编辑器）";
        if (lower.startsWith("visio.")) return " Visio 图";
        if (lower.startsWith("acroexch.")) return " PDF 文档";
        if (lower.startsWith("package")) return "文件";
        if (lower.startsWith("paint.")) return "图片（画图）";
        return PROG_ID.matcher(p).matches() ? "对象（" + p + "）" : "对象";
    }

    // ---------------------------------------------------------------- headers and footers

    private static void headersAndFooters(List<Element> roots, List<Warning> out) {
        Set<String> items = new LinkedHashSet<>();
        for (String kind : List.of("hdr", "ftr")) {
            String noun = kind.equals("hdr") ? "页眉" : "页脚";
            for (Element root : roots) {
                if (!Ooxml.isW(root, kind)) continue;
                String text = DraftText.start(root, DETAIL, true);
                if (!PAGE_NUMBER_WORDS.matcher(text).replaceAll("").isEmpty()) items.add(noun + "“" + text + "”");
                var paths = root.getElementsByTagNameNS(Ooxml.VML, "textpath");
                if (paths.getLength() > 0) {
                    String mark = DraftText.clip(((Element) paths.item(0)).getAttribute("string"), DETAIL);
                    if (!mark.isEmpty()) items.add(noun + "里的水印“" + mark + "”");
                }
            }
        }
        if (items.isEmpty()) return;
        List<String> listed = new ArrayList<>(items).subList(0, Math.min(PLACES, items.size()));
        out.add(new Warning("draft-header-footer", String.join("、", listed) + (items.size() > listed.size() ? "等共 " + items.size() + " 处" : "")
                + "未读入：gongwen 按模板排页眉页脚（页码照排），如需保留这些文字，请写进正文"));
    }

    // ---------------------------------------------------------------- the first pass

    /**
     * Whether XML bytes may hold an element of one of the given local names, in any namespace and
     * with any prefix (over-inclusive, never under-): every start tag's local name is compared;
     * and, when asked, a table inside a table cell. One pass, no parsing, no allocation.
     */
    static final class ElementScan {
        private final String[] names;
        private final long lengths;
        private final boolean nestedTables;

        ElementScan(boolean nestedTables, String... names) {
            this.nestedTables = nestedTables;
            this.names = names.clone();
            long l = 0;
            for (String name : names) l |= 1L << name.length();
            this.lengths = l;
        }

        boolean anyIn(byte[] bytes) {
            if (bytes == null) return false;
            // one byte a char: String.indexOf finds the next '<' many bytes at a time
            String xml = new String(bytes, StandardCharsets.ISO_8859_1);
            int cells = 0;
            int n = xml.length();
            for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
                int s = i + 1;
                boolean end = s < n && xml.charAt(s) == '/';
                if (end) s++;
                int e = s, local = s;
                while (e < n) {
                    char b = xml.charAt(e);
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') break;
                    if (b == ':') local = e + 1;
                    e++;
                }
                int len = e - local;
                if (nestedTables && len == 2 && xml.charAt(local) == 't' && xml.charAt(local + 1) == 'c') {
                    if (end) cells = Math.max(0, cells - 1);
                    else if (!selfClosing(xml, e)) cells++;
                } else if (!end && len < 64 && (lengths & (1L << len)) != 0 && named(xml, local, len)) {
                    return true;
                } else if (!end && cells > 0 && len == 3 && xml.startsWith("tbl", local)) {
                    return true;
                }
                i = e - 1;
            }
            return false;
        }

        private boolean named(String xml, int at, int len) {
            for (String name : names) {
                if (name.length() == len && xml.startsWith(name, at)) return true;
            }
            return false;
        }

        /** Whether the tag whose name ends at {@code from} ends with "/>". */
        private static boolean selfClosing(String xml, int from) {
            int close = xml.indexOf('>', from);
            return close > 0 && xml.charAt(close - 1) == '/';
        }
    }
}
