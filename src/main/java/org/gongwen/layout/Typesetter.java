package org.gongwen.layout;

import org.gongwen.compose.AttachmentIndent;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.compose.Signature;
import org.gongwen.compose.Widths;
import org.gongwen.compose.Wording;
import org.gongwen.layout.Layout.DocumentInfo;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.Rule;
import org.gongwen.layout.Layout.Tag;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.RenderCancelled;
import org.gongwen.model.Warning;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.LineBox;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.HouseStyle.RedHeader;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out a composed official document with the numbers of a house style: 版头 (red header), title,
 * recipients, body, attachment note, signature and date, 附注, appendices, 版记, page numbers. What
 * the lines say and where signature and date go come decided from {@link Composer}; this class sets
 * them on the grid. Thread-safe: every call works on its own state; the font library is shared.
 */
public final class Typesetter {
    /** Between stacked issuers' names and the "文件" beside them: half a mark character. */
    private static final double SIDE_GAP_EM = 0.5;

    private final FontLibrary fonts;

    public Typesetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** Composes {@code doc} for {@code style}, then {@link #typeset(ComposedDocument, HouseStyle)}. */
    public Layout typeset(OfficialDocument doc, HouseStyle style) {
        return typeset(Composer.compose(doc, style), style);
    }

    public Layout typeset(ComposedDocument doc, HouseStyle style) {
        return new Run(doc, style).layout();
    }

    /** The state of one typesetting run. */
    private final class Run {
        final ComposedDocument doc;
        final HouseStyle style;
        final PageFlow flow;
        final LineBreaker grid;
        final LineBreaker natural;
        final TableSetter tables;
        final double zi;   // 1 字: the advance of a body character on the grid
        final Set<Warning> warnings = new LinkedHashSet<>();
        final StructureBuilder structure = new StructureBuilder();
        /** The structure node the body's blocks go under: the document, or an appendix's Sect. */
        int section = StructureBuilder.DOCUMENT;

        Run(ComposedDocument doc, HouseStyle style) {
            this.doc = doc;
            this.style = style;
            this.flow = new PageFlow(style, PageFlow.BASELINE_ABOVE_BOTTOM_EM * style.bodySizePt());
            List<String> keep = doc.docNumber().isEmpty() ? List.of() : List.of(doc.docNumber());
            this.grid = new LineBreaker(fonts, style.page().charPitchPt() - style.bodySizePt(), keep);
            this.natural = new LineBreaker(fonts, 0, keep);
            this.tables = new TableSetter(grid);
            this.zi = grid.gridAdvance(style.bodySizePt());
        }

        Layout layout() {
            if (style.redHeader() != null) redHeader(style.redHeader());
            title();
            recipients();
            List<FlowItem> body = new ArrayList<>();
            for (Block b : doc.body()) {
                RenderCancelled.checkInterrupted();
                body.addAll(drafts(b));
            }
            placeAll(body);
            signatureAndDate();
            for (String n : doc.notes()) flow.place(simple(Role.NOTE, n, structure.add(section, Tag.NOTE)));
            for (ComposedDocument.Appendix a : doc.appendices()) appendix(a);
            if (doc.imprint() != null) imprint(doc.imprint());
            OfficialDocument d = doc.document();
            String author = Wording.issuerList(d.issuers());
            DocumentInfo info = new DocumentInfo(doc.title(), author, doc.docNumber().isEmpty() ? doc.title() : doc.docNumber(),
                    keywords(), d.date() != null ? d.date() : d.publishDate());
            return new Layout(flow.pages(this::pageNumber), flow.outline(), info, List.copyOf(warnings), structure.build());
        }

        // ---- paragraphs ----------------------------------------------------------------------

        RoleStyle rs(Role r) { return style.role(r); }

        TextStyle ts(Role r) { return TextStyle.of(rs(r)); }

        /** A paragraph of a role, with the role's indents, alignment and spacing. */
        ParagraphDraft paragraph(Role role, List<Segment> segs, int bookmarkLevel, String bookmark) {
            RoleStyle r = rs(role);
            double left = flow.typeLeft + r.leftIndentPt();
            double measure = flow.typeWidth() - r.leftIndentPt() - r.rightIndentPt();
            double first = r.firstLineIndentPt();
            List<LineDraft> lines = grid.breakLines(segs, measure - first, measure, r.align(), warnings::add);
            return draft(role, lines, left + first, left, bookmarkLevel, bookmark);
        }

        ParagraphDraft draft(Role role, List<LineDraft> lines, double firstX, double restX, int level, String bookmark) {
            RoleStyle r = rs(role);
            double advance = lineAdvance(r);
            double gridLines = advance / flow.pitch;
            boolean onGrid = Math.abs(gridLines - Math.rint(gridLines)) < 1e-3;   // whole grid lines: snap to the grid
            return new ParagraphDraft(role, lines, firstX, restX, r.spaceBeforePt(), r.spaceAfterPt(),
                    advance, onGrid, r.keepWithNext(), r.pageBreakBefore(), level, bookmark);
        }

        /** Distance between baselines: exact points, or whole grid lines enough for the size. */
        double lineAdvance(RoleStyle r) {
            double pitch = flow.pitch;
            double natural = r.sizePt() * 1.3;
            return switch (r.lineRule()) {
                case EXACT -> r.lineSpacing();
                case GRID -> pitch * Math.max(Math.max(1, Math.round(r.lineSpacing())), Math.ceil(natural / pitch - 1e-6));
                case AT_LEAST -> pitch * Math.ceil(Math.max(r.lineSpacing(), natural) / pitch - 1e-6);
                case AUTO -> pitch * Math.max(1, Math.ceil(natural * r.lineSpacing() / pitch - 1e-6));
            };
        }

        /**
         * The structure node of a heading of the document's level: a heading (StructureBuilder), unless it
         * has no text, which prints nothing and so must not take a level the next heading is counted from.
         */
        int heading(int level, String text) {
            return text.isBlank() ? structure.add(section, Tag.P) : structure.heading(section, level);
        }

        /** A paragraph of one text in its role's face, all of it structure node {@code node}. */
        ParagraphDraft simple(Role role, String text, int node) {
            return paragraph(role, List.of(new Segment(text, ts(role), node)), 0, null);
        }

        List<FlowItem> drafts(Block b) {
            return switch (b) {
                case Block.Heading h -> List.of(paragraph(Role.heading(h.level()),
                        List.of(new Segment(h.fullText(), ts(Role.heading(h.level())), heading(h.level(), h.fullText()))),
                        h.level() <= 2 ? h.level() : 0, h.fullText()));
                case Block.Paragraph p -> List.of(bodyParagraph(p));
                case Block.Attachments a -> List.copyOf(attachments(a));
                case Block.Table t -> List.of(tables.draft(t, rs(Role.TABLE), lineAdvance(rs(Role.TABLE)), warnings::add,
                        flow.typeLeft, flow.typeWidth(), structure, section));
                case Block.Note n -> List.of(simple(Role.NOTE, n.text(), structure.add(section, Tag.NOTE)));
                // a chapter (第一章　总则) is a level-1 heading
                case Block.Chapter c -> List.of(simple(Role.CHAPTER, Wording.chapterLine(c), heading(1, Wording.chapterLine(c))));
                case Block.Article a -> List.of(article(a));
                case Block.Figure f -> figure(f);
            };
        }

        /**
         * A figure (issue 15): its picture's line as the composition sized it, then its caption centred
         * in the body's face without indent, on the grid — as the DOCX writer sets them.
         */
        List<FlowItem> figure(Block.Figure f) {
            List<FlowItem> items = new ArrayList<>(2);
            items.add(new FigureDraft(f, doc.figure(f), f.data(), structure.add(section, Tag.FIGURE, Wording.figureAlt(f))));
            if (!f.caption().isEmpty()) {
                double measure = flow.typeWidth();
                int caption = structure.add(section, Tag.P);
                List<LineDraft> lines = grid.breakLines(List.of(new Segment(f.caption(), ts(Role.BODY), caption)), measure, measure,
                        Align.CENTER, warnings::add).stream().map(LineDraft::asLast).toList();
                items.add(draft(Role.BODY, lines, flow.typeLeft, flow.typeLeft, 0, null));
            }
            return items;
        }

        ParagraphDraft bodyParagraph(Block.Paragraph p) {
            int node = structure.add(section, Tag.P);
            if (p.lead() == null) return simple(Role.BODY, p.text(), node);
            // a run-in lead (（一）…。 then the text) is a Span, and so is the text after it: a node holds
            // either content or other nodes
            Role lead = Role.heading(p.lead().level());
            List<Segment> segs = List.of(new Segment(p.lead().fullText(), ts(lead), structure.add(node, Tag.SPAN)),
                    new Segment(p.text(), ts(Role.BODY), structure.add(node, Tag.SPAN)));
            int level = p.lead().level() <= 2 ? p.lead().level() : 0;
            return paragraph(Role.BODY, segs, level, p.lead().fullText());
        }

        /** 第一条　（标题）　text: the head in the level-1 lead face, as the DOCX writer sets it. */
        ParagraphDraft article(Block.Article a) {
            List<Segment> segs = new ArrayList<>();
            int node = structure.add(section, Tag.P);
            segs.add(new Segment(Wording.articleHead(a), ts(Role.HEADING1), structure.add(node, Tag.SPAN)));
            String text = Wording.articleText(a);
            if (!text.isEmpty()) segs.add(new Segment(text, ts(Role.ARTICLE), structure.add(node, Tag.SPAN)));
            return paragraph(Role.ARTICLE, segs, 0, null);
        }

        /**
         * 附件说明 ({@link Wording#attachmentNote}): each item's number sits under the first one, and
         * every name (and its wrapped lines) starts where {@link AttachmentIndent} puts it (or right
         * after the number when that is too close).
         */
        List<ParagraphDraft> attachments(Block.Attachments a) {
            RoleStyle r = rs(Role.ATTACHMENTS);
            TextStyle t = ts(Role.ATTACHMENTS);
            List<Wording.AttachmentLine> items = Wording.attachmentNote(a.items());
            double x0 = flow.typeLeft + r.leftIndentPt() + r.firstLineIndentPt();
            double right = flow.typeRight - r.rightIndentPt();
            double labelW = grid.width(List.of(Segment.measured(Wording.ATTACHMENTS_LABEL, t)));
            int count = items.size();
            double nameX = flow.typeLeft + AttachmentIndent.of(style, count).leftZi() * zi;
            for (Wording.AttachmentLine item : items) {
                nameX = Math.max(nameX, x0 + labelW + grid.width(List.of(Segment.measured(item.number(), t))));
            }
            List<ParagraphDraft> out = new ArrayList<>();
            // a list: each item's label (附件：1.) and body (the name)
            int list = structure.add(section, Tag.L);
            for (int i = 0; i < count; i++) {
                Wording.AttachmentLine item = items.get(i);
                String prefix = item.label() + item.number();
                double start = i == 0 ? x0 : x0 + labelW;
                int li = structure.add(list, Tag.LI);
                LineDraft head = grid.breakLines(List.of(new Segment(prefix, t, structure.add(li, Tag.LBL))), nameX - start,
                        nameX - start, Align.LEFT, warnings::add).get(0);
                List<LineDraft> name = grid.breakLines(List.of(new Segment(item.name(), t, structure.add(li, Tag.LBODY))), right - nameX,
                        right - nameX, Align.BOTH, warnings::add);
                List<LineDraft> lines = new ArrayList<>(name);
                lines.set(0, prepend(head, name.get(0), nameX - start));
                ParagraphDraft d = draft(Role.ATTACHMENTS, lines, start, nameX, 0, null);
                if (i > 0) d = withSpacing(d, 0, d.spaceAfter());
                if (i < count - 1) d = withSpacing(d, d.spaceBefore(), 0);
                out.add(d);
            }
            return out;
        }

        /** One line of {@code head} followed, at {@code offset}, by {@code tail}. */
        LineDraft prepend(LineDraft head, LineDraft tail, double offset) {
            List<Glyph> gs = new ArrayList<>(head.glyphs());
            for (Glyph g : tail.glyphs()) gs.add(new Glyph(g.codePoint(), g.face(), g.style(), g.x() + offset, g.advance(), g.node()));
            return new LineDraft(gs, offset + tail.measure(), tail.last(), tail.wordBreak());
        }

        ParagraphDraft withSpacing(ParagraphDraft d, double before, double after) {
            return new ParagraphDraft(d.role(), d.lines(), d.firstX(), d.restX(), before, after, d.lineAdvance(),
                    d.onGrid(), d.keepWithNext(), d.pageBreakBefore(), d.bookmarkLevel(), d.bookmarkTitle());
        }

        /** Places paragraphs in order, keeping a keep-with-next chain on the page of what follows it. */
        void placeAll(List<FlowItem> items) {
            for (int i = 0; i < items.size(); i++) {
                FlowItem item = items.get(i);
                if (item.keepWithNext() && !item.pageBreakBefore() && !flow.atPageTop()) {
                    double need = item.spaceBefore();
                    int j = i;
                    while (j < items.size() && items.get(j).keepWithNext()) {
                        need += (j == i ? 0 : items.get(j).spaceBefore()) + items.get(j).height() + items.get(j).spaceAfter();
                        j++;
                    }
                    if (j < items.size()) need += items.get(j).spaceBefore() + items.get(j).firstLineHeight();
                    flow.snapToGrid();
                    flow.ensureRoom(need);
                }
                switch (item) {
                    case ParagraphDraft p -> flow.place(p);
                    case TableDraft t -> tables.place(t, flow);
                    case FigureDraft f -> flow.place(f);
                }
            }
        }

        // ---- title, recipients, header ---------------------------------------------------------

        void title() {
            if (!doc.titleLines().isEmpty()) flow.place(centredLines(Role.TITLE, doc.titleLines(), structure.add(section, Tag.TITLE)));
            // the title note on the body's lines, centred, in a level-2 heading's face (ComposedDocument)
            if (!doc.titleNote().isEmpty()) {
                TextStyle face = ts(Role.heading(ComposedDocument.TITLE_NOTE_FACE_LEVEL));
                List<LineDraft> lines = grid.breakLines(List.of(new Segment(doc.titleNote(), face, structure.add(section, Tag.P))), flow.typeWidth(),
                        flow.typeWidth(), Align.CENTER, warnings::add).stream()
                        .map(LineDraft::asLast).toList();
                flow.place(draft(Role.BODY, lines, flow.typeLeft, flow.typeLeft, 0, null));
            }
        }

        /** A title's lines as composed, each centred (a line too long for the measure wraps). */
        ParagraphDraft centredLines(Role role, List<String> parts, int node) {
            TextStyle face = ts(role);
            RoleStyle r = rs(role);
            double measure = flow.typeWidth() - r.leftIndentPt() - r.rightIndentPt();
            List<LineDraft> lines = new ArrayList<>();
            for (String part : parts) {
                lines.addAll(grid.breakLines(List.of(new Segment(part, face, node)), measure, measure, Align.CENTER,
                        warnings::add));
            }
            List<LineDraft> centred = lines.stream().map(LineDraft::asLast).toList();
            double x = flow.typeLeft + r.leftIndentPt();
            return draft(role, centred, x, x, 0, null);
        }

        void recipients() {
            if (doc.bodyTakesRecipientsPlace()) flow.moveTo(flow.cursor() + rs(Role.RECIPIENTS).spaceBeforePt());
            if (doc.recipients().isEmpty()) return;
            flow.place(simple(Role.RECIPIENTS, Wording.recipientsLine(doc.recipients()), structure.add(section, Tag.P)));
        }

        /** 发文机关标志 (top edge at its distance below the type area), 发文字号, red separator. */
        void redHeader(RedHeader h) {
            double top = flow.typeTop + h.markTopBelowTypeAreaPt();
            if (!doc.markLines().isEmpty()) mark(top, h);
            // From here the head follows the template's boxes as Word and LibreOffice stack them, off the
            // grid: the mark's line box, the 发文字号's space before and line, its bottom border (the red
            // separator, the border's space below the line box), then the title's space before.
            flow.moveTo(top + Math.max(1, doc.markLines().size()) * lineAdvance(rs(Role.ISSUER_MARK)));
            // without a 发文字号 (yet) its line stays empty, so the separator and the title keep their places
            ParagraphDraft num = offGrid(simple(Role.DOC_NUMBER, doc.docNumber(), structure.add(section, Tag.P)));
            if (num.lines().isEmpty() || doc.docNumber().isEmpty()) flow.reserve(num);
            else flow.place(num);
            double sepY = flow.cursor() + h.separatorBelowDocNumberPt() + h.separatorWidthPt() / 2;
            flow.addRule(new Rule(flow.typeLeft, sepY, flow.typeRight, sepY, h.separatorWidthPt(), h.color()));
            flow.moveTo(sepY + h.separatorWidthPt() / 2);
        }

        /**
         * The mark's lines stacked from the box at {@code top}, one mark line apart, each centred — or,
         * {@code distributed}, spread over the widest one's width; the side text ("文件", §7.2.2) to their
         * right, centred on them; the whole centred in the type area. A mark too wide for the type area
         * is set smaller so that each line stays one line, as issuers do. A mark table's columns, when the
         * template gives them, are where Word puts the names (spread or centred over the first) and the
         * side text (centred in the rest).
         */
        void mark(double top, RedHeader h) {
            boolean distributed = h.markDistributed();
            int node = structure.add(section, Tag.P);   // the names and "文件" read as one line
            List<String> names = doc.markLines();
            String side = doc.markSide();
            double measure = flow.typeWidth();
            TextStyle t = ts(Role.ISSUER_MARK);
            boolean table = h.namesColumnPt() > 0 && h.namesColumnPt() + h.sideColumnPt() <= measure + 0.5;
            double naturalWidth = markWidth(names, side, t);
            if (naturalWidth > measure) {
                t = new TextStyle(t.eastAsiaFont(), t.latinFont(), t.sizePt() * measure / naturalWidth, t.color());
                naturalWidth = markWidth(names, side, t);
            }
            double width = table ? h.namesColumnPt() + h.sideColumnPt() : naturalWidth;
            // alone, each line is centred in the type area; with a side text or spread, in the names' column
            boolean column = !side.isEmpty() || distributed;
            double namesWidth = table ? h.namesColumnPt() : column ? namesWidth(names, t) : measure;
            double x = column || table ? flow.typeLeft + (measure - width) / 2 : flow.typeLeft;
            // The mark's box starts at the template's space before; in an exact box its baseline sits
            // where Word and LibreOffice seat it, otherwise its em box top is the box's top.
            RoleStyle markStyle = rs(Role.ISSUER_MARK);
            double advance = lineAdvance(markStyle);
            double seat = markStyle.lineRule() == HouseStyle.LineRule.EXACT
                    ? LineBox.exactBaselinePt(advance) : LineBox.EM_ASCENT * t.sizePt();
            for (int i = 0; i < names.size(); i++) {
                List<Segment> segs = List.of(new Segment(names.get(i), t, node));
                LineDraft line = distributed ? natural.distribute(segs, namesWidth, warnings::add)
                        : natural.breakLines(segs, namesWidth, namesWidth, Align.CENTER, warnings::add).get(0);
                flow.addLine(Role.ISSUER_MARK, line, x, top + i * advance + seat, -1);
            }
            if (side.isEmpty()) return;
            // "文件" in its own size where the template sets it apart, scaled as the names were
            TextStyle sideStyle = h.markSideSizePt() <= 0 ? t : new TextStyle(t.eastAsiaFont(), t.latinFont(),
                    h.markSideSizePt() * t.sizePt() / rs(Role.ISSUER_MARK).sizePt(), t.color());
            List<Segment> segs = List.of(new Segment(side, sideStyle, node));
            double sideWidth = natural.width(segs);
            LineDraft line = natural.breakLines(segs, sideWidth, sideWidth, Align.LEFT, warnings::add).get(0);
            double sideTop = top + (names.size() - 1) * advance / 2;
            double sideX = table ? x + namesWidth + (h.sideColumnPt() - sideWidth) / 2 : x + namesWidth + SIDE_GAP_EM * t.sizePt();
            // centred on the names: a larger "文件" sits as much lower as its em's centre lies further below its top
            double centring = (LineBox.EM_ASCENT - 0.5) * (sideStyle.sizePt() - t.sizePt());
            flow.addLine(Role.ISSUER_MARK, line, sideX, sideTop + seat + centring, -1);
        }

        double namesWidth(List<String> names, TextStyle t) {
            double w = 0;
            for (String n : names) w = Math.max(w, natural.width(List.of(Segment.measured(n, t))));
            return w;
        }

        /** The mark's width: the widest line, and the side text after a gap. */
        double markWidth(List<String> names, String side, TextStyle t) {
            double w = namesWidth(names, t);
            return side.isEmpty() ? w : w + SIDE_GAP_EM * t.sizePt() + natural.width(List.of(Segment.measured(side, t)));
        }

        ParagraphDraft offGrid(ParagraphDraft d) {
            return new ParagraphDraft(d.role(), d.lines(), d.firstX(), d.restX(), d.spaceBefore(), d.spaceAfter(),
                    d.lineAdvance(), false, d.keepWithNext(), d.pageBreakBefore(), d.bookmarkLevel(), d.bookmarkTitle());
        }

        // ---- signature, date ------------------------------------------------------------------

        /**
         * 署名 and 成文日期 where {@link Signature} puts them (GB/T 9704 §7.3.5.2): each line ends at its
         * right space; kept together on one page.
         */
        void signatureAndDate() {
            Signature s = doc.signature();
            if (s.isEmpty()) return;
            RoleStyle sig = rs(Role.SIGNATURE);
            List<ParagraphDraft> block = new ArrayList<>();
            for (int i = 0; i < s.issuers().size(); i++) {
                ParagraphDraft d = endingAt(Role.SIGNATURE, s.issuers().get(i), s.issuerRightZi().get(i));
                block.add(i == 0 ? d : withSpacing(d, 0, 0));
            }
            if (!s.date().isEmpty()) {
                ParagraphDraft d = endingAt(Role.DATE, s.date(), s.dateRightZi());
                block.add(withSpacing(d, s.dateTakesSignatureSpace() ? sig.spaceBeforePt() : 0, d.spaceAfter()));
            }
            double need = 0;
            for (ParagraphDraft d : block) need += d.spaceBefore() + d.height();
            flow.ensureRoom(need);
            block.forEach(flow::place);
        }

        /**
         * One line of a role's text that ends {@code rightZi} 字 from the type area's right edge, counted
         * as the rule counts (half-width characters ½ 字): it starts where the rule puts its first
         * character, so signature and date keep their 2 字 shift exactly whatever the digits' widths.
         */
        ParagraphDraft endingAt(Role role, String text, double rightZi) {
            List<Segment> segs = List.of(new Segment(text, ts(role), structure.add(section, Tag.P)));
            double w = grid.width(segs);
            LineDraft l = grid.breakLines(segs, w + 1, w + 1, Align.LEFT, warnings::add).get(0);
            double x = flow.typeRight - (rightZi + Widths.zi(text)) * zi;
            return draft(role, List.of(l), x, x, 0, null);
        }

        // ---- appendices, 版记, page numbers -----------------------------------------------------

        /** §8: each 附件 from a new page, its label at the top left, its title centred below. */
        void appendix(ComposedDocument.Appendix a) {
            flow.newPage();
            // a section with its own headings, its title the first
            section = structure.add(StructureBuilder.DOCUMENT, Tag.SECT);
            structure.restartHeadings();
            flow.place(simple(Role.APPENDIX_LABEL, a.label(), structure.add(section, Tag.P)));
            String title = String.join("", a.titleLines());
            flow.addBookmark(1, a.label() + (title.isEmpty() ? "" : " " + title));
            if (!a.titleLines().isEmpty()) {
                flow.place(centredLines(Role.APPENDIX_TITLE, a.titleLines(), heading(1, String.join("", a.titleLines()))));
            }
            List<FlowItem> ps = new ArrayList<>();
            for (Block b : a.blocks()) ps.addAll(drafts(b));
            placeAll(ps);
        }

        /**
         * 版记 (§7.4) at the foot of the last page: 抄送, then 印发机关 and 印发日期, between rules as thick as
         * the template's 版记 table borders (GB/T 9704 §7.4.1: 0.35 mm outside, 0.25 mm between).
         */
        void imprint(ComposedDocument.Imprint imprint) {
            if (imprint.isEmpty()) return;
            boolean hasCc = !imprint.cc().isEmpty();
            boolean hasPrinter = !imprint.printer().isEmpty() || !imprint.printDate().isEmpty();
            RoleStyle ccStyle = rs(Role.COPY_TO), prStyle = rs(Role.PRINTED_BY);
            List<LineDraft> ccLines = List.of();
            double labelW = grid.width(List.of(Segment.measured(Wording.ccLabel(), ts(Role.COPY_TO))));
            if (hasCc) {
                double measure = flow.typeWidth() - ccStyle.leftIndentPt() - ccStyle.rightIndentPt();
                int cc = structure.add(StructureBuilder.DOCUMENT, Tag.P);
                ccLines = grid.breakLines(List.of(new Segment(Wording.ccLine(imprint.cc()), ts(Role.COPY_TO), cc)), measure,
                        measure - labelW, Align.BOTH, warnings::add);
            }
            double ccAdv = lineAdvance(ccStyle), prAdv = lineAdvance(prStyle);
            double height = ccLines.size() * ccAdv + (hasPrinter ? prAdv : 0);
            flow.snapToGrid();
            if (flow.remaining() < height - 0.01) flow.newPage();
            double y = flow.typeBottom - height;
            flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, style.redHeader().imprintOuterRulePt(), "000000"));
            for (int i = 0; i < ccLines.size(); i++) {
                double x = flow.typeLeft + ccStyle.leftIndentPt() + (i == 0 ? 0 : labelW);
                flow.addLine(Role.COPY_TO, ccLines.get(i), x, flow.baseline(y, ccAdv), flow.gridLineAt(y));
                y += ccAdv;
            }
            if (hasPrinter) {
                if (hasCc) flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, style.redHeader().imprintInnerRulePt(), "000000"));
                double measure = flow.typeWidth() - prStyle.leftIndentPt() - prStyle.rightIndentPt();
                double x = flow.typeLeft + prStyle.leftIndentPt();
                double base = flow.baseline(y, prAdv);
                if (!imprint.printer().isEmpty()) {
                    int printer = structure.add(StructureBuilder.DOCUMENT, Tag.P);
                    LineDraft l = grid.breakLines(List.of(new Segment(imprint.printer(), ts(Role.PRINTED_BY), printer)), measure, measure,
                            Align.LEFT, warnings::add).get(0);
                    flow.addLine(Role.PRINTED_BY, l, x, base, flow.gridLineAt(y));
                }
                int printDate = structure.add(StructureBuilder.DOCUMENT, Tag.P);
                LineDraft date = grid.breakLines(List.of(new Segment(Wording.printDateLine(imprint.printDate()), ts(Role.PRINTED_BY), printDate)),
                        measure, measure, Align.RIGHT, warnings::add).get(0);
                flow.addLine(Role.PRINTED_BY, date, x, base, flow.gridLineAt(y));
                y += prAdv;
            }
            flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, style.redHeader().imprintOuterRulePt(), "000000"));
            flow.moveTo(y);
        }

        /**
         * The house's page number (GB/T 9704: "— N —", odd pages right and even pages left, each one 字
         * in), its line's centre where the template's footer puts it: for the em dash, its stroke.
         */
        List<Line> pageNumber(int pageIndex) {
            PageNumberStyle p = style.pageNumber();
            if (p == null) return List.of();
            TextStyle t = new TextStyle(p.eastAsiaFont(), p.latinFont(), p.sizePt(), rs(Role.PAGE_NUMBER).color());
            Align align = p.align(pageIndex + 1);
            double in = align == Align.CENTER ? 0 : p.sideIndentPt();
            double measure = flow.typeWidth() - in;
            LineDraft l = natural.breakLines(List.of(new Segment(p.text(pageIndex + 1), t, Layout.Structure.ARTIFACT)), measure, measure,
                    align, warnings::add).get(0);
            double x = align == Align.LEFT ? flow.typeLeft + in : flow.typeLeft;
            double baseline = flow.typeBottom + p.offsetBelowTypeAreaPt() + LineBox.DASH_HEIGHT * p.sizePt();
            return List.of(PageFlow.toLine(Role.PAGE_NUMBER, l, x, baseline, -1, true));   // pagination: an artifact
        }

        String keywords() {
            List<String> k = new ArrayList<>();
            if (!doc.docNumber().isEmpty()) k.add(doc.docNumber());
            k.addAll(doc.document().issuers());
            if (!doc.recipients().isEmpty()) k.add(doc.recipients());
            return String.join("; ", k);
        }
    }
}
