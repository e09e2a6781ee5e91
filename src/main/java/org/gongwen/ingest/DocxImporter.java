package org.gongwen.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.ooxml.Ooxml;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Numbering;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOCX drafts: paragraphs and tables in order through POI, their styles, outline levels and
 * automatic numbering resolved as the checker and the templates resolve them ({@link WordPackage}).
 * Word's Title and Heading styles and outline levels mark the title and heading levels; drafts
 * without styles go through the same structure detection as plain text.
 */
public final class DocxImporter {
    /** Line breaks inside a paragraph (Shift+Enter). */
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u000B]+");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");

    private DocxImporter() {}

    /**
     * Reads a draft. BadInputException: the limits' ({@code input-too-large}, {@code input-too-long}),
     * the package's ({@link DocxPackage#read(byte[], long)}: {@code docx-too-large} TOO_LARGE past
     * {@link ImportLimits#maxUnpackedBytes}, {@code docx-damaged} UNREADABLE for a package cut short),
     * {@code docx-encrypted-or-doc}, {@code docx-macro} and {@code docx-invalid} (UNREADABLE).
     */
    public static OfficialDocument read(byte[] bytes, ImportLimits limits) {
        limits.checkBytes(bytes.length);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new BadInputException(Fault.UNREADABLE, "docx-encrypted-or-doc",
                    "该文件是加密的 DOCX 或旧版 .doc 文件：请取消密码保护，或在 Word 中另存为 .docx 后再上传",
                    "the file is an encrypted DOCX or an old .doc: remove the password or save it as .docx");
        }
        if (magic != FileMagic.OOXML) {
            throw new BadInputException(Fault.UNREADABLE, "docx-invalid", "该文件不是有效的 DOCX 文档：请在 Word 中另存为 .docx 后再上传",
                    "the file is not a valid DOCX document (not a zip package)");
        }
        DocxPackage pkg = DocxPackage.read(bytes, limits.maxUnpackedBytes());
        try (OPCPackage opc = pkg.opc(); XWPFDocument docx = new XWPFDocument(opc)) {
            refuseMacros(docx);
            WordPackage word = new WordPackage(pkg);
            Styles styles = word.styles();
            Numbering.Counter numbering = word.numbering().counter();
            Pictures pictures = new Pictures(docx, styles, limits);
            List<Piece> pieces = new ArrayList<>();
            long chars = 0;
            for (IBodyElement element : docx.getBodyElements()) {
                List<Piece> found = switch (element) {
                    case XWPFParagraph para -> pictures.around(para, paragraph(styles, para, numbering));
                    case XWPFTable table -> pictures.inTable(table, table(table));
                    default -> List.of();
                };
                for (Piece p : found) {
                    chars += size(p);
                    limits.checkChars(chars);
                    pieces.add(p);
                }
            }
            return DraftInventory.addTo(pictures.warned(StructureDetector.detect(pictures.captioned(pieces))), word,
                    (Element) docx.getDocument().getBody().getDomNode(),
                    java.util.stream.Stream.concat(docx.getHeaderList().stream(), docx.getFooterList().stream())
                            .map(part -> (Element) part._getHdrFtr().getDomNode()).toList());
        } catch (BadInputException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(Fault.UNREADABLE, "docx-encrypted-or-doc", "该 DOCX 文件已加密：请取消密码保护后再上传",
                    "the DOCX is encrypted: remove the password", e);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw new BadInputException(Fault.UNREADABLE, "docx-invalid", "DOCX 文档已损坏，无法读取：请在 Word 中打开并另存后再上传",
                    "the DOCX is damaged or not a Word document", e);   // the service logs the cause's class
        }
    }

    /** A .docm renamed .docx: its macros would never run here, but a clerk should not pass it on. */
    private static void refuseMacros(XWPFDocument docx) {
        if (docx.getPackagePart().getContentType().contains("macroEnabled")) {
            throw new BadInputException(Fault.UNREADABLE, "docx-macro", "该文件是含宏的 Word 文档（.docm）：请在 Word 中另存为不含宏的 .docx 后再上传",
                    "the file is a macro-enabled Word document (.docm): save it as a plain .docx");
        }
    }

    /** A paragraph's pieces: a marked heading, or its lines (a signature and date often share one paragraph). */
    private static List<Piece> paragraph(Styles styles, XWPFParagraph para, Numbering.Counter numbering) {
        CTPPr ppr = para.getCTP().getPPr();
        String styleId = para.getStyleID();
        // the paragraph's own properties (read through POI's DOM view) over its style's
        ParaProps props = styles.paragraph(styles.paragraphStyleId(styleId)).apply(ppr == null ? null : (Element) ppr.getDomNode());
        String label = numbering.label(props);
        String text = DraftText.accepted((Element) para.getCTP().getDomNode());
        if (text == null || text.isBlank()) return List.of();
        text = label + text.strip();
        String styleName = styleId == null ? null : styles.nameOf(styleId);
        if (styleName != null && (styleName.equalsIgnoreCase("title") || styleName.equals("标题"))) {
            return List.of(new Piece.Marked(0, BREAKS.matcher(text).replaceAll("")));
        }
        int level = -1;
        if (styleName != null) {
            Matcher m = HEADING_STYLE.matcher(styleName.strip());
            if (m.matches()) level = Integer.parseInt(m.group(1));
        }
        // outline level 0–3 (on the paragraph or its style) means heading 1–4; 9 means body text
        Integer outline = props.outlineLevel();
        if (level < 0 && outline != null && outline >= 0 && outline <= 3) level = outline + 1;
        if (level >= 1) return List.of(new Piece.Marked(Math.min(4, level), BREAKS.matcher(text).replaceAll("")));
        return Arrays.stream(BREAKS.split(text)).<Piece>map(Piece.Line::new).toList();
    }

    private static List<Piece> table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int header = 0;
        boolean inHeader = true;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) cells.add(DraftText.acceptedCell((Element) cell.getCTTc().getDomNode()).strip());
            rows.add(cells);
            inHeader &= row.isRepeatHeader();
            if (inHeader) header++;
        }
        return rows.isEmpty() ? List.of() : List.of(new Piece.Grid(rows, header));
    }

    private static long size(Piece p) {
        return switch (p) {
            case Piece.Line l -> l.text().length();
            case Piece.Marked m -> m.text().length();
            case Piece.Grid g -> g.rows().stream().flatMap(List::stream).mapToLong(String::length).sum();
            case Piece.Picture pic -> pic.figure().caption().length();
        };
    }

    /**
     * The pictures of a draft's body (issue 15): DrawingML pictures ({@code w:drawing}, inline or
     * anchored, {@code a:blip r:embed}) and VML ones ({@code v:imagedata}), each with the caption Word
     * marks for it (the Caption / 题注 style, or a short centred line right under it). Not pictures
     * here: the preview image of an OLE object ({@code w:object}), charts, SmartArt, shapes and text
     * boxes — those are another reader's. A picture in a table cell or a drawing group is not kept, and
     * said so.
     */
    private static final class Pictures {
        private static final double EMU_PER_PT = 12700;
        private static final Pattern VML_SIZE = Pattern.compile("(?i)(?:^|;)\\s*(width|height)\\s*:\\s*([0-9.]+)\\s*(pt|in|cm|mm|px)?");
        /** A centred line this short right under a picture is its caption. */
        private static final int CAPTION_CHARS = 40;

        private final XWPFDocument docx;
        private final Styles styles;
        private final PictureReader.Budget budget;
        private final List<Warning> warnings = new ArrayList<>();
        /** Pieces that are lines of a paragraph Word marks as a caption, by identity. */
        private final Set<Piece> captionLines = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Pieces that are lines of a short centred paragraph, by identity. */
        private final Set<Piece> centredLines = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The body's paragraphs that count in "第N段", read the first time a picture is placed. */
        private Map<Element, Integer> numbers;
        private String lastText = "";
        /** The last paragraph with content ended with a picture: a short centred line now is its caption. */
        private boolean afterPicture;

        Pictures(XWPFDocument docx, Styles styles, ImportLimits limits) {
            this.docx = docx;
            this.styles = styles;
            this.budget = new PictureReader.Budget(limits);
        }

        /** A paragraph's pieces with its pictures: before its text when the first comes before any text, else after. */
        List<Piece> around(XWPFParagraph para, List<Piece> text) {
            Element p = (Element) para.getCTP().getDomNode();
            List<Element> found = new ArrayList<>();
            boolean[] textFirst = {false};
            walk(p, found, textFirst, new boolean[]{false});
            markCaption(para, text, afterPicture);
            String before = lastText;
            if (!text.isEmpty() && text.getLast() instanceof Piece.Line l) lastText = l.text();
            else if (!text.isEmpty() && text.getLast() instanceof Piece.Marked m) lastText = m.text();
            if (!text.isEmpty() || !found.isEmpty()) afterPicture = false;
            if (found.isEmpty()) return text;
            List<Piece> pictures = new ArrayList<>();
            for (Element e : found) picture(e, where(p, found.size() > 1 ? found.indexOf(e) + 1 : 0, before)).ifPresent(pictures::add);
            if (pictures.isEmpty()) return text;
            List<Piece> out = new ArrayList<>(text.size() + pictures.size());
            if (textFirst[0]) { out.addAll(text); out.addAll(pictures); }
            else { out.addAll(pictures); out.addAll(text); }
            afterPicture = out.getLast() instanceof Piece.Picture;
            return out;
        }

        /** A table's pieces; its cells' pictures are not kept (cells are text), and the clerk is told. */
        List<Piece> inTable(XWPFTable table, List<Piece> pieces) {
            Element t = (Element) table.getCTTbl().getDomNode();
            List<Element> found = new ArrayList<>();
            walk(t, found, new boolean[]{false}, new boolean[]{false});
            if (!found.isEmpty()) {
                warnings.add(new Warning("picture-in-table", "表格中的 " + found.size() + " 张图片未能保留（表格只保留文字）"
                        + (lastText.isEmpty() ? "" : "，表格在“" + DraftText.clip(lastText, 12) + "”之后") + "：请把图片移到表格外，单独成段"));
            }
            return pieces;
        }

        /**
         * Word's own captions: a line of a Caption-style paragraph (or a short centred one under it)
         * becomes the caption of the picture right above it, or — Caption style only — right below it.
         */
        List<Piece> captioned(List<Piece> pieces) {
            List<Piece> out = new ArrayList<>(pieces.size());
            for (int k = 0; k < pieces.size(); k++) {
                Piece p = pieces.get(k);
                if (p instanceof Piece.Picture pic && pic.figure().caption().isEmpty()) {
                    Piece next = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
                    Piece above = out.isEmpty() ? null : out.getLast();
                    if (next instanceof Piece.Line l && (captionLines.contains(next) || centredLines.contains(next))) {
                        out.add(new Piece.Picture(pic.figure().withCaption(l.text().strip())));
                        k++;
                        continue;
                    }
                    if (above instanceof Piece.Line l && captionLines.contains(above)) {
                        out.removeLast();
                        out.add(new Piece.Picture(pic.figure().withCaption(l.text().strip())));
                        continue;
                    }
                }
                out.add(p);
            }
            return out;
        }

        /** The document with the pictures' warnings first. */
        OfficialDocument warned(OfficialDocument doc) {
            if (warnings.isEmpty()) return doc;
            List<Warning> all = new ArrayList<>(warnings);
            all.addAll(doc.warnings());
            return doc.toBuilder().warnings(all).build();
        }

        private void markCaption(XWPFParagraph para, List<Piece> text, boolean afterPicture) {
            if (text.size() != 1 || !(text.getFirst() instanceof Piece.Line line)) return;
            String styleId = para.getStyleID();
            String name = styleId == null ? null : styles.nameOf(styleId);
            if (name != null && (name.equalsIgnoreCase("caption") || name.equals("题注"))) {
                captionLines.add(line);
                return;
            }
            if (!afterPicture) return;   // the paragraph's alignment is read only where it can matter
            CTPPr ppr = para.getCTP().getPPr();
            ParaProps props = styles.paragraph(styles.paragraphStyleId(styleId)).apply(ppr == null ? null : (Element) ppr.getDomNode());
            String t = line.text().strip();
            if ("center".equals(props.jc()) && t.codePointCount(0, t.length()) <= CAPTION_CHARS && !t.endsWith("。")) {
                centredLines.add(line);
            }
        }

        /**
         * Collects the pictures under {@code e} in document order, noting whether text came before the
         * first; skips OLE objects, charts, SmartArt, shapes, text boxes, and mc:Fallback when its
         * mc:Choice was read.
         */
        private void walk(Element e, List<Element> found, boolean[] textFirst, boolean[] seenPicture) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element c)) continue;
                String ns = c.getNamespaceURI(), local = c.getLocalName();
                if (Ooxml.W.equals(ns)) {
                    if (local.equals("object") || local.equals("txbxContent") || local.equals("del") || local.equals("moveFrom")) continue;
                    if (local.equals("t") && !seenPicture[0] && hasText(c)) textFirst[0] = true;
                    if (local.equals("drawing")) { drawing(c, found, seenPicture); continue; }
                    if (local.equals("pict")) { vml(c, found, seenPicture); continue; }
                } else if (Ooxml.MC.equals(ns) && local.equals("AlternateContent")) {
                    Element choice = Ooxml.child(c, Ooxml.MC, "Choice");
                    int before = found.size();
                    if (choice != null) walk(choice, found, textFirst, seenPicture);
                    Element fallback = Ooxml.child(c, Ooxml.MC, "Fallback");
                    if (found.size() == before && fallback != null) walk(fallback, found, textFirst, seenPicture);
                    continue;
                }
                walk(c, found, textFirst, seenPicture);
            }
        }

        /** A DrawingML picture (pic:pic straight in the graphic); a group holding pictures is said. */
        private void drawing(Element drawing, List<Element> found, boolean[] seenPicture) {
            for (Element frame : Ooxml.children(drawing)) {
                if (!Ooxml.WP.equals(frame.getNamespaceURI())) continue;   // wp:inline, wp:anchor
                Element graphic = Ooxml.child(frame, Ooxml.A, "graphic");
                Element data = graphic == null ? null : Ooxml.child(graphic, Ooxml.A, "graphicData");
                if (data == null) continue;
                if (DraftText.isPicture(frame)) {
                    found.add(frame);
                    seenPicture[0] = true;
                } else if (!descendants(data, Ooxml.PIC, "pic").isEmpty()) {   // in a group (wpg) or a drawing canvas (wpc)
                    warnings.add(new Warning("picture-in-group", "组合图形或绘图画布中的图片未能保留" + near(lastText)
                            + "：请在 Word 中取消组合，或把它另存为一张 PNG 图片后重新插入"));
                }
            }
        }

        /** A VML picture: v:imagedata in a shape (not the preview of an OLE object, which walk skips). */
        private void vml(Element pict, List<Element> found, boolean[] seenPicture) {
            for (Element shape : Ooxml.children(pict)) {
                if (!Ooxml.VML.equals(shape.getNamespaceURI())) continue;
                if (DraftText.isPicture(shape)) {
                    found.add(shape);
                    seenPicture[0] = true;
                } else if (!descendants(shape, Ooxml.VML, "imagedata").isEmpty()) {   // a v:group's pictures
                    warnings.add(new Warning("picture-in-group", "组合图形中的图片未能保留" + near(lastText)
                            + "：请在 Word 中取消组合，或把它另存为一张 PNG 图片后重新插入"));
                }
            }
        }

        private Optional<Piece.Picture> picture(Element e, String where) {
            String rId;
            double w = 0, h = 0;
            if (Ooxml.WP.equals(e.getNamespaceURI())) {
                Element pic = Ooxml.child(Ooxml.child(Ooxml.child(e, Ooxml.A, "graphic"), Ooxml.A, "graphicData"), Ooxml.PIC, "pic");
                Element fill = Ooxml.child(pic, Ooxml.PIC, "blipFill");
                Element blip = fill == null ? null : Ooxml.child(fill, Ooxml.A, "blip");
                rId = blip == null ? "" : blip.getAttributeNS(Ooxml.R, "embed");
                if (blip != null && rId.isEmpty() && !blip.getAttributeNS(Ooxml.R, "link").isEmpty()) return linked(where);
                Element extent = Ooxml.child(e, Ooxml.WP, "extent");
                if (extent != null) {
                    w = emu(extent.getAttribute("cx"));
                    h = emu(extent.getAttribute("cy"));
                }
            } else {
                Element data = Ooxml.child(e, Ooxml.VML, "imagedata");
                rId = data.getAttributeNS(Ooxml.R, "id");
                if (rId.isEmpty()) rId = data.getAttributeNS(Ooxml.R, "pict");
                if (rId.isEmpty()) rId = data.getAttributeNS(Ooxml.OFFICE, "relid");
                Matcher m = VML_SIZE.matcher(e.getAttribute("style"));
                while (m.find()) {
                    double v = points(m.group(2), m.group(3));
                    if (m.group(1).equalsIgnoreCase("width")) w = v;
                    else h = v;
                }
            }
            PackagePart part = null;
            try {
                PackageRelationship rel = rId.isEmpty() ? null : docx.getPackagePart().getRelationship(rId);
                if (rel != null && rel.getTargetMode() == TargetMode.EXTERNAL) return linked(where);
                if (rel != null) part = docx.getPackagePart().getRelatedPart(rel);
            } catch (InvalidFormatException | IllegalArgumentException e1) {
                part = null;
            }
            if (part == null) {
                warnings.add(new Warning("picture-unreadable", where + "在文件中找不到，未能排入公文：请重新插入该图片"));
                return Optional.empty();
            }
            byte[] bytes;
            try (var in = part.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e1) {
                warnings.add(new Warning("picture-unreadable", where + "无法读取，未能排入公文：请重新插入该图片"));
                return Optional.empty();
            }
            return PictureReader.read(bytes, part.getPartName().getName(), w, h, "", where, budget, warnings);
        }

        private Optional<Piece.Picture> linked(String where) {
            warnings.add(new Warning("picture-linked", where + "是链接到文件外的图片，未能排入公文：请在 Word 中把图片嵌入文档（插入 → 图片）后再上传"));
            return Optional.empty();
        }

        /** "第3段的图片（“组织架构如下：”之后）", "第3段的第2张图片（…）": the paragraph counted as {@link DraftInventory} counts it. */
        private String where(Element p, int index, String before) {
            if (numbers == null) numbers = DraftText.numbered((Element) docx.getDocument().getBody().getDomNode());
            Integer n = numbers.get(p);
            return (n == null ? "" : DraftText.nth(n) + "的") + (index > 0 ? "第" + index + "张" : "") + "图片" + near(before);
        }

        private static String near(String before) {
            return before.isEmpty() ? "" : "（“" + DraftText.clip(before, 12) + "”之后）";
        }


        private static double emu(String v) {
            try {
                return Long.parseLong(v.strip()) / EMU_PER_PT;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static double points(String v, String unit) {
            double n;
            try {
                n = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return 0;
            }
            return switch (unit == null ? "px" : unit.toLowerCase(java.util.Locale.ROOT)) {
                case "pt" -> n;
                case "in" -> n * 72;
                case "cm" -> n * 72 / 2.54;
                case "mm" -> n * 72 / 25.4;
                default -> n * 0.75;   // CSS pixels
            };
        }

        /** Whether a w:t holds more than white space (POI's DOM view has no getTextContent). */
        private static boolean hasText(Element t) {
            for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
                String v = n.getNodeValue();
                if (v != null && !v.isBlank()) return true;
            }
            return false;
        }

        private static List<Element> descendants(Element root, String ns, String local) {
            List<Element> out = new ArrayList<>();
            var all = root.getElementsByTagNameNS(ns, local);
            for (int i = 0; i < all.getLength(); i++) out.add((Element) all.item(i));
            return out;
        }
    }
}
