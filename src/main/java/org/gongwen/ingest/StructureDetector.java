package org.gongwen.ingest;

import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Labels;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of a 公文 in a sequence of {@link Piece}s, whatever format they came from:
 * portal chrome (dropped, its metadata kept), issuer line, title (also split over two lines),
 * 发文字号, 主送, body blocks (headings, run-in leads, attachment note, chapters, articles, tables),
 * signature, 成文日期, 附注, 版记 and appended documents after the date.
 */
public final class StructureDetector {
    private static final Pattern DOC_NUMBER = Pattern.compile("^\\p{IsHan}{1,12}[〔\\[【（(]\\d{4}[〕\\]】）)]\\d{1,5}号$");
    private static final Pattern KIND = Pattern.compile(
            ".*(?:通知|通报|报告|请示|批复|意见|函|决定|决议|命令|令|公告|通告|议案|纪要|办法|规定|细则|规则|方案|计划|要点|总结|条例|章程|制度|规划|标准|指南|须知|说明|答复|公报|倡议书|名录|清单|目录|情况)$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件[：:]\\s*(.*)$");
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^(\\d{1,2})[.．、]\\s*(.+)$");
    private static final Pattern APPENDIX_MARK = Pattern.compile("^附\\s*件\\s*(\\d{0,2})\\s*[：:]?$");
    private static final Pattern NOTE = Pattern.compile("^（[^（）]{2,80}）$");
    private static final Pattern CC = Pattern.compile("^抄\\s*送[：:]\\s*(.+?)[。.]?$");
    private static final Pattern PRINTED = Pattern.compile("^(\\p{IsHan}{2,40}?)\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*印\\s*发$");
    private static final Pattern ARTICLE_CAPTION = Pattern.compile("^（([^（）]{1,30})）(.*)$");
    private static final Pattern SIGNED_DATE = Pattern.compile("^(\\S{3,40}) (\\S{8,16})$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[：:]$");
    private static final Pattern ITEM_END = Pattern.compile("[；;。，,]+$");
    /** What may end a short label line ("二、工作任务；"). */
    private static final String ITEM_END_CHARS = "；;。，,：:！？!?、";
    /** A title the portal printed with its 发文字号 after it: 某某关于…的通知（岳办发〔2017〕2号）. */
    private static final Pattern TITLE_WITH_NUMBER = Pattern.compile("^(.{4,}?)[（(](\\p{IsHan}{1,12}[〔\\[【]\\d{4}[〕\\]】]\\d{1,5}号)[）)]$");
    /** What a 题注 records: a meeting's 通过, a 批准, 修订, 修正, 公布, 印发 … */
    private static final Pattern NOTE_EVENT = Pattern.compile("通过|批准|修订|修正|修改|公布|印发|发布|施行");
    private static final Pattern NOTE_WHEN = Pattern.compile("\\d{4}年|[〇○零一二三四五六七八九]{4}年|^（根据");
    private static final Pattern NOTE_EVENT_END = Pattern.compile("(?:通过|批准|修订|修正|修改|公布|印发|发布|施行)$");

    private StructureDetector() {}

    public static OfficialDocument detect(List<Piece> input) {
        List<Warning> warnings = new ArrayList<>();
        PortalChrome.Carried carried = new PortalChrome.Carried();
        List<Piece> normalized = normalized(input);
        if (normalized.isEmpty()) {
            throw new BadInputException(Fault.UNREADABLE, "input-empty", "内容为空：请粘贴或上传公文正文", "the input has no text");
        }
        List<Piece> pieces = withoutChrome(normalized, carried);
        warnings.addAll(carried.warnings);

        OfficialDocument.Builder doc = OfficialDocument.builder();
        Head head = head(pieces, warnings);
        int i = head.bodyStart(), n = pieces.size();
        // the metadata's 标题 when the text itself has none
        String title = head.title() != null ? head.title() : carried.title;

        // the date line ends the cover document; organ lines right above it are the signature
        int dateAt = -1;
        LocalDate date = null;
        String signedWithDate = null;
        for (int j = i; j < n; j++) {
            if (pieces.get(j) instanceof Piece.Line l) {
                Optional<LocalDate> d = DateReader.whole(l.text());
                if (d.isPresent()) { dateAt = j; date = d.get(); break; }
                Matcher signed = SIGNED_DATE.matcher(l.text());
                if (signed.matches() && Organs.isOrgan(signed.group(1)) && DateReader.whole(signed.group(2)).isPresent()) {
                    // "某某局 2025年1月20日" on one line
                    dateAt = j;
                    date = DateReader.whole(signed.group(2)).get();
                    signedWithDate = signed.group(1);
                    break;
                }
                if (DateReader.unreadableDateLine(l.text()) && j > i) {
                    dateAt = j;
                    warnings.add(new Warning("unreadable-date", "无法识别成文日期“" + l.text() + "”，请按“2025年1月20日”的格式填写"));
                    break;
                }
            }
        }
        int bodyEnd = dateAt >= 0 ? dateAt : n;
        List<String> signature = new ArrayList<>();
        if (signedWithDate != null) signature.add(signedWithDate);
        while (bodyEnd > i && signature.size() < 4 && pieces.get(bodyEnd - 1) instanceof Piece.Line l && Organs.isOrgan(l.text())) {
            signature.addFirst(l.text());
            bodyEnd--;
        }
        List<Block> blocks = blocks(pieces.subList(i, bodyEnd));

        List<Appendix> appendices = new ArrayList<>();
        if (dateAt >= 0) endMatter(pieces.subList(dateAt + 1, n), blocks, appendices, doc);

        if (title == null) {
            warnings.add(new Warning("title-missing", "未找到标题，请在第一行填写公文标题"));
        }
        List<String> issuers = !signature.isEmpty() ? signature
                : head.issuerAbove() != null ? List.of(head.issuerAbove())
                : title != null && !Organs.inTitle(title).isEmpty() ? Organs.inTitle(title)
                : carried.issuer != null ? List.of(carried.issuer) : List.of();
        if (date == null) date = carried.date;
        if (date == null && dateAt < 0) {
            warnings.add(new Warning("date-missing", "未找到成文日期，请在正文末尾写明日期（如“2025年1月20日”）"));
        }
        warnings.addAll(NumberingCheck.check(blocks, ""));
        for (Appendix a : appendices) {
            warnings.addAll(NumberingCheck.check(a.blocks(), "附件“" + a.title() + "”中"));
        }
        String docNumber = head.docNumber() != null ? head.docNumber() : carried.docNumber;
        return doc.title(title == null ? null : titleText(title)).titleNote(head.titleNote()).docNumber(docNumber).recipients(head.recipients())
                .issuers(issuers).date(date).publishDate(carried.publishDate).source(carried.source)
                .blocks(blocks).appendices(appendices).warnings(warnings).build();
    }

    /** What stands above the body: 发文字号, issuer line, title, 题注, 主送. */
    private record Head(String docNumber, String issuerAbove, String title, String titleNote, String recipients, int bodyStart) {}

    private static Head head(List<Piece> pieces, List<Warning> warnings) {
        int i = 0, n = pieces.size();
        String issuerAbove = null, title = null, docNumber = null;
        for (; i < n && i < 8; i++) {
            Piece p = pieces.get(i);
            if (p instanceof Piece.Marked m && m.level() == 0) { title = m.text(); i++; break; }
            if (!(p instanceof Piece.Line line)) break;
            String t = line.text();
            if (DOC_NUMBER.matcher(t).matches()) { docNumber = t; continue; }
            if (t.endsWith("文件") && Organs.isOrgan(t.substring(0, t.length() - 2))) {
                issuerAbove = t.substring(0, t.length() - 2);   // the red-head 发文机关标志 "某某局文件"
                continue;
            }
            String next = i + 1 < n ? textOf(pieces.get(i + 1)) : null;
            if (Organs.isOrgan(t) && next != null && !next.startsWith("关于") && titleLike(next)) { issuerAbove = t; continue; }
            if (Organs.isOrgan(t) && next != null && next.startsWith("关于") && titleLike(next)) {
                title = t + next;   // the organ that opens the title, on a line of its own
                i += 2;
                break;
            }
            if (next != null && titleLike(t) && !KIND.matcher(t).matches() && completeTitle(next)) {
                // a site name or column banner above a title that stands on its own
                warnings.add(new Warning("header-dropped", "标题前的“" + Normalizer.tight(t) + "”不像公文内容，已略去；如属正文请补回"));
                continue;
            }
            if (titleLike(t) && !looksLikeBodyStart(t)) {
                title = t;
                if (next != null && pieces.get(i + 1) instanceof Piece.Line && secondTitleLine(t, next)) {
                    title = t + next;
                    i++;
                }
                i++;
            }
            break;
        }
        String titleNote = null;
        if (title != null) {
            // the title printed twice: the portal's headline and the document's own
            if (i < n && pieces.get(i) instanceof Piece.Line l && Normalizer.tight(l.text()).equals(Normalizer.tight(title))) i++;
            Matcher numbered = TITLE_WITH_NUMBER.matcher(Normalizer.tight(title));
            if (numbered.matches() && KIND.matcher(numbered.group(1)).matches()) {
                title = numbered.group(1);
                if (docNumber == null) docNumber = numbered.group(2);
            }
            Note note = titleNote(pieces, i);
            if (note != null) { titleNote = note.text(); i = note.end(); }
        }
        if (i < n && pieces.get(i) instanceof Piece.Line l && DOC_NUMBER.matcher(l.text()).matches()) { docNumber = l.text(); i++; }
        String recipients = null;
        if (i < n && pieces.get(i) instanceof Piece.Line l && isRecipients(l.text())) {
            recipients = TRAILING_COLON.matcher(Normalizer.tight(l.text())).replaceAll("");
            i++;
        }
        return new Head(docNumber, issuerAbove, title, titleNote, recipients, i);
    }

    /** A title's second line: the first does not name the kind, the second does and is short. */
    private static boolean secondTitleLine(String first, String second) {
        return !KIND.matcher(first).matches() && titleLike(second) && KIND.matcher(second).matches() && second.length() <= 40;
    }

    /** A 题注 and the index of the piece after it. */
    private record Note(String text, int end) {}

    /**
     * The 题注 under a title, "（2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过）", also over two
     * lines; null when the line at {@code i} is none. Events stay apart by one space.
     */
    private static Note titleNote(List<Piece> pieces, int i) {
        if (i >= pieces.size() || !(pieces.get(i) instanceof Piece.Line first) || !opensNote(first.text())) return null;
        // a bracket split over two lines stays half-width where nothing Chinese follows it on its line
        String note = "（" + first.text().substring(1);
        int next = i + 1;
        if (closingAt(note) < 0 && next < pieces.size() && pieces.get(next) instanceof Piece.Line second
                && (second.text().endsWith("）") || second.text().endsWith(")")) && note.length() + second.text().length() <= 400) {
            String closed = second.text().substring(0, second.text().length() - 1) + "）";
            note = note + (NOTE_EVENT_END.matcher(note).find() ? " " : "") + closed;
            next++;
        }
        if (closingAt(note) != note.length() - 1 || note.length() > 400) return null;
        String inner = note.substring(1, note.length() - 1);
        if (!NOTE_WHEN.matcher(note).find() || !NOTE_EVENT.matcher(inner).find()) return null;
        return new Note(noteText(note), next);
    }

    private static boolean opensNote(String t) {
        return t.startsWith("（") || t.startsWith("(") && t.length() > 1 && Character.isDigit(t.charAt(1));
    }

    /** Where the bracket opening {@code s} closes; -1 when it does not. */
    private static int closingAt(String s) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '（') depth++;
            else if (c == '）' && --depth == 0) return k;
        }
        return -1;
    }

    /** A 题注 without stray spaces, one space kept between its events ("…会议通过 2017年…批准"). */
    private static String noteText(String note) {
        StringBuilder sb = new StringBuilder();
        String[] parts = note.split(" ");
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                boolean between = NOTE_EVENT_END.matcher(parts[k - 1]).find() && !parts[k].isEmpty()
                        && (Character.isDigit(parts[k].charAt(0)) || "〇○零一二三四五六七八九根自".indexOf(parts[k].charAt(0)) >= 0);
                sb.append(between ? '\u0001' : ' ');
            }
            sb.append(parts[k]);
        }
        return Normalizer.tight(sb.toString()).replace('\u0001', ' ');
    }

    /** Body blocks of a stretch of pieces: headings, leads, attachment notes, chapters, articles, tables. */
    static List<Block> blocks(List<Piece> pieces) {
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            switch (p) {
                case Piece.Grid g -> out.add(new Block.Table(g.rows(), g.headerRows()));
                case Piece.Marked m -> out.add(marked(m));
                case Piece.Picture pic -> {
                    Block.Figure f = pic.figure();
                    if (f.caption().isEmpty() && k + 1 < pieces.size() && pieces.get(k + 1) instanceof Piece.Line next
                            && isCaption(next.text())) {
                        f = f.withCaption(next.text().strip());   // "图1 组织架构图" under the picture
                        k++;
                    } else if (f.caption().isEmpty() && k > 0 && pieces.get(k - 1) instanceof Piece.Line above
                            && isCaption(above.text()) && !out.isEmpty() && out.getLast().equals(line(above.text()))) {
                        out.removeLast();                          // or above it, when none is under it
                        f = f.withCaption(above.text().strip());
                    }
                    out.add(f);
                }
                case Piece.Line l -> {
                    Matcher note = ATTACHMENT_NOTE.matcher(l.text());
                    if (note.matches()) {
                        List<String> items = new ArrayList<>();
                        if (!note.group(1).isBlank()) items.add(item(note.group(1)));
                        while (k + 1 < pieces.size() && pieces.get(k + 1) instanceof Piece.Line next
                                && ATTACHMENT_ITEM.matcher(next.text()).matches()) {
                            items.add(item(next.text()));
                            k++;
                        }
                        if (!items.isEmpty()) { out.add(new Block.Attachments(items)); continue; }
                    }
                    out.add(line(l.text()));
                }
            }
        }
        return sameFormSiblings(out);
    }

    /**
     * Siblings of one level in one sequence (the labelled blocks of a level between two labels of a
     * higher level) take one form. When one is a heading on its own line and every other is a heading or
     * a short label line (a lead without a sentence after it, "二、工作任务；"), they all become headings;
     * run-in paragraphs ("（一）强化法治学习。坚持……") leave the sequence as it is. When one is a numbered
     * paragraph of plain text, a sibling that a heading only by its length (one sentence with its
     * clauses and full stop, "三、县政府工作的准则是，执政为民，……。") is a numbered paragraph too.
     */
    private static List<Block> sameFormSiblings(List<Block> blocks) {
        int[] lastLabel = new int[5];             // per level: the index of its last label in the current sequence
        Arrays.fill(lastLabel, -1);
        Map<Long, List<Integer>> sequences = null;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            int level = b instanceof Block.Heading h && !h.label().isEmpty() ? h.level()
                    : b instanceof Block.Paragraph p && p.lead() != null && !p.lead().label().isEmpty() ? p.lead().level() : 0;
            if (level == 0) continue;
            int up = -1;
            for (int l = 1; l < level; l++) up = Math.max(up, lastLabel[l]);
            lastLabel[level] = k;
            for (int l = level + 1; l <= 4; l++) lastLabel[l] = -1;
            if (sequences == null) sequences = new LinkedHashMap<>();
            sequences.computeIfAbsent(((long) up << 3) | level, x -> new ArrayList<>()).add(k);
        }
        if (sequences == null) return blocks;
        List<Block> out = null;
        for (List<Integer> members : sequences.values()) {
            if (members.size() < 2) continue;
            boolean heading = false, allShort = true, plain = false;
            for (int k : members) {
                if (blocks.get(k) instanceof Block.Paragraph p) {
                    boolean label = labelLine(p);
                    allShort &= label;
                    plain |= !label && p.lead().text().isEmpty();
                } else {
                    heading = true;
                }
            }
            for (int k : members) {
                Block b = blocks.get(k);
                Block made = null;
                if (heading && allShort && b instanceof Block.Paragraph p) {
                    made = new Block.Heading(p.lead().level(), p.lead().label(), p.lead().text() + p.text());
                } else if (plain && b instanceof Block.Heading h && h.text().endsWith("。") && h.text().indexOf('，') >= 0) {
                    made = new Block.Paragraph(new Block.Lead(h.level(), h.label(), ""), h.text());
                }
                if (made == null) continue;
                if (out == null) out = new ArrayList<>(blocks);
                out.set(k, made);
            }
        }
        return out == null ? blocks : out;
    }

    /** A labelled paragraph that is only a short label line: no sentence inside it, at most its end punctuation. */
    private static boolean labelLine(Block.Paragraph p) {
        if (p.lead().text().length() + p.text().length() > Labels.LONGEST_LEAD + 8) return false;
        String rest = p.lead().text() + p.text();
        int end = rest.length();
        while (end > 0 && ITEM_END_CHARS.indexOf(rest.charAt(end - 1)) >= 0) end--;
        rest = rest.substring(0, end);
        return !rest.isEmpty() && rest.length() <= Labels.LONGEST_LEAD && rest.chars().filter(c -> c == '，').count() <= 1
                && rest.indexOf('。') < 0 && rest.indexOf('；') < 0 && rest.indexOf('！') < 0 && rest.indexOf('？') < 0;
    }

    private static Block marked(Piece.Marked m) {
        String t = Normalizer.tight(m.text());
        Optional<Labels.Label> label = Labels.heading(t);
        if (label.isPresent()) return new Block.Heading(label.get().level(), label.get().label(), label.get().rest());
        return new Block.Heading(Math.max(1, Math.min(4, m.level())), "", t);
    }

    /**
     * One line of body text: a chapter, an article, a heading, a paragraph with a run-in lead, or plain.
     * The clerk's review reads a corrected line by this same rule.
     */
    public static Block line(String raw) {
        // 第一条 and its text are told apart by the space between them, so look before dropping spaces
        Optional<Labels.Label> chapter = Labels.chapter(raw);
        if (chapter.isPresent()) return new Block.Chapter(chapter.get().label(), Normalizer.tight(chapter.get().rest()));
        Optional<Labels.Label> article = Labels.article(raw);
        String t = Normalizer.tight(raw);
        if (article.isPresent()) {
            String rest = Normalizer.tight(article.get().rest());
            Matcher cap = ARTICLE_CAPTION.matcher(rest);
            if (cap.matches()) return new Block.Article(article.get().label(), cap.group(1), cap.group(2).strip());
            return new Block.Article(article.get().label(), null, rest);
        }
        Optional<Labels.Label> heading = Labels.heading(t);
        if (heading.isEmpty()) return new Block.Paragraph(t);
        Labels.Label h = heading.get();
        String rest = h.rest();
        int lead = Labels.leadLength(rest);
        // a label line that is only a heading; a long single sentence is a numbered paragraph
        if (lead == rest.length()) return new Block.Heading(h.level(), h.label(), rest);
        if (lead == 0) return new Block.Paragraph(new Block.Lead(h.level(), h.label(), ""), rest);
        return new Block.Paragraph(new Block.Lead(h.level(), h.label(), rest.substring(0, lead)), rest.substring(lead));
    }

    /** After the date: 附注, 版记 (抄送, 印发), and appended documents each with its own title. */
    private static void endMatter(List<Piece> rest, List<Block> blocks, List<Appendix> appendices,
                                  OfficialDocument.Builder doc) {
        List<Piece> body = new ArrayList<>();
        String appendixTitle = null;
        boolean afterMark = false, titleOpen = false;
        for (Piece p : rest) {
            String t = p instanceof Piece.Line l ? l.text() : null;
            if (t != null) {
                Matcher cc = CC.matcher(Normalizer.tight(t));
                if (cc.matches()) { doc.cc(cc.group(1)); continue; }
                Matcher printed = PRINTED.matcher(Normalizer.tight(t));
                if (printed.matches()) {
                    doc.printer(printed.group(1));
                    DateReader.whole(printed.group(2)).ifPresent(doc::printDate);
                    continue;
                }
                if (appendixTitle == null && appendices.isEmpty() && NOTE.matcher(Normalizer.tight(t)).matches()) {
                    blocks.add(new Block.Note(Normalizer.tight(t)));
                    continue;
                }
                if (APPENDIX_MARK.matcher(Normalizer.tight(t)).matches()) {
                    if (appendixTitle != null) appendices.add(new Appendix(appendixTitle, blocks(body)));
                    appendixTitle = null;
                    body.clear();
                    afterMark = true;
                    continue;
                }
            }
            Piece.Marked titleMark = p instanceof Piece.Marked m && m.level() <= 1 ? m : null;
            if (appendixTitle == null && (afterMark || body.isEmpty()) && (titleMark != null || (t != null && titleLike(t) && !looksLikeBodyStart(t)))) {
                appendixTitle = Normalizer.tight(titleMark != null ? titleMark.text() : t);
                afterMark = false;
                titleOpen = titleMark == null;
                continue;
            }
            // an appendix title over two lines, joined by the main title's rule
            if (titleOpen && body.isEmpty() && t != null && secondTitleLine(appendixTitle, Normalizer.tight(t))) {
                appendixTitle = appendixTitle + Normalizer.tight(t);
                titleOpen = false;
                continue;
            }
            titleOpen = false;
            body.add(p);
        }
        if (appendixTitle != null) appendices.add(new Appendix(appendixTitle, blocks(body)));
        else blocks.addAll(blocks(body));
    }

    /**
     * The 附件说明's items from the lines a clerk typed (one item a line, "附件：" and numbers optional),
     * each read as the importer reads an item.
     */
    public static List<String> attachmentItems(String text) {
        List<String> items = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String t = raw.strip();
            Matcher note = ATTACHMENT_NOTE.matcher(t);
            if (note.matches()) t = note.group(1).strip();
            if (!t.isEmpty()) items.add(item(t));
        }
        return items;
    }

    private static String item(String s) {
        Matcher m = ATTACHMENT_ITEM.matcher(s);
        String name = m.matches() ? m.group(2) : s;
        return ITEM_END.matcher(Normalizer.tight(name)).replaceAll("");
    }

    private static boolean isRecipients(String t) {
        return (t.endsWith("：") || t.endsWith(":")) && t.length() <= 150 && !t.contains("。") && !t.contains("如下")
                && !ATTACHMENT_NOTE.matcher(t).matches() && Labels.heading(t).isEmpty();
    }

    /** Could be a title: one short line without sentence punctuation, not a heading, date or salutation. */
    private static boolean titleLike(String t) {
        return t.length() >= 4 && t.length() <= 100 && !t.contains("。") && !t.endsWith("！") && !t.endsWith("？") && !t.endsWith("；")
                && !t.endsWith("：") && !t.endsWith("，") && DateReader.whole(t).isEmpty()
                && Labels.heading(t).isEmpty() && Labels.chapter(t).isEmpty() && Labels.article(t).isEmpty();
    }

    /** A title that needs no line before it: it names its kind and its organ or begins with 关于. */
    private static boolean completeTitle(String t) {
        return titleLike(t) && KIND.matcher(t).matches() && (t.startsWith("关于") || !Organs.inTitle(t).isEmpty());
    }

    /** A first line that is already the body: a long sentence without a document kind. */
    private static boolean looksLikeBodyStart(String t) {
        return t.length() > 60 && !KIND.matcher(t).matches();
    }

    /** The title as printed: no stray spaces, but one space between joint issuers before 关于. */
    private static String titleText(String title) {
        List<String> organs = Organs.inTitle(title);
        int about = title.indexOf("关于");
        if (organs.size() > 1 && about > 0) return title.substring(0, about).strip() + Normalizer.tight(title.substring(about));
        return Normalizer.tight(title);
    }

    /** A picture's caption written as text: 图1 …, 图 1：…, 附图…; short, not a sentence about the figure. */
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:图\\s*[0-9０-９一二三四五六七八九十]{1,3}(?:[-－.．][0-9０-９]{1,3})?(?:[\\s\u3000：:、.．]|$)|附\\s*图).{0,60}$");

    private static boolean isCaption(String t) {
        String s = t.strip();
        return CAPTION.matcher(s).matches() && !s.endsWith("。");
    }

    private static String textOf(Piece p) {
        return p instanceof Piece.Line l ? l.text() : p instanceof Piece.Marked m ? m.text() : null;
    }

    private static List<Piece> normalized(List<Piece> input) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : input) {
            switch (p) {
                case Piece.Line l -> { String t = Normalizer.line(l.text()); if (!t.isEmpty()) out.add(new Piece.Line(t)); }
                case Piece.Marked m -> { String t = Normalizer.line(m.text()); if (!t.isEmpty()) out.add(new Piece.Marked(m.level(), t)); }
                case Piece.Grid g -> out.add(new Piece.Grid(g.rows().stream()
                        .map(r -> r.stream().map(Normalizer::text).toList()).toList(), g.headerRows()));
                case Piece.Picture pic -> out.add(new Piece.Picture(pic.figure().withCaption(Normalizer.line(pic.figure().caption()))));
            }
        }
        return out;
    }

    /** True when the text ends in a document kind (通知, 办法, 规则 …), as a title does. */
    static boolean namesKind(String t) {
        return KIND.matcher(t).matches();
    }

    private static List<Piece> withoutChrome(List<Piece> pieces, PortalChrome.Carried carried) {
        List<String> lines = pieces.stream().map(p -> p instanceof Piece.Line l ? l.text() : "\u0000").toList();
        int end = pieces.size() - PortalChrome.footerLength(lines);
        boolean[] metadata = PortalChrome.metadata(lines.subList(0, end), carried);
        List<Piece> out = new ArrayList<>();
        for (int k = 0; k < end; k++) {
            Piece p = pieces.get(k);
            if (metadata[k]) continue;
            if (p instanceof Piece.Grid g && PortalChrome.metadataTable(g.rows(), carried)) continue;
            if (p instanceof Piece.Line l) {
                String t = Normalizer.tight(l.text());
                if (PortalChrome.isChrome(l.text()) || PortalChrome.isChrome(t)) {
                    PortalChrome.carry(l.text(), carried);
                    PortalChrome.carry(t, carried);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}
