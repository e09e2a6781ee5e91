package org.gongwen.ingest;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic numbering, which {@code getText()} leaves out: counts paragraphs per list and
 * level in document order and writes their label as Word shows it (一、 （一） 1. （1）), so that
 * auto-numbered drafts reach the detector with the labels a clerk sees.
 */
final class DocxNumbering {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFDocument docx) {
        this.numbering = docx.getNumbering();
    }

    /** The label Word shows before this paragraph; "" when it is not numbered (or only bulleted). */
    String label(XWPFParagraph para) {
        BigInteger numId = para.getNumID();
        if (numbering == null || numId == null) return "";
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) return "";
        int ilvl = para.getNumIlvl() == null ? 0 : Math.min(8, para.getNumIlvl().intValue());
        CTLvl[] levels = abs.getCTAbstractNum().getLvlArray();
        if (ilvl >= levels.length) return "";
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        count[ilvl] = count[ilvl] == 0 ? start(levels[ilvl]) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < 9; deeper++) count[deeper] = 0;
        String text = levels[ilvl].getLvlText() == null ? "" : levels[ilvl].getLvlText().getVal();
        if (text == null || format(levels[ilvl]).equals("bullet")) return "";
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int k = text.charAt(++i) - '1';
                if (k >= 0 && k < levels.length) {
                    int value = count[k] == 0 ? start(levels[k]) : count[k];
                    label.append(render(value, format(levels[k])));
                }
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static String render(int value, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                 "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand" -> ChineseNumerals.format(value);
            default -> Integer.toString(value);
        };
    }
}
