package org.gongwen.compose;

import org.gongwen.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words GB/T 9704 adds around a document's own text — labels, colons, brackets, full stops — each
 * written once. What a clerk typed may already carry them ("各科室：", "抄送：市卫健委。"): they are
 * recognised and never doubled.
 */
public final class Wording {
    private Wording() {}

    /** Full-width and half-width colons, and the spaces a paste leaves around them. */
    private static final String COLONS = "：:";

    /** 主送机关 without a trailing colon ("" for none). */
    public static String recipients(String typed) {
        return stripEnd(strip(typed), COLONS);
    }

    /** §7.3.3: 主送机关 "最后一个机关名称后标全角冒号". */
    public static String recipientsLine(String recipients) {
        return recipients.isEmpty() ? "" : recipients + "：";
    }

    /** 抄送机关 without the label and the final full stop ("" for none). */
    public static String cc(String typed) {
        String t = strip(typed);
        if (t.startsWith("抄送")) t = strip(stripStart(t.substring(2), COLONS));
        return stripEnd(t, "。.");
    }

    /** §7.4.2: "抄送"二字后加全角冒号和抄送机关名称 … 最后一个抄送机关名称后标句号. */
    public static String ccLine(String cc) {
        return cc.isEmpty() ? "" : ccLabel() + cc + "。";
    }

    /** The 抄送 label; wrapped lines of the names align after it (§7.4.2 "回行时与冒号后的首字对齐"). */
    public static String ccLabel() {
        return "抄送：";
    }

    /**
     * §7.4.3: the 印发日期 (as printed) followed by "印发", on the 印发机关's line; without a date the
     * word stands alone, as the template's "{{printDate}}印发" leaves it, so the gap shows.
     */
    public static String printDateLine(String printDate) {
        return printDate + "印发";
    }

    /**
     * §7.3.6: 附注 "加圆括号编排". A note typed in brackets (full or half width, even mixed) is set in
     * full-width ones; an empty one ("（）") is no note ("").
     */
    public static String note(String typed) {
        String t = strip(typed);
        if (t.length() >= 2 && "（(".indexOf(t.charAt(0)) >= 0 && "）)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.isEmpty() ? "" : "（" + t + "）";
    }

    /**
     * A title note (题注), such as （2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过）: in full-width
     * brackets however it was typed, the bracketed note as it is; "" for none. A note typed across lines
     * is one note.
     */
    public static String titleNote(String typed) {
        String t = oneLine(strip(typed));
        return t == null ? "" : note(t);
    }

    /** The 附件说明's label (§7.3.4: "附件"二字后标全角冒号). */
    public static final String ATTACHMENTS_LABEL = "附件：";

    /**
     * One line of the 附件说明 (§7.3.4): the first opens with {@link #ATTACHMENTS_LABEL}; several
     * attachments are numbered "1." "2." …; one is not numbered.
     *
     * @param label  "附件：" on the first line, "" after it
     * @param number "1." …, or "" for a single attachment
     * @param name   the attachment's name
     */
    public record AttachmentLine(String label, String number, String name) {
        public String text() {
            return label + number + name;
        }
    }

    public static List<AttachmentLine> attachmentNote(List<String> names) {
        List<AttachmentLine> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new AttachmentLine(i == 0 ? ATTACHMENTS_LABEL : "", names.size() == 1 ? "" : (i + 1) + ".", names.get(i)));
        }
        return lines;
    }

    /** §8: "附件"二字及附件顺序号 at the head of each appendix; just "附件" when there is one. */
    public static String appendixLabel(int index, int count) {
        return count == 1 ? "附件" : "附件" + (index + 1);
    }

    /** What a reader hears for a picture without a caption (a model figure carries no other description). */
    public static final String FIGURE_WITHOUT_CAPTION = "插图（文中未给出图题）";

    /**
     * A figure's alternative text, the same in every output (the PDF's Figure /Alt, the DOCX's
     * wp:docPr descr, the portal's alt): its caption, or {@link #FIGURE_WITHOUT_CAPTION}.
     */
    public static String figureAlt(Block.Figure f) {
        return f.caption().isEmpty() ? FIGURE_WITHOUT_CAPTION : f.caption();
    }

    /** 第一章　总则: the chapter's label and title, a full-width space between. */
    public static String chapterLine(Block.Chapter c) {
        return joined(c.label(), c.text());
    }

    /** 第一条　（标题）: the article's label and bracketed caption, set in the level-1 lead face. */
    public static String articleHead(Block.Article a) {
        String caption = strip(a.caption());
        return caption.isEmpty() ? strip(a.label()) : strip(a.label()) + "　（" + caption + "）";
    }

    /** The article's text after its head, a full-width space between ("" for none). */
    public static String articleText(Block.Article a) {
        String t = strip(a.text());
        return t.isEmpty() ? "" : "　" + t;
    }

    /** The issuers as one name, for the 发文机关标志 ("{{issuer}}文件"). */
    public static String issuerNames(List<String> issuers) {
        return String.join("　", issuers);
    }

    /** The issuers listed, for the document's metadata (author) and the portal's 来源. */
    public static String issuerList(List<String> issuers) {
        return String.join("、", issuers);
    }

    /** Text with its line breaks closed up: nothing between Chinese characters, a space between Latin words. */
    public static String oneLine(String text) {
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return LATIN_BREAK.matcher(text).replaceAll(" ").replaceAll("[ \t]*\\R[ \t]*", "");
    }

    private static final Pattern LATIN_BREAK =
            Pattern.compile("(?<=[\\x21-\\x7E])[ \t]*\\R[ \t]*(?=[\\x21-\\x7E])");

    private static String joined(String label, String text) {
        return strip(text).isEmpty() ? strip(label) : strip(label) + "　" + strip(text);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String stripEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end).strip();
    }

    private static String stripStart(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) start++;
        return s.substring(start);
    }
}
