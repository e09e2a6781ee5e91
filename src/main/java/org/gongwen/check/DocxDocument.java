package org.gongwen.check;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.ooxml.ParaProps.Border;
import org.gongwen.ooxml.RunProps;
import org.gongwen.ooxml.Section;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.LineRule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gongwen.ooxml.Ooxml.attr;
import static org.gongwen.ooxml.Ooxml.child;
import static org.gongwen.ooxml.Ooxml.children;
import static org.gongwen.ooxml.Ooxml.isW;

/**
 * A DOCX as Word shows it: body paragraphs with formatting resolved through styles ({@link Styles})
 * and direct formatting, the sections' page set-up, footers and settings. Points throughout.
 */
final class DocxDocument {

    /** A run of text with its resolved face and size. */
    record Run(String text, String eastAsiaFont, String latinFont, double sizePt, boolean bold, String color) {}

    /**
     * One paragraph. {@code number} counts non-empty body paragraphs from 1 (0 for an empty one or
     * a table cell); {@code lines} are the text split at manual line breaks; {@code hasGraphic}: a
     * drawing or VML line is anchored in it (a 版头 separator may be drawn so); {@code hasPicture}: it
     * shows a picture (a DrawingML blip or VML image data), as a figure's line does.
     */
    record Para(int index, int number, String styleId, String styleName, String text, List<String> lines,
                List<Run> runs, Align align, double firstLinePt, double leftPt, double rightPt,
                double spaceBeforePt, double spaceAfterPt, LineRule lineRule, double lineSpacing,
                double sizePt, boolean inTable, Border topBorder, Border bottomBorder,
                boolean hasGraphic, boolean hasPicture) {

        boolean isEmpty() { return text.isBlank(); }

        /** "第12段“一、总体要求”" — how a clerk finds the paragraph. */
        String where() {
            String t = text.strip();
            String head = t.codePointCount(0, t.length()) > 12 ? t.substring(0, t.offsetByCodePoints(0, 12)) + "…" : t;
            return (inTable ? "表格中" : "第" + number + "段") + "“" + head + "”";
        }
    }

    /** A header or footer part: its paragraphs and whether it holds a PAGE field. */
    record Footer(List<Para> paragraphs, boolean hasPageField) {
        String text() {
            return String.join("\n", paragraphs.stream().map(Para::text).toList());
        }
    }

    final List<Para> paragraphs = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final Map<String, Footer> footers = new HashMap<>();
    final boolean evenAndOddHeaders;
    final Styles styles;
    /** Size Word uses for an unstyled run: the Normal style's, as the grid's character unit. */
    final double normalSizePt;
    /** With a character grid, the pitch indents in characters (w:firstLineChars) are counted in; else 0. */
    private final double charUnitPt;
    /** One 行 for spacing given in lines (w:beforeLines): the line grid's pitch, else a single line of Normal. */
    private final double lineUnitPt;

    /** Reads a DOCX whose package unpacks to at most {@code maxUnpackedBytes}: see {@link DocxPackage#read(byte[], long)}. */
    static DocxDocument read(byte[] docx, long maxUnpackedBytes) {
        return read(new WordPackage(DocxPackage.read(docx, maxUnpackedBytes)));
    }

    static DocxDocument read(WordPackage docx) {
        try {
            return new DocxDocument(docx);
        } catch (BadInputException | RenderCancelled e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new BadInputException(Fault.UNREADABLE, "docx-unreadable", "无法读取该DOCX文件，请确认它是Word文档（.docx）且未损坏",
                    "cannot read the DOCX file: it is damaged or not a Word document", e);
        }
    }

    private DocxDocument(WordPackage word) {
        Document doc = word.document();
        if (doc == null) throw new BadInputException(Fault.INVALID, "docx-unreadable", "该文件不是Word文档（.docx）", "not a word-processing document");
        styles = word.styles();
        evenAndOddHeaders = Ooxml.onOff(word.settings(), "evenAndOddHeaders") == Boolean.TRUE;
        RunProps normal = styles.run(styles.paragraphStyleId(null), null);
        normalSizePt = normal.sizePt();

        Element body = child(doc.getDocumentElement(), "body");
        if (body == null) throw new BadInputException(Fault.INVALID, "docx-unreadable", "该DOCX文件没有正文", "the DOCX has no body");
        sections.addAll(word.sections());
        Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        lineUnitPt = last != null && last.hasLineGrid() ? last.linePitchPt() : normalSizePt * Grid.NATURAL_LINE;
        charUnitPt = last != null && last.hasCharGrid() ? normalSizePt + last.charSpace() / 4096 : 0;
        readBlocks(body, false);

        word.partNames(WordPackage.FOOTER).forEach((id, part) -> footers.put(id, footer(word.xml(part))));
    }

    private void readBlocks(Element container, boolean inTable) {
        for (Element e : children(container)) {
            if (isW(e, "p")) {
                RenderCancelled.checkInterrupted();
                paragraphs.add(paragraph(e, paragraphs.size(), inTable, true));
            } else if (isW(e, "tbl")) {
                for (Element tr : children(e, "tr")) for (Element tc : children(tr, "tc")) readBlocks(tc, true);
            } else if (isW(e, "sdt")) {
                readBlocks(child(e, "sdtContent"), inTable);
            } else if (isW(e, "customXml") || isW(e, "ins")) {
                readBlocks(e, inTable);
            }
        }
    }

    private int visibleNumber = 0;

    private Para paragraph(Element p, int index, boolean inTable, boolean numbered) {
        Element pPr = child(p, "pPr");
        String styleId = styles.paragraphStyleId(Ooxml.val(pPr, "pStyle"));
        Styles.Style style = styles.style(styleId);
        ParaProps pp = styles.paragraph(styleId).apply(pPr);
        RunProps paraRun = styles.run(styleId, null);

        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        collectRuns(p, styleId, runs, text, new boolean[]{false});
        String t = text.toString();
        List<String> lines = List.of(t.split("\n", -1));
        String flat = t.replace("\n", "");
        double size = paraRun.hasSize() ? paraRun.sizePt() : normalSizePt;
        int number = !numbered || inTable || flat.isBlank() ? 0 : ++visibleNumber;

        double charUnit = charUnitPt > 0 ? charUnitPt : size;
        LineRule rule = pp.line() == null ? LineRule.AUTO : switch (pp.lineRule() == null ? "auto" : pp.lineRule()) {
            case "exact" -> LineRule.EXACT;
            case "atLeast" -> LineRule.AT_LEAST;
            default -> LineRule.AUTO;
        };
        double spacing = pp.line() == null ? 1 : rule == LineRule.AUTO ? pp.line() / 240 : pp.line() / 20;
        boolean graphic = p.getElementsByTagNameNS(Ooxml.W, "drawing").getLength() > 0
                || p.getElementsByTagNameNS(Ooxml.VML, "line").getLength() > 0;
        boolean picture = p.getElementsByTagNameNS(Ooxml.A, "blip").getLength() > 0
                || p.getElementsByTagNameNS(Ooxml.VML, "imagedata").getLength() > 0;
        return new Para(index, number, styleId, style == null ? "" : style.name(), flat, lines, List.copyOf(runs),
                Align.of(pp.jc()), pp.firstLinePt(charUnit), pp.leftPt(charUnit), pp.rightPt(charUnit),
                pp.spaceBeforePt(lineUnitPt), pp.spaceAfterPt(lineUnitPt), rule, spacing, size, inTable,
                pp.border("top"), pp.border("bottom"), graphic, picture);
    }

    /** Walks runs in reading order; {@code inInstr} tracks complex fields so codes are not text. */
    private void collectRuns(Element parent, String pStyleId, List<Run> runs, StringBuilder text, boolean[] inInstr) {
        for (Element e : children(parent)) {
            if (isW(e, "r")) {
                Element rPr = child(e, "rPr");
                RunProps rp = styles.run(pStyleId, Ooxml.val(rPr, "rStyle")).apply(rPr);
                StringBuilder rt = new StringBuilder();
                for (Element c : children(e)) {
                    if (isW(c, "fldChar")) {
                        String type = attr(c, "fldCharType");
                        if ("begin".equals(type)) inInstr[0] = true;
                        else if ("separate".equals(type) || "end".equals(type)) inInstr[0] = false;
                    } else if (inInstr[0]) {
                        continue;
                    } else if (isW(c, "t")) {
                        rt.append(c.getTextContent());
                    } else if (isW(c, "tab")) {
                        rt.append('\t');
                    } else if (isW(c, "br") && !"page".equals(attr(c, "type")) && !"column".equals(attr(c, "type"))
                            || isW(c, "cr")) {
                        rt.append('\n');
                    } else if (isW(c, "noBreakHyphen")) {
                        rt.append('-');
                    }
                }
                if (!rt.isEmpty()) {
                    text.append(rt);
                    runs.add(new Run(rt.toString(), rp.eastAsia(), rp.latin(), rp.sizePt(), rp.bold(), rp.color()));
                }
            } else if (isW(e, "hyperlink") || isW(e, "ins") || isW(e, "smartTag")
                    || isW(e, "fldSimple") || isW(e, "customXml")) {
                collectRuns(e, pStyleId, runs, text, inInstr);
            } else if (isW(e, "sdt")) {
                collectRuns(child(e, "sdtContent"), pStyleId, runs, text, inInstr);
            }
        }
    }

    private Footer footer(Document doc) {
        List<Para> paras = new ArrayList<>();
        var all = doc.getElementsByTagNameNS(Ooxml.W, "p");
        for (int i = 0; i < all.getLength(); i++) paras.add(paragraph((Element) all.item(i), i, false, false));
        return new Footer(paras, Ooxml.hasPageField(doc));
    }
}
