package org.gongwen.compose;

import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition step: from a document and a house style it decides, once, what GB/T 9704 makes of
 * the document's text — the title's lines, the labels and punctuation around recipients, 抄送, notes
 * and dates, where the signature and date go, what each appendix opens with, what the 版记 holds.
 * The writers print the result; none of them applies a wording or placement rule of its own, but
 * for the text a house template writes around its placeholders in the DOCX ("{{recipients}}：",
 * "抄送：{{cc}}。", "{{printDate}}印发"): the bundled templates write exactly {@link Wording}'s words; a
 * template that words them otherwise is followed in its DOCX only (issue 14 reads them into the house).
 * Stateless and thread-safe.
 */
public final class Composer {
    private static final String ISSUER = "{{issuer}}";

    private Composer() {}

    public static ComposedDocument compose(OfficialDocument doc, HouseStyle style) {
        List<Block> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Block b : oneLineEach(doc.blocks())) {
            // §7.3.6: 附注 go below the date, in their brackets
            if (b instanceof Block.Note n) {
                String note = Wording.note(n.text());
                if (!note.isEmpty()) notes.add(note);
            } else {
                body.add(b);
            }
        }
        double pitch = style.page().charPitchPt();
        Signature signature = Signature.of(doc.issuers(), ChineseDate.of(doc.date()),
                style.role(Role.SIGNATURE).rightIndentPt() / pitch, style.role(Role.DATE).rightIndentPt() / pitch);

        List<ComposedDocument.Appendix> appendices = new ArrayList<>();
        int count = doc.appendices().size();
        for (int i = 0; i < count; i++) {
            org.gongwen.model.Appendix a = doc.appendices().get(i);
            List<Block> blocks = new ArrayList<>();
            for (Block b : oneLineEach(a.blocks())) {
                String note = b instanceof Block.Note n ? Wording.note(n.text()) : null;
                if (note == null) blocks.add(b);
                else if (!note.isEmpty()) blocks.add(new Block.Note(note));
            }
            appendices.add(new ComposedDocument.Appendix(Wording.appendixLabel(i, count),
                    titleLines(a.title(), style, Role.APPENDIX_TITLE), blocks));
        }

        String issuerMark = Wording.issuerNames(doc.issuers());
        Mark mark = mark(style.redHeader(), issuerMark);
        return new ComposedDocument(doc, titleLines(doc.title(), style, Role.TITLE), Wording.titleNote(doc.titleNote()),
                nz(doc.docNumber()).strip(),
                issuerMark, mark.lines(), mark.side(),
                Wording.recipients(doc.recipients()), body, signature, notes, appendices, imprint(doc, style), style);
    }


    /**
     * A title split for its role's measure (§7.3.1); no lines for no title. A title given with its
     * own line breaks keeps them (each part still split if too long for a line), so every output
     * breaks it where its author did.
     */
    static List<String> titleLines(String title, HouseStyle style, Role role) {
        List<String> lines = new ArrayList<>();
        for (String part : nz(title).split("\\R")) {
            String t = part.strip();
            if (!t.isEmpty()) lines.addAll(TitleBreaker.split(t, charsPerLine(style, role)));
        }
        return lines;
    }

    /**
     * A paragraph is one paragraph in every output: a line break typed inside a block's text (JSON or
     * API input) is closed up — to nothing between Chinese characters, to a space between Latin
     * words — where the DOCX would have made it a forced break and the PDF a gap.
     */
    static List<Block> oneLineEach(List<Block> blocks) {
        if (blocks.stream().noneMatch(Composer::holdsALineBreak)) return blocks;   // the usual case: nothing to copy
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(!holdsALineBreak(b) ? b : switch (b) {
                case Block.Heading h -> new Block.Heading(h.level(), h.label(), Wording.oneLine(h.text()));
                case Block.Paragraph p -> new Block.Paragraph(p.lead() == null ? null
                        : new Block.Lead(p.lead().level(), p.lead().label(), Wording.oneLine(p.lead().text())), Wording.oneLine(p.text()));
                case Block.Attachments a -> new Block.Attachments(a.items().stream().map(Wording::oneLine).toList());
                case Block.Table t -> new Block.Table(t.rows().stream().map(r -> r.stream().map(Wording::oneLine).toList()).toList(),
                        t.headerRows());
                case Block.Note n -> new Block.Note(Wording.oneLine(n.text()));
                case Block.Chapter c -> new Block.Chapter(c.label(), Wording.oneLine(c.text()));
                case Block.Article a -> new Block.Article(a.label(), a.caption() == null ? null : Wording.oneLine(a.caption()),
                        Wording.oneLine(a.text()));
                case Block.Figure f -> f.withCaption(Wording.oneLine(f.caption()));
            });
        }
        return out;
    }

    private static boolean holdsALineBreak(Block b) {
        String text = switch (b) {
            case Block.Heading h -> h.text();
            case Block.Paragraph p -> (p.lead() == null ? "" : p.lead().text()) + p.text();
            case Block.Attachments a -> String.join("", a.items());
            case Block.Table t -> t.rows().stream().map(r -> String.join("", r)).reduce("", String::concat);
            case Block.Note n -> n.text();
            case Block.Chapter c -> c.text();
            case Block.Article a -> (a.caption() == null ? "" : a.caption()) + a.text();
            case Block.Figure f -> f.caption();
        };
        return text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
    }

    /**
     * How many 字 of a role's size fit between its indents on the house's character grid: each
     * character advances by its size plus what the grid adds to a body character (pitch − body size),
     * as both Word's document grid and the typesetter set them.
     */
    public static int charsPerLine(HouseStyle style, Role role) {
        HouseStyle.RoleStyle r = style.role(role);
        double measure = style.page().typeAreaWidthPt() - r.leftIndentPt() - r.rightIndentPt();
        double advance = r.sizePt() + style.page().charPitchPt() - style.bodySizePt();
        return Math.max(1, (int) Math.floor(measure / advance + 1e-6));
    }

    /**
     * §7.2.2: the 发文机关标志's lines. The template's own text around {{issuer}} (by default "…文件";
     * several issuers stay on one line, joined as the DOCX's {{issuer}} joins them); a letterhead
     * without the placeholder — a bureau's fixed mark, one line or joint names stacked — is printed
     * as it is, whoever the document names.
     */
    private static Mark mark(HouseStyle.RedHeader header, String issuers) {
        if (header == null) return Mark.NONE;
        List<String> lines = header.markLines();
        // a blank mark paragraph takes the standard's form
        if (lines.stream().allMatch(String::isBlank)) lines = List.of(ISSUER + "文件");
        boolean placeholder = header.markSide().contains(ISSUER) || lines.stream().anyMatch(l -> l.contains(ISSUER));
        // no issuer, no mark: its box stays empty (the checker asks for the issuer), never a lone "文件"
        if (placeholder && issuers.isEmpty()) return Mark.NONE;
        return new Mark(lines.stream().map(l -> l.replace(ISSUER, issuers)).toList(), header.markSide().replace(ISSUER, issuers));
    }

    private record Mark(List<String> lines, String side) {
        static final Mark NONE = new Mark(List.of(), "");
    }

    /**
     * What a document fills in that the house does not print (issue 16), decided here once so that the
     * clerk's review, the CLI and the API say it alike: a plain house (no 版头, no 版记) prints no
     * 发文字号 (it goes into the file's properties only) and no 抄送 or 印发 line; a house with a 版记
     * prints the 印发日期 beside the 印发机关, so a 版记 without its 印发机关 (§7.4.3) is named too.
     */
    public static List<Warning> unprinted(OfficialDocument doc, HouseStyle style) {
        List<Warning> out = new ArrayList<>();
        String house = "模板“" + style.templateId() + "”";
        if (style.redHeader() == null) {
            if (!nz(doc.docNumber()).isBlank()) {
                out.add(new Warning("docnumber-not-printed", house + "没有版头，不印发文字号“" + doc.docNumber().strip()
                        + "”（只写入文件属性）；要印发文字号，请选用有版头的模板（如红头文件）。"));
            }
            List<String> imprint = new ArrayList<>();
            if (!nz(doc.cc()).isBlank()) imprint.add("抄送");
            if (!nz(doc.printer()).isBlank()) imprint.add("印发机关");
            if (doc.printDate() != null) imprint.add("印发日期");
            if (!imprint.isEmpty()) {
                out.add(new Warning("imprint-not-printed", house + "没有版记，不印" + String.join("、", imprint)
                        + "；要印版记，请选用有版记的模板（如红头文件）。"));
            }
        } else if (nz(doc.printer()).isBlank()) {
            out.add(new Warning("printer-missing", house + "的版记印“印发机关”和印发日期，但没有填写印发机关（一般为发文机关的办公厅（室）），"
                    + "版记里只会有印发日期：请填写印发机关。"));
        }
        return out;
    }

    /**
     * The 版记 is part of the red-header template only (docs/architecture.md, Departures): a plain
     * house prints no 抄送 or 印发 line. The 印发日期 is the document's date unless given.
     */
    private static ComposedDocument.Imprint imprint(OfficialDocument doc, HouseStyle style) {
        if (style.redHeader() == null) return null;
        LocalDate printDate = doc.printDate() != null ? doc.printDate() : doc.date();
        return new ComposedDocument.Imprint(Wording.cc(doc.cc()), nz(doc.printer()).strip(), ChineseDate.of(printDate));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
