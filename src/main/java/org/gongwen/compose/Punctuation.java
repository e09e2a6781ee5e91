package org.gongwen.compose;

/**
 * GB/T 15834-2011's line rules for full-width marks, written once for the typesetter, the title split
 * and the checker: which marks never start a line (§4.1–4.3: 句号、逗号、顿号、分号、冒号、问号、叹号、
 * 后引号、后括号、后书名号, 连接号 (- ～) and 间隔号, 分隔号 /; 破折号 and 省略号 are kept whole, and gongwen
 * keeps them off a line's start too),
 * which never end one (前引号、前括号、前书名号), and which leave a blank half that may be squeezed.
 * Half-width counterparts follow their full-width marks.
 */
public final class Punctuation {
    private Punctuation() {}

    /** Never at the start of a line. */
    public static final String NOT_AT_LINE_START = "，。、；：？！）》」』”’】〉〕〗］｝—…·％‰～/,.;:?!)]}%-";
    /** Never at the end of a line (§5.1.9: the 分隔号 / neither starts nor ends one). */
    public static final String NOT_AT_LINE_END = "（《「『“‘【〈〔〖［｛([{/";
    /** Full-width marks whose blank half may be squeezed (by up to ½ 字) to keep a line's end even. */
    public static final String SQUEEZABLE = "，。、；：？！（）《》「」『』“”‘’【】〈〉〔〕〖〗";

    public static boolean notAtLineStart(int cp) {
        return NOT_AT_LINE_START.indexOf(cp) >= 0;
    }

    public static boolean notAtLineEnd(int cp) {
        return NOT_AT_LINE_END.indexOf(cp) >= 0;
    }

    public static boolean squeezable(int cp) {
        return SQUEEZABLE.indexOf(cp) >= 0;
    }

    /** A closing mark set in the left half of its 字: squeezed at a line's end, it may overhang by that half. */
    public static boolean isSqueezableClosing(int cp) {
        return squeezable(cp) && notAtLineStart(cp);
    }
}
