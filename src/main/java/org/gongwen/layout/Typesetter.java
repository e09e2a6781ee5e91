package org.gongwen.layout;

import org.gongwen.model.RenderCancelled;
import org.gongwen.layout.Layout.DocumentInfo;
import org.gongwen.layout.Layout.Line;
import org.gongwen.layout.Layout.Rule;
import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.style.FontLibrary;
import org.gongwen.style.Gbt9704Numbers;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.HouseStyle.RedHeader;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out an official document per GB/T 9704 with the numbers of a house style: 版头 (red header),
 * title, recipients, body, attachment note, signature and date, 附注, appendices, 版记, page numbers.
 * Thread-safe: every call works on its own state; the font library is shared.
 */
public final class Typesetter {
    /** GB/T 9704 §7.4.1: the first and last 版记 rules are 0.35 mm thick, the middle ones 0.25 mm. */
    private static final double THICK_RULE_PT = Gbt9704Numbers.pt(Gbt9704Numbers.THICK_RULE_MM);
    private static final double THIN_RULE_PT = Gbt9704Numbers.pt(Gbt9704Numbers.THIN_RULE_MM);
    /** Height of an em dash's stroke above the baseline, as a share of the size (Song faces). */
    private static final double DASH_HEIGHT = 0.3;

    private final FontLibrary fonts;

    public Typesetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    public Layout typeset(OfficialDocument doc, HouseStyle style) {
        return new Run(doc, style).layout();
    }

    /** The state of one typesetting run. */
    private final class Run {
        final OfficialDocument doc;
        final HouseStyle style;
        final PageFlow flow;
        final LineBreaker grid;
        final LineBreaker natural;
        final TableSetter tables;
        final double zi;   // 1 字: the advance of a body character on the grid
        final Set<Warning> warnings = new LinkedHashSet<>();

        Run(OfficialDocument doc, HouseStyle style) {
            this.doc = doc;
            this.style = style;
            this.flow = new PageFlow(style, PageFlow.BASELINE_ABOVE_BOTTOM_EM * style.bodySizePt());
            List<String> keep = doc.docNumber() == null ? List.of() : List.of(doc.docNumber());
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
            List<Block.Note> notes = new ArrayList<>();
            for (Block b : doc.blocks()) {
                RenderCancelled.checkInterrupted();
                if (b instanceof Block.Note n) notes.add(n);
                else body.addAll(drafts(b));
            }
            placeAll(body);
            signatureAndDate();
            for (Block.Note n : notes) flow.place(note(n));
            int count = doc.appendices().size();
            for (int i = 0; i < count; i++) appendix(doc.appendices().get(i), count == 1 ? "" : String.valueOf(i + 1));
            if (style.redHeader() != null) imprint();   // the 版记 is part of the red-header template only, as in the DOCX
            String author = String.join("、", doc.issuers());
            DocumentInfo info = new DocumentInfo(nz(doc.title()), author, nz(doc.docNumber()).isEmpty() ? nz(doc.title()) : doc.docNumber(),
                    keywords(), doc.date() != null ? doc.date() : doc.publishDate());
            return new Layout(flow.pages(this::pageNumber), flow.outline(), info, List.copyOf(warnings));
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

        ParagraphDraft simple(Role role, String text) {
            return paragraph(role, List.of(new Segment(text, ts(role))), 0, null);
        }

        List<FlowItem> drafts(Block b) {
            return switch (b) {
                case Block.Heading h -> List.of(paragraph(Role.heading(h.level()),
                        List.of(new Segment(h.fullText(), ts(Role.heading(h.level())))),
                        h.level() <= 2 ? h.level() : 0, h.fullText()));
                case Block.Paragraph p -> List.of(bodyParagraph(p));
                case Block.Attachments a -> List.copyOf(attachments(a));
                case Block.Table t -> List.of(tables.draft(t, rs(Role.TABLE), lineAdvance(rs(Role.TABLE)), warnings::add,
                        flow.typeLeft, flow.typeWidth()));
                case Block.Note n -> List.of(note(n));
                case Block.Chapter c -> List.of(simple(Role.CHAPTER, join(c.label(), c.text())));
                case Block.Article a -> List.of(article(a));
            };
        }

        ParagraphDraft bodyParagraph(Block.Paragraph p) {
            if (p.lead() == null) return simple(Role.BODY, p.text());
            Role lead = Role.heading(p.lead().level());
            List<Segment> segs = List.of(new Segment(p.lead().fullText(), ts(lead)), new Segment(p.text(), ts(Role.BODY)));
            int level = p.lead().level() <= 2 ? p.lead().level() : 0;
            return paragraph(Role.BODY, segs, level, p.lead().fullText());
        }

        /** 第一条（标题）　text: label and caption in the level-1 lead face, as the DOCX writer sets them. */
        ParagraphDraft article(Block.Article a) {
            String caption = a.caption() == null || a.caption().isBlank() ? "" : "　（" + a.caption() + "）";
            List<Segment> segs = new ArrayList<>();
            segs.add(new Segment(nz(a.label()) + caption, ts(Role.HEADING1)));
            if (!a.text().isEmpty()) segs.add(new Segment("　" + a.text(), ts(Role.ARTICLE)));
            return paragraph(Role.ARTICLE, segs, 0, null);
        }

        ParagraphDraft note(Block.Note n) {
            String t = n.text().strip();
            if (!t.startsWith("（")) t = "（" + t + "）";
            return simple(Role.NOTE, t);
        }

        /**
         * 附件：1.名称 … : the first item opens with 附件：, each item's number sits under the first one,
         * and every name (and its wrapped lines) starts at the template's hanging indent (or right
         * after the number when the indent is too small).
         */
        List<ParagraphDraft> attachments(Block.Attachments a) {
            RoleStyle r = rs(Role.ATTACHMENTS);
            TextStyle t = ts(Role.ATTACHMENTS);
            String label = "附件：";
            double x0 = flow.typeLeft + r.leftIndentPt() + r.firstLineIndentPt();
            double right = flow.typeRight - r.rightIndentPt();
            double labelW = grid.width(List.of(new Segment(label, t)));
            int count = a.items().size();
            double nameX = flow.typeLeft + r.leftIndentPt();
            for (int i = 0; i < count; i++) {
                String number = count == 1 ? "" : (i + 1) + ".";
                nameX = Math.max(nameX, x0 + labelW + grid.width(List.of(new Segment(number, t))));
            }
            List<ParagraphDraft> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String prefix = (i == 0 ? label : "") + (count == 1 ? "" : (i + 1) + ".");
                double start = i == 0 ? x0 : x0 + labelW;
                LineDraft head = grid.breakLines(List.of(new Segment(prefix, t)), nameX - start, nameX - start,
                        Align.LEFT, warnings::add).get(0);
                List<LineDraft> name = grid.breakLines(List.of(new Segment(a.items().get(i), t)), right - nameX,
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
            for (Glyph g : tail.glyphs()) gs.add(new Glyph(g.codePoint(), g.face(), g.style(), g.x() + offset, g.advance()));
            return new LineDraft(gs, offset + tail.measure(), tail.last());
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
                }
            }
        }

        // ---- title, recipients, header ---------------------------------------------------------

        void title() {
            if (nz(doc.title()).isBlank()) return;
            RoleStyle r = rs(Role.TITLE);
            double measure = flow.typeWidth() - r.leftIndentPt() - r.rightIndentPt();
            int maxChars = (int) Math.floor(measure / grid.gridAdvance(r.sizePt()) + 1e-6);
            List<LineDraft> lines = new ArrayList<>();
            for (String part : TitleBreaker.split(doc.title().strip(), maxChars)) {
                lines.addAll(grid.breakLines(List.of(new Segment(part, ts(Role.TITLE))), measure, measure, Align.CENTER,
                        warnings::add));
            }
            List<LineDraft> centred = lines.stream().map(l -> new LineDraft(l.glyphs(), l.measure(), true)).toList();
            double x = flow.typeLeft + r.leftIndentPt();
            flow.place(draft(Role.TITLE, centred, x, x, 0, null));
        }

        void recipients() {
            if (nz(doc.recipients()).isBlank()) {
                // the blank line below the title stays, as in the DOCX, when there is no 主送机关
                if (!nz(doc.title()).isBlank()) flow.moveTo(flow.cursor() + rs(Role.RECIPIENTS).spaceBeforePt());
                return;
            }
            String t = doc.recipients().strip();
            if (!t.endsWith("：")) t = t + "：";
            flow.place(simple(Role.RECIPIENTS, t));
        }

        /** 发文机关标志 (top edge at its distance below the type area), 发文字号, red separator. */
        void redHeader(RedHeader h) {
            String issuer = String.join("", doc.issuers());
            String markText = nz(h.markText()).isBlank() ? issuer + "文件" : h.markText().replace("{{issuer}}", issuer);
            double measure = flow.typeWidth();
            double top = flow.typeTop + h.markTopBelowTypeAreaPt();
            // A long issuer name is set smaller so that the mark stays on one line, as issuers do.
            TextStyle t = ts(Role.ISSUER_MARK);
            double width = natural.width(List.of(new Segment(markText, t)));
            if (width > measure) t = new TextStyle(t.eastAsiaFont(), t.latinFont(), t.sizePt() * measure / width, t.color());
            LineDraft line = natural.breakLines(List.of(new Segment(markText, t)), measure, measure, Align.CENTER,
                    warnings::add).get(0);
            flow.addLine(Role.ISSUER_MARK, line, flow.typeLeft, top + PageFlow.EM_ASCENT * t.sizePt(), -1);
            double y = top + t.sizePt();
            flow.moveTo(y);
            flow.snapToGrid();
            // without a 发文字号 (yet) its line stays empty, so the separator and the title keep their places
            ParagraphDraft num = simple(Role.DOC_NUMBER, nz(doc.docNumber()).strip());
            if (num.lines().isEmpty() || nz(doc.docNumber()).isBlank()) flow.reserve(num);
            else flow.place(num);
            double bottom = flow.cursor() - flow.descent;
            double sepY = bottom + h.separatorBelowDocNumberPt();
            flow.addRule(new Rule(flow.typeLeft, sepY, flow.typeRight, sepY, h.separatorWidthPt(), h.color()));
            flow.moveTo(sepY);
            flow.snapToGrid();   // the title's own space before gives the two blank lines
        }

        // ---- signature, date ------------------------------------------------------------------

        /**
         * GB/T 9704 §7.3.5.2 (no seal): each 署名 right-aligned with its right indent; the date on the
         * next line, its first character 2 字 right of the signature's; a longer date takes the right
         * indent and pushes the signature left.
         */
        void signatureAndDate() {
            List<String> issuers = doc.issuers();
            LocalDate date = doc.date();
            if (issuers.isEmpty() && date == null) return;
            RoleStyle sig = rs(Role.SIGNATURE);
            double right = flow.typeRight - sig.rightIndentPt();
            String dateText = date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            double dateW = dateText == null ? 0 : grid.width(List.of(new Segment(dateText, ts(Role.DATE))));
            double sigStart = right;
            for (String s : issuers) sigStart = Math.min(sigStart, right - grid.width(List.of(new Segment(s, ts(Role.SIGNATURE)))));
            double shift = 0;
            double dateX = sigStart + 2 * zi;
            if (issuers.isEmpty()) dateX = right - dateW;
            else if (dateX + dateW > right + 0.01) {
                shift = dateX + dateW - right;
                dateX = right - dateW;
            }
            List<ParagraphDraft> block = new ArrayList<>();
            for (int i = 0; i < issuers.size(); i++) {
                String s = issuers.get(i);
                double w = grid.width(List.of(new Segment(s, ts(Role.SIGNATURE))));
                LineDraft l = grid.breakLines(List.of(new Segment(s, ts(Role.SIGNATURE))), w + 1, w + 1, Align.LEFT,
                        warnings::add).get(0);
                ParagraphDraft d = draft(Role.SIGNATURE, List.of(l), right - shift - w, right - shift - w, 0, null);
                block.add(i == 0 ? d : withSpacing(d, 0, 0));
            }
            if (dateText != null) {
                LineDraft l = grid.breakLines(List.of(new Segment(dateText, ts(Role.DATE))), dateW + 1, dateW + 1,
                        Align.LEFT, warnings::add).get(0);
                ParagraphDraft d = draft(Role.DATE, List.of(l), dateX, dateX, 0, null);
                block.add(issuers.isEmpty() ? withSpacing(d, sig.spaceBeforePt(), d.spaceAfter()) : withSpacing(d, 0, d.spaceAfter()));
            }
            double need = 0;
            for (ParagraphDraft d : block) need += d.spaceBefore() + d.height();
            flow.ensureRoom(need);
            block.forEach(flow::place);
        }

        // ---- appendices, 版记, page numbers -----------------------------------------------------

        void appendix(Appendix a, String number) {
            flow.newPage();
            String label = "附件" + number;
            flow.place(simple(Role.APPENDIX_LABEL, label));
            flow.addBookmark(1, label + (nz(a.title()).isBlank() ? "" : " " + a.title()));
            if (!nz(a.title()).isBlank()) {
                RoleStyle r = rs(Role.APPENDIX_TITLE);
                double measure = flow.typeWidth() - r.leftIndentPt() - r.rightIndentPt();
                int maxChars = (int) Math.floor(measure / grid.gridAdvance(r.sizePt()) + 1e-6);
                List<LineDraft> lines = new ArrayList<>();
                for (String part : TitleBreaker.split(a.title().strip(), maxChars)) {
                    lines.addAll(grid.breakLines(List.of(new Segment(part, ts(Role.APPENDIX_TITLE))), measure, measure,
                            Align.CENTER, warnings::add));
                }
                double x = flow.typeLeft + r.leftIndentPt();
                flow.place(draft(Role.APPENDIX_TITLE, lines.stream().map(l -> new LineDraft(l.glyphs(), l.measure(), true)).toList(),
                        x, x, 0, null));
            }
            List<FlowItem> ps = new ArrayList<>();
            for (Block b : a.blocks()) ps.addAll(drafts(b));
            placeAll(ps);
        }

        /** 版记 at the foot of the last page: 抄送, then 印发机关 and 印发日期, between rules. */
        void imprint() {
            boolean hasCc = !nz(doc.cc()).isBlank();
            // 印发日期 defaults to the document date, as in the DOCX writer
            LocalDate printDate = doc.printDate() != null ? doc.printDate() : doc.date();
            boolean hasPrinter = !nz(doc.printer()).isBlank() || printDate != null;
            if (!hasCc && !hasPrinter) return;
            RoleStyle ccStyle = rs(Role.COPY_TO), prStyle = rs(Role.PRINTED_BY);
            List<LineDraft> ccLines = List.of();
            if (hasCc) {
                String cc = doc.cc().strip();
                if (!cc.startsWith("抄送")) cc = "抄送：" + cc;
                if (!cc.endsWith("。")) cc = cc + "。";
                double measure = flow.typeWidth() - ccStyle.leftIndentPt() - ccStyle.rightIndentPt();
                double labelW = grid.width(List.of(new Segment("抄送：", ts(Role.COPY_TO))));
                ccLines = grid.breakLines(List.of(new Segment(cc, ts(Role.COPY_TO))), measure, measure - labelW,
                        Align.BOTH, warnings::add);
            }
            double ccAdv = lineAdvance(ccStyle), prAdv = lineAdvance(prStyle);
            double height = ccLines.size() * ccAdv + (hasPrinter ? prAdv : 0);
            flow.snapToGrid();
            if (flow.remaining() < height - 0.01) flow.newPage();
            double y = flow.typeBottom - height;
            flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, THICK_RULE_PT, "000000"));
            for (int i = 0; i < ccLines.size(); i++) {
                double x = flow.typeLeft + ccStyle.leftIndentPt() + (i == 0 ? 0 : grid.width(List.of(new Segment("抄送：", ts(Role.COPY_TO)))));
                flow.addLine(Role.COPY_TO, ccLines.get(i), x, flow.baseline(y, ccAdv), flow.gridLineAt(y));
                y += ccAdv;
            }
            if (hasPrinter) {
                if (hasCc) flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, THIN_RULE_PT, "000000"));
                double measure = flow.typeWidth() - prStyle.leftIndentPt() - prStyle.rightIndentPt();
                double x = flow.typeLeft + prStyle.leftIndentPt();
                double base = flow.baseline(y, prAdv);
                if (!nz(doc.printer()).isBlank()) {
                    LineDraft l = grid.breakLines(List.of(new Segment(doc.printer().strip(), ts(Role.PRINTED_BY))), measure, measure,
                            Align.LEFT, warnings::add).get(0);
                    flow.addLine(Role.PRINTED_BY, l, x, base, flow.gridLineAt(y));
                }
                if (printDate != null) {
                    LocalDate d = printDate;
                    String t = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日印发";
                    LineDraft l = grid.breakLines(List.of(new Segment(t, ts(Role.PRINTED_BY))), measure, measure,
                            Align.RIGHT, warnings::add).get(0);
                    flow.addLine(Role.PRINTED_BY, l, x, base, flow.gridLineAt(y));
                }
                y += prAdv;
            }
            flow.addRule(new Rule(flow.typeLeft, y, flow.typeRight, y, THICK_RULE_PT, "000000"));
            flow.moveTo(y);
        }

        /** "— N —": odd pages right, even pages left, each indented; the dash stroke below the type area. */
        List<Line> pageNumber(int pageIndex) {
            PageNumberStyle p = style.pageNumber();
            TextStyle t = new TextStyle(p.eastAsiaFont(), p.latinFont(), p.sizePt(), rs(Role.PAGE_NUMBER).color());
            String text = "— " + (pageIndex + 1) + " —";
            boolean odd = (pageIndex + 1) % 2 == 1 || !p.oddEvenDiffer();
            double measure = flow.typeWidth() - p.sideIndentPt();
            LineDraft l = natural.breakLines(List.of(new Segment(text, t)), measure, measure,
                    odd ? Align.RIGHT : Align.LEFT, warnings::add).get(0);
            double x = odd ? flow.typeLeft : flow.typeLeft + p.sideIndentPt();
            double baseline = flow.typeBottom + p.offsetBelowTypeAreaPt() + DASH_HEIGHT * p.sizePt();
            return List.of(PageFlow.toLine(Role.PAGE_NUMBER, l, x, baseline, -1));
        }

        String keywords() {
            List<String> k = new ArrayList<>();
            if (!nz(doc.docNumber()).isBlank()) k.add(doc.docNumber());
            k.addAll(doc.issuers());
            if (!nz(doc.recipients()).isBlank()) k.add(doc.recipients());
            return String.join("; ", k);
        }
    }

    static String nz(String s) { return s == null ? "" : s; }

    static String join(String label, String text) {
        return nz(text).isBlank() ? nz(label) : nz(label) + "　" + text;
    }
}
