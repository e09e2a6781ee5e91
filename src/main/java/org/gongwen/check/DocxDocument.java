package org.gongwen.check;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.gongwen.model.BadInputException;
import org.gongwen.model.DocxPackage;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.LineRule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.gongwen.check.Xml.attr;
import static org.gongwen.check.Xml.number;
import static org.gongwen.check.Xml.w;
import static org.gongwen.check.Xml.ws;

/**
 * A DOCX as Word shows it: body paragraphs with formatting resolved through styles and direct
 * formatting, the sections' page set-up, footers and settings. Points throughout.
 */
final class DocxDocument {

    /** A run of text with its resolved face and size. */
    record Run(String text, String eastAsiaFont, String latinFont, double sizePt, boolean bold, String color) {}

    /** A paragraph border (w:pBdr/top|bottom): colour, width and distance from the text in points. */
    record Border(String color, double widthPt, double spacePt) {}

    /**
     * One paragraph. {@code number} counts non-empty body paragraphs from 1 (0 for an empty one or
     * a table cell); {@code lines} are the text split at manual line breaks; {@code hasGraphic}: a
     * drawing or VML line is anchored in it (a 版头 separator may be drawn so).
     */
    record Para(int index, int number, String styleId, String styleName, String text, List<String> lines,
                List<Run> runs, Align align, double firstLinePt, double leftPt, double rightPt,
                double spaceBeforePt, double spaceAfterPt, LineRule lineRule, double lineSpacing,
                double sizePt, boolean inTable, Border topBorder, Border bottomBorder,
                boolean hasGraphic) {

        boolean isEmpty() { return text.isBlank(); }

        /** "第12段“一、总体要求”" — how a clerk finds the paragraph. */
        String where() {
            String t = text.strip();
            String head = t.codePointCount(0, t.length()) > 12 ? t.substring(0, t.offsetByCodePoints(0, 12)) + "…" : t;
            return (inTable ? "表格中" : "第" + number + "段") + "“" + head + "”";
        }
    }

    /** A section's page set-up (w:sectPr) and the relationship ids of its footers by type. */
    record Section(double widthPt, double heightPt, double topPt, double bottomPt, double leftPt, double rightPt,
                   String gridType, double linePitchPt, double charSpace,
                   Map<String, String> footerIds, boolean titlePage) {}

    /** A header or footer part: its paragraphs and whether it holds a PAGE field. */
    record Footer(List<Para> paragraphs, boolean hasPageField) {
        String text() {
            return String.join("\n", paragraphs.stream().map(Para::text).toList());
        }
    }

    private static final Pattern PAGE_FIELD = Pattern.compile("(?i)^\\s*PAGE(\\s|\\\\|$)");

    final List<Para> paragraphs = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final Map<String, Footer> footers = new HashMap<>();
    final boolean evenAndOddHeaders;
    final StyleSheet styles;
    /** Size Word uses for an unstyled run: the Normal style's, as the grid's character unit. */
    final double normalSizePt;
    /** With a character grid, the pitch indents in characters (w:firstLineChars) are counted in; else 0. */
    private final double charUnitPt;
    /** One 行 for spacing given in lines (w:beforeLines): the line grid's pitch, else a single line of Normal. */
    private final double lineUnitPt;

    /** Reads a DOCX whose package unpacks to at most {@code maxUnpackedBytes}: see {@link DocxPackage#read(byte[], long)}. */
    static DocxDocument read(byte[] docx, long maxUnpackedBytes) {
        return read(DocxPackage.read(docx, maxUnpackedBytes));
    }

    static DocxDocument read(DocxPackage docx) {
        try (OPCPackage pkg = docx.opc()) {
            return new DocxDocument(pkg);
        } catch (BadInputException | RenderCancelled e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new BadInputException(Fault.UNREADABLE, "docx-unreadable", "无法读取该DOCX文件，请确认它是Word文档（.docx）且未损坏",
                    "cannot read the DOCX file: it is damaged or not a Word document", e);
        }
    }

    private DocxDocument(OPCPackage pkg) throws Exception {
        PackagePart main = mainPart(pkg);
        Document doc = parse(main);
        styles = new StyleSheet(parse(related(main, "/styles")), parse(related(main, "/theme")));
        Document settings = parse(related(main, "/settings"));
        evenAndOddHeaders = settings != null && Xml.onOff(settings.getDocumentElement(), "evenAndOddHeaders") == Boolean.TRUE;
        Props.Run normal = styles.run(styles.paragraphStyleId(null), null);
        normalSizePt = normal.sz == null ? 10 : normal.sz / 2;

        Element body = w(doc.getDocumentElement(), "body");
        if (body == null) throw new BadInputException(Fault.INVALID, "docx-unreadable", "该DOCX文件没有正文", "the DOCX has no body");
        for (Element sect : allSectPr(body)) sections.add(section(sect));
        Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        lineUnitPt = last != null && last.linePitchPt() > 0 && !"default".equals(last.gridType()) ? last.linePitchPt()
                : normalSizePt * Grid.NATURAL_LINE;
        charUnitPt = last != null && ("linesAndChars".equals(last.gridType()) || "snapToChars".equals(last.gridType()))
                ? normalSizePt + last.charSpace() / 4096 : 0;
        readBlocks(body, false);

        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/footer")) {
                PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI().isAbsolute()
                        ? rel.getTargetURI() : PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), rel.getTargetURI())));
                if (part != null) footers.put(rel.getId(), footer(parse(part)));
            }
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
        }
        if (rels.size() == 0) throw new BadInputException(Fault.INVALID, "docx-unreadable", "该文件不是Word文档（.docx）", "not a word-processing document");
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        // a macro-enabled document (.docm, application/vnd.ms-word.…) is read too: the template validator names its macros
        if (part == null || !(part.getContentType().contains("wordprocessingml") || part.getContentType().startsWith("application/vnd.ms-word."))) {
            throw new BadInputException(Fault.INVALID, "docx-unreadable", "该文件不是Word文档（.docx）", "not a word-processing document");
        }
        return part;
    }

    private static PackagePart related(PackagePart from, String typeSuffix) throws Exception {
        for (PackageRelationship rel : from.getRelationships()) {
            if (rel.getRelationshipType().endsWith(typeSuffix)) return from.getRelatedPart(rel);
        }
        return null;
    }

    private static Document parse(PackagePart part) throws Exception {
        if (part == null) return null;
        try (InputStream in = part.getInputStream()) {
            return Xml.parse(in);
        }
    }

    private void readBlocks(Element container, boolean inTable) {
        for (Element e : Xml.children(container)) {
            if (Xml.isW(e, "p")) {
                RenderCancelled.checkInterrupted();
                paragraphs.add(paragraph(e, paragraphs.size(), inTable, true));
            } else if (Xml.isW(e, "tbl")) {
                for (Element tr : ws(e, "tr")) for (Element tc : ws(tr, "tc")) readBlocks(tc, true);
            } else if (Xml.isW(e, "sdt")) {
                readBlocks(w(e, "sdtContent"), inTable);
            } else if (Xml.isW(e, "customXml") || Xml.isW(e, "ins")) {
                readBlocks(e, inTable);
            }
        }
    }

    private int visibleNumber = 0;

    private Para paragraph(Element p, int index, boolean inTable, boolean numbered) {
        Element pPr = w(p, "pPr");
        Element ps = w(pPr, "pStyle");
        String styleId = styles.paragraphStyleId(ps == null ? null : attr(ps, "val"));
        StyleSheet.Style style = styles.style(styleId);
        Props.Para pp = styles.paragraph(styleId);
        pp.apply(pPr);
        Props.Run paraRun = styles.run(styleId, null);

        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        collectRuns(p, styleId, runs, text, new boolean[]{false});
        String t = text.toString();
        List<String> lines = List.of(t.split("\n", -1));
        String flat = t.replace("\n", "");
        double size = paraRun.sz == null ? normalSizePt : paraRun.sz / 2;
        int number = !numbered || inTable || flat.isBlank() ? 0 : ++visibleNumber;

        double charUnit = charUnitPt > 0 ? charUnitPt : size;
        double firstLine = pp.firstLineChars != null ? pp.firstLineChars / 100 * charUnit
                : pp.hangingChars != null ? -pp.hangingChars / 100 * charUnit
                : pp.firstLine != null ? pp.firstLine / 20 : pp.hanging != null ? -pp.hanging / 20 : 0;
        double left = pp.leftChars != null && pp.leftChars != 0 ? pp.leftChars / 100 * charUnit : tw(pp.left);
        double right = pp.rightChars != null && pp.rightChars != 0 ? pp.rightChars / 100 * charUnit : tw(pp.right);
        // Word writes beforeLines="0" when the spacing is given in points
        double before = pp.beforeLines != null && pp.beforeLines != 0 ? pp.beforeLines / 100 * lineUnitPt : tw(pp.before);
        double after = pp.afterLines != null && pp.afterLines != 0 ? pp.afterLines / 100 * lineUnitPt : tw(pp.after);
        LineRule rule = pp.line == null ? LineRule.AUTO : switch (pp.lineRule == null ? "auto" : pp.lineRule) {
            case "exact" -> LineRule.EXACT;
            case "atLeast" -> LineRule.AT_LEAST;
            default -> LineRule.AUTO;
        };
        double spacing = pp.line == null ? 1 : rule == LineRule.AUTO ? pp.line / 240 : pp.line / 20;
        boolean graphic = p.getElementsByTagNameNS(Xml.W, "drawing").getLength() > 0
                || p.getElementsByTagNameNS("urn:schemas-microsoft-com:vml", "line").getLength() > 0;
        return new Para(index, number, styleId, style == null ? "" : style.name(), flat, lines, List.copyOf(runs),
                align(pp.jc), firstLine, left, right, before, after, rule, spacing, size, inTable,
                border(pp.topBorder), border(pp.bottomBorder), graphic);
    }

    /** Walks runs in reading order; {@code inInstr} tracks complex fields so codes are not text. */
    private void collectRuns(Element parent, String pStyleId, List<Run> runs, StringBuilder text, boolean[] inInstr) {
        for (Element e : Xml.children(parent)) {
            if (Xml.isW(e, "r")) {
                Element rPr = w(e, "rPr");
                Element rs = w(rPr, "rStyle");
                Props.Run rp = styles.run(pStyleId, rs == null ? null : attr(rs, "val"));
                rp.apply(rPr);
                StringBuilder rt = new StringBuilder();
                for (Element c : Xml.children(e)) {
                    if (Xml.isW(c, "fldChar")) {
                        String type = attr(c, "fldCharType");
                        if ("begin".equals(type)) inInstr[0] = true;
                        else if ("separate".equals(type) || "end".equals(type)) inInstr[0] = false;
                    } else if (inInstr[0]) {
                        continue;
                    } else if (Xml.isW(c, "t")) {
                        rt.append(c.getTextContent());
                    } else if (Xml.isW(c, "tab")) {
                        rt.append('\t');
                    } else if (Xml.isW(c, "br") && !"page".equals(attr(c, "type")) && !"column".equals(attr(c, "type"))
                            || Xml.isW(c, "cr")) {
                        rt.append('\n');
                    } else if (Xml.isW(c, "noBreakHyphen")) {
                        rt.append('-');
                    }
                }
                if (!rt.isEmpty()) {
                    text.append(rt);
                    String color = rp.color == null || "auto".equals(rp.color) ? "000000" : rp.color.toUpperCase();
                    runs.add(new Run(rt.toString(), styles.face(rp.eastAsia), styles.face(rp.ascii),
                            rp.sz == null ? 10 : rp.sz / 2, Boolean.TRUE.equals(rp.bold), color));
                }
            } else if (Xml.isW(e, "hyperlink") || Xml.isW(e, "ins") || Xml.isW(e, "smartTag")
                    || Xml.isW(e, "fldSimple") || Xml.isW(e, "customXml")) {
                collectRuns(e, pStyleId, runs, text, inInstr);
            } else if (Xml.isW(e, "sdt")) {
                collectRuns(w(e, "sdtContent"), pStyleId, runs, text, inInstr);
            }
        }
    }

    private Footer footer(Document doc) {
        List<Para> paras = new ArrayList<>();
        boolean page = false;
        var all = doc.getElementsByTagNameNS(Xml.W, "p");
        for (int i = 0; i < all.getLength(); i++) paras.add(paragraph((Element) all.item(i), i, false, false));
        var simple = doc.getElementsByTagNameNS(Xml.W, "fldSimple");
        for (int i = 0; i < simple.getLength(); i++) {
            String code = attr((Element) simple.item(i), "instr");
            if (code != null && PAGE_FIELD.matcher(code).find()) page = true;
        }
        var instr = doc.getElementsByTagNameNS(Xml.W, "instrText");
        for (int i = 0; i < instr.getLength(); i++) {
            if (PAGE_FIELD.matcher(instr.item(i).getTextContent()).find()) page = true;
        }
        return new Footer(paras, page);
    }

    private static List<Element> allSectPr(Element body) {
        List<Element> out = new ArrayList<>();
        var list = body.getElementsByTagNameNS(Xml.W, "sectPr");
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private Section section(Element s) {
        Element sz = w(s, "pgSz"), mar = w(s, "pgMar"), grid = w(s, "docGrid");
        Map<String, String> ids = new HashMap<>();
        for (Element ref : ws(s, "footerReference")) {
            String type = attr(ref, "type");
            ids.put(type == null ? "default" : type, ref.getAttributeNS(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
        }
        // Word's defaults for a sectPr that omits them: Letter paper, 1 inch / 1.25 inch margins
        return new Section(tw(number(sz, "w"), 12240), tw(number(sz, "h"), 15840),
                tw(number(mar, "top"), 1440), tw(number(mar, "bottom"), 1440),
                tw(number(mar, "left"), 1800), tw(number(mar, "right"), 1800),
                grid == null ? "default" : attr(grid, "type") == null ? "default" : attr(grid, "type"),
                tw(number(grid, "linePitch"), 0), number(grid, "charSpace") == null ? 0 : number(grid, "charSpace"),
                ids, Xml.onOff(s, "titlePg") == Boolean.TRUE);
    }

    private static Border border(Element b) {
        if (b == null || "none".equals(attr(b, "val")) || "nil".equals(attr(b, "val"))) return null;
        Double sz = number(b, "sz");
        String color = attr(b, "color");
        Double space = number(b, "space");
        return new Border(color == null || "auto".equals(color) ? "000000" : color.toUpperCase(), sz == null ? 0.5 : sz / 8,
                space == null ? 0 : space);
    }

    static Align align(String jc) {
        if (jc == null) return Align.LEFT;
        return switch (jc) {
            case "center" -> Align.CENTER;
            case "right", "end" -> Align.RIGHT;
            case "both", "distribute", "justify", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> Align.BOTH;
            default -> Align.LEFT;
        };
    }

    private static double tw(Double twips) {
        return twips == null ? 0 : twips / 20;
    }

    private static double tw(Double twips, double fallbackTwips) {
        return (twips == null ? fallbackTwips : twips) / 20;
    }
}
