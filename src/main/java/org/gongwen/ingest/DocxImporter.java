package org.gongwen.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.Numbering;
import org.gongwen.ooxml.ParaProps;
import org.gongwen.ooxml.Styles;
import org.gongwen.ooxml.WordPackage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            List<Piece> pieces = new ArrayList<>();
            long chars = 0;
            for (IBodyElement element : docx.getBodyElements()) {
                List<Piece> found = switch (element) {
                    case XWPFParagraph para -> paragraph(styles, para, numbering);
                    case XWPFTable table -> table(table);
                    default -> List.of();
                };
                for (Piece p : found) {
                    chars += size(p);
                    limits.checkChars(chars);
                    pieces.add(p);
                }
            }
            return DraftInventory.addTo(StructureDetector.detect(pieces), word, (Element) docx.getDocument().getBody().getDomNode(),
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
        };
    }
}
