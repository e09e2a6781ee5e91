package org.gongwen.adopt;

import org.gongwen.adopt.BureauDocument.Block;
import org.gongwen.adopt.BureauDocument.Para;
import org.gongwen.check.LineKinds;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.Labels;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what each part of a bureau's document is, by its text and place as a 文秘 would (the checker's
 * classifier reads a document the same way): the letterhead (发文机关标志, 发文字号 and the rule under
 * it), the title, 主送机关, headings by their labels 一、（一）1.（1） or their outline level, body text,
 * 附件说明, 署名, 成文日期, 附注, 附件 pages and the 版记. Where the formatting lives (styles or direct
 * formatting, Word or WPS) does not matter here: the paragraphs already carry it resolved.
 */
final class RoleFinder {

    /**
     * What was found.
     *
     * @param head        blocks [0, headEnd) are the letterhead as it stays (blank lines before the mark, the
     *                    mark, what lies between it and the 发文字号, the 发文字号's paragraph); 0 when there is none
     * @param mark        the mark's block (a paragraph, or a table of issuer names and 文件), or null
     * @param docNumber   the 发文字号's paragraph, or null
     * @param rule        where the red rule is: a paragraph with the bottom border or the drawn line, or null
     * @param titleFrom   the title's first block; the title runs to {@code bodyFrom}'s recipients or body
     * @param imprint     the 版记's table, or null
     * @param examples    per role the paragraphs that show it, in order (the first is quoted in the report)
     * @param lead        per heading role, whether its example is a run-in heading (label and sentence, then body text)
     */
    record Found(int headEnd, Block mark, Para docNumber, Para rule, int titleFrom, Block imprint,
                 Map<Role, List<Para>> examples, Map<Role, Boolean> lead, Map<Role, Integer> firstBlock) {

        Para first(Role r) {
            List<Para> l = examples.get(r);
            return l == null || l.isEmpty() ? null : l.get(0);
        }

        boolean redHeader() { return mark != null; }
    }

    private final BureauDocument doc;
    private final List<Block> blocks;
    private final Map<Role, List<Para>> examples = new EnumMap<>(Role.class);
    private final Map<Role, Boolean> lead = new EnumMap<>(Role.class);
    private final Map<Role, Integer> firstBlock = new EnumMap<>(Role.class);

    RoleFinder(BureauDocument doc) {
        this.doc = doc;
        this.blocks = doc.blocks;
    }

    Found find() {
        int i = nextNonEmpty(0);
        if (i >= blocks.size()) throw noTitle();
        // ---- the letterhead: the mark (red or "…文件" in a large size), the 发文字号, the rule ----
        Block mark = null;
        Para docNumber = null, rule = null;
        int headEnd = 0;
        int scan = i;
        for (int k = 0; k < 4 && scan < blocks.size(); k++, scan = nextNonEmpty(scan + 1)) {
            Block b = blocks.get(scan);
            if (mark == null && isMark(b)) {
                mark = b;
                add(Role.ISSUER_MARK, b.isTable() ? b.cells().stream().filter(p -> !p.isEmpty()).findFirst().orElseThrow() : b.para(), scan);
                headEnd = scan + 1;
                // joint issuers as paragraphs: the following marks belong to it
                while (!b.isTable() && scan + 1 < blocks.size() && !blocks.get(scan + 1).isTable()
                        && isMark(blocks.get(scan + 1)) && !blocks.get(scan + 1).isEmpty()) {
                    scan++;
                    examples.get(Role.ISSUER_MARK).add(blocks.get(scan).para());
                    headEnd = scan + 1;
                }
                continue;
            }
            // without a mark, only a first paragraph is a 发文字号 (a plain document's number above its title)
            if (mark == null && scan != i) break;
            if (!b.isTable() && LineKinds.holdsDocNumber(b.para().text()) && b.para().text().strip().length() <= 40) {
                docNumber = b.para();
                add(Role.DOC_NUMBER, docNumber, scan);
                headEnd = scan + 1;
                break;
            }
            if (mark != null) break;
        }
        if (mark == null) headEnd = 0;
        int after = docNumber != null ? doc.blockOf(docNumber) + 1 : mark != null ? headEnd : i;
        // the rule: the 发文字号's own bottom border or drawn line, else a blank paragraph after it that has one
        if (mark != null) {
            if (docNumber != null && (docNumber.props().border("bottom") != null || docNumber.drawn() != null)) {
                rule = docNumber;
            } else {
                for (int k = after; k < blocks.size() && k < after + 3; k++) {
                    Block b = blocks.get(k);
                    if (b.isTable() || !b.para().isEmpty() && b.para().drawn() == null) break;
                    if (b.para().props().border("bottom") != null || b.para().props().border("top") != null || b.para().drawn() != null) {
                        rule = b.para();
                        after = k + 1;
                        break;
                    }
                }
            }
        }
        // ---- the title: the first paragraph after the letterhead; centred paragraphs of its size after it too ----
        int t = nextNonEmpty(after);
        while (t < blocks.size() && blocks.get(t).isTable()) t = nextNonEmpty(t + 1);
        if (t >= blocks.size()) throw noTitle();
        Para title = blocks.get(t).para();
        if (title.text().strip().length() > 120 || Labels.parse(title.text()) != null || LineKinds.endsWithColon(title.text())) throw noTitle();
        add(Role.TITLE, title, t);
        int titleFrom = t;
        int k = t + 1;
        while (k < blocks.size() && !blocks.get(k).isTable() && !blocks.get(k).isEmpty()
                && title.look().sizePt() == blocks.get(k).para().look().sizePt()
                && align(title) == Align.CENTER && align(blocks.get(k).para()) == Align.CENTER
                && !LineKinds.endsWithColon(blocks.get(k).para().text())) {
            examples.get(Role.TITLE).add(blocks.get(k).para());
            k++;
        }
        // ---- 主送机关 ----
        int n = nextNonEmpty(k);
        if (n < blocks.size() && !blocks.get(n).isTable() && LineKinds.endsWithColon(blocks.get(n).para().text())
                && blocks.get(n).para().text().strip().length() <= 80 && Labels.parse(blocks.get(n).para().text()) == null) {
            add(Role.RECIPIENTS, blocks.get(n).para(), n);
            n = nextNonEmpty(n + 1);
        }
        // ---- the tail: 版记, 附件 pages, date, signature, note ----
        Block imprint = null;
        int end = blocks.size();
        for (int b = blocks.size() - 1; b >= n; b--) {
            Block block = blocks.get(b);
            if (block.isTable() && isImprint(block)) {
                imprint = block;
                for (Para p : block.cells()) {
                    String s = Labels.stripLeading(p.text());
                    if (s.startsWith("抄送")) add(Role.COPY_TO, p, b);
                    else if (LineKinds.isPrintedLine(s) || s.contains("印发")) add(Role.PRINTED_BY, p, b);
                }
                end = b;
                break;
            }
        }
        if (imprint == null) {
            for (int b = end - 1; b >= n && b >= end - 4; b--) {
                Block block = blocks.get(b);
                if (block.isTable() || block.isEmpty()) continue;
                String s = Labels.stripLeading(block.para().text());
                if (s.startsWith("抄送")) {
                    add(Role.COPY_TO, block.para(), b);
                    end = Math.min(end, b);
                } else if (LineKinds.isPrintedLine(s)) {
                    add(Role.PRINTED_BY, block.para(), b);
                    end = Math.min(end, b);
                }
            }
        }
        int appendix = -1;
        for (int b = n; b < end; b++) {
            Block block = blocks.get(b);
            if (!block.isTable() && LineKinds.isAppendixLabel(Labels.stripLeading(block.para().text()))) {
                appendix = b;
                add(Role.APPENDIX_LABEL, block.para(), b);
                int at = nextNonEmpty(b + 1);
                if (at < end && !blocks.get(at).isTable()) add(Role.APPENDIX_TITLE, blocks.get(at).para(), at);
                break;
            }
        }
        int mainEnd = appendix >= 0 ? appendix : end;
        int bodyEnd = mainEnd;
        for (int b = mainEnd - 1; b >= n; b--) {
            Block block = blocks.get(b);
            if (block.isEmpty()) continue;
            if (block.isTable()) break;
            String s = block.para().text().strip();
            if (LineKinds.isDate(s)) {
                add(Role.DATE, block.para(), b);
                bodyEnd = b;
                int note = nextNonEmpty(b + 1);
                if (note < mainEnd && !blocks.get(note).isTable() && LineKinds.isNote(blocks.get(note).para().text())) {
                    add(Role.NOTE, blocks.get(note).para(), note);
                }
                // the signature: up to three short lines right above the date (joint issuers one per line)
                List<Integer> sig = new ArrayList<>();
                for (int s2 = previousNonEmpty(b - 1); s2 >= n && sig.size() < 3; s2 = previousNonEmpty(s2 - 1)) {
                    Block sb = blocks.get(s2);
                    if (sb.isTable() || !isSignatureLike(sb.para())) break;
                    sig.add(0, s2);
                }
                for (int s2 : sig) add(Role.SIGNATURE, blocks.get(s2).para(), s2);
                if (!sig.isEmpty()) bodyEnd = sig.get(0);
                break;
            }
            if (!LineKinds.isNote(s)) break;
        }
        // ---- the body: headings by label or outline level, 附件说明, chapters, articles, body text, tables ----
        boolean inAttachments = false;
        for (int b = n; b < bodyEnd; b++) {
            Block block = blocks.get(b);
            if (block.isEmpty()) continue;
            if (block.isTable()) {
                for (Para p : block.cells()) if (!p.isEmpty()) add(Role.TABLE, p, b);
                continue;
            }
            Para p = block.para();
            String s = Labels.stripLeading(p.text());
            if (s.startsWith("附件：") || s.startsWith("附件:")) {
                add(Role.ATTACHMENTS, p, b);
                inAttachments = true;
                continue;
            }
            if (inAttachments && s.matches("^\\d+[.．].*")) continue;
            inAttachments = false;
            if (Labels.isChapter(s)) {
                add(Role.CHAPTER, p, b);
                continue;
            }
            if (Labels.isArticle(s)) {
                add(Role.ARTICLE, p, b);
                continue;
            }
            Labels.Label label = Labels.parse(s);
            Integer outline = p.props().outlineLevel();
            if (label != null) {
                int length = Labels.headingLength(s, label);
                Role h = Role.heading(label.level());
                if (length == s.length()) {
                    addHeading(h, p, b, false);
                    continue;
                }
                // a run-in heading: its label and sentence in their own face, then body text
                if (length > 0 && p.leadLength() >= label.label().length() && !p.lead().equals(p.look())) {
                    addHeading(h, p, b, true);
                    continue;
                }
            } else if (outline != null && outline >= 0 && outline <= 3 && s.length() <= 60) {
                addHeading(Role.heading(outline + 1), p, b, false);
                continue;
            }
            add(Role.BODY, p, b);
        }
        if (!examples.containsKey(Role.BODY)) {
            throw new BadInputException(Fault.INVALID, "adopt-no-body",
                    "文档中找不到正文：标题“" + title.quote() + "”之后没有正文段落，无法学到正文的格式。请上传一份完整的公文（有标题、正文）",
                    "the document has no body text after its title to learn from");
        }
        return new Found(headEnd, mark, docNumber, rule, titleFrom, imprint, examples, lead, firstBlock);
    }

    /** A whole-paragraph heading is a better example than a run-in one: it shows the heading's paragraph too. */
    private void addHeading(Role h, Para p, int block, boolean runIn) {
        if (Boolean.TRUE.equals(lead.get(h)) && !runIn) {
            examples.get(h).add(0, p);
            lead.put(h, false);
            firstBlock.put(h, block);
            return;
        }
        lead.putIfAbsent(h, runIn);
        add(h, p, block);
    }

    private void add(Role r, Para p, int block) {
        examples.computeIfAbsent(r, x -> new ArrayList<>()).add(p);
        firstBlock.putIfAbsent(r, block);
    }

    /** A 发文机关标志: red text, or "…文件" set large; a table of such cells (joint issuers). */
    private static boolean isMark(Block b) {
        if (b.isEmpty()) return false;
        if (b.isTable()) {
            List<Para> cells = b.cells().stream().filter(p -> !p.isEmpty()).toList();
            return !cells.isEmpty() && cells.size() <= 12 && cells.stream().allMatch(p -> p.look().isRed() || p.look().sizePt() >= 22);
        }
        Para p = b.para();
        String s = p.text().strip();
        if (s.length() > 40 || LineKinds.holdsDocNumber(s)) return false;
        return p.look().isRed() && p.look().sizePt() >= 18 || s.endsWith("文件") && p.look().sizePt() >= 22;
    }

    private static boolean isImprint(Block b) {
        for (Para p : b.cells()) {
            String s = Labels.stripLeading(p.text());
            if (s.startsWith("抄送") || LineKinds.isPrintedLine(s)) return true;
        }
        return false;
    }

    private static Align align(Para p) {
        return Align.of(p.props().jc());
    }

    private static boolean isSignatureLike(Para p) {
        if (!LineKinds.isNameLike(p.text()) || p.text().contains("：")) return false;
        Align a = align(p);
        return a == Align.RIGHT || a == Align.CENTER || p.rightPt() > 0 || p.leftPt() + p.firstLinePt() > 100
                || p.text().startsWith("\u3000\u3000\u3000") || p.text().startsWith("        ");
    }

    private int nextNonEmpty(int from) {
        int j = from;
        while (j < blocks.size() && blocks.get(j).isEmpty()) j++;
        return j;
    }

    private int previousNonEmpty(int from) {
        int j = from;
        while (j >= 0 && blocks.get(j).isEmpty()) j--;
        return j;
    }

    private static BadInputException noTitle() {
        return new BadInputException(Fault.INVALID, "adopt-no-title",
                "文档中找不到公文标题：正文前没有可作标题的段落（标题应是版头之后的第一段，居中）。请上传一份完整的公文（有标题、正文）",
                "the document has no title to learn from");
    }
}
