package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.compose.Composer;
import org.gongwen.compose.TitleBreaker;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.ArrayList;
import java.util.List;

/**
 * The title's shape: a title that wraps is split by hand where the meaning allows, into a
 * trapezoid or diamond (an upper line no longer than the next); a title too long for one line and
 * left to wrap by itself comes out as an inverted trapezoid.
 */
final class TitleChecks implements DocxChecker.Check {

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        List<String> lines = new ArrayList<>();
        Para first = null;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.TITLE) continue;
            Para p = doc.paragraphs.get(i);
            if (first == null) first = p;
            for (String l : p.lines()) if (!l.isBlank()) lines.add(l.strip());
        }
        if (first == null) {
            out.warning("title-missing", "未找到标题：标题应在正文之前，居中，用" + house.role(Role.TITLE).eastAsiaFont()
                    + Sizes.name(house.role(Role.TITLE).sizePt()), "文首");
            return;
        }
        int perLine = Composer.charsPerLine(house, Role.TITLE);
        for (String l : lines) {
            if (Text.widthZi(l) > perLine) {
                out.error("title-wrap", "标题一行最多排" + Sizes.points(perLine) + "字，“" + l + "”过长会自动换行成上长下短；"
                        + "请在意义完整处手动换行（Shift+Enter），使上行不长于下行", first.where());
                return;
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i), b = lines.get(i + 1);
            if (isWordChar(a.charAt(a.length() - 1)) && isWordChar(b.charAt(0))) {
                out.error("title-break", "标题不能在数字或英文单词中间断行：“" + a + "”与“" + b + "”之间，请调整断行位置", first.where());
            }
        }
        TitleBreakRule.check(lines, out);
        shape(lines, perLine, first.where(), out);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (last.endsWith("。") || last.endsWith(".")) {
            out.warning("title-punctuation", "标题末尾不加句号", first.where());
        }
    }

    /**
     * §7.3.1: a trapezoid or diamond. Judged by the title split the writers use ({@link TitleBreaker}):
     * lines of another shape are reported when that split finds a shaped one for the same words (and
     * suggested); when the meaning leaves no shaped split, the lines stand.
     */
    static void shape(List<String> lines, int perLine, String where, FindingList out) {
        if (lines.size() < 2 || TitleBreaker.isTrapezoidOrDiamond(lines)) return;
        List<String> better = TitleBreaker.split(String.join("", lines), perLine);
        if (!TitleBreaker.isTrapezoidOrDiamond(better)) return;
        out.error("title-shape", "标题上行（" + Text.zi(Text.widthZi(lines.get(0))) + "字）长于下行（"
                + Text.zi(Text.widthZi(lines.get(1))) + "字），应排成上短下长的梯形或菱形，可断为“"
                + String.join("／", better) + "”", where);
    }

    static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
