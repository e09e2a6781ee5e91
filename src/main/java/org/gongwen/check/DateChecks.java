package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.compose.ChineseDate;
import org.gongwen.model.ChineseNumerals;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates: the 成文日期 in Arabic numerals with the full year and no zero padding (2025年1月20日);
 * the 发文字号's year in 〔〕 with no 第 and no leading zero; zero-padded dates in the text.
 */
final class DateChecks implements DocxChecker.Check {
    private static final Pattern GOOD = Pattern.compile("^\\d{4}年[1-9]\\d?月[1-9]\\d?日$");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*(?:年|[-./])\\s*(\\d{1,2})\\s*(?:月|[-./])\\s*(\\d{1,2})\\s*日?");
    private static final Pattern CHINESE = Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern PADDED_IN_TEXT = Pattern.compile("\\d{4}年0\\d月|月0\\d日");
    private static final Pattern GOOD_DOC_NUMBER = Pattern.compile("〔\\d{4}〕[1-9]\\d*号");

    @Override
    public void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out) {
        for (int i = 0; i < roles.length; i++) {
            Para p = doc.paragraphs.get(i);
            if (roles[i] == Role.DATE) {
                String t = p.text().replace("\u3000", "").strip();
                if (!GOOD.matcher(t).matches()) {
                    String fixed = corrected(t);
                    out.error("date-form", "成文日期应用阿拉伯数字写全年份，月、日不补零，写作“" + (fixed == null ? "2025年1月20日" : fixed)
                            + "”，此处为“" + t + "”", p.where());
                }
            } else if (roles[i] == Role.DOC_NUMBER) {
                String t = p.text().strip();
                if (!GOOD_DOC_NUMBER.matcher(t).find()) {
                    out.error("doc-number-form", "发文字号的年份应写全并用六角括号“〔〕”，序号不编虚位、不加“第”，如“钟卫健发〔2025〕12号”，此处为“"
                            + t + "”", p.where());
                }
            } else if (roles[i] != null && !p.isEmpty()) {
                Matcher m = PADDED_IN_TEXT.matcher(p.text());
                if (m.find()) {
                    out.warning("date-padding", "日期中的月、日不补零（如“1月5日”），此处有“" + m.group() + "”", p.where());
                }
            }
        }
    }

    /** The date written as GB/T 9704 wants, or null when it cannot be read. */
    static String corrected(String t) {
        Matcher m = NUMERIC.matcher(t);
        if (m.find()) return ChineseDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = CHINESE.matcher(t);
        if (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) year.append(c == '〇' || c == '○' || c == '零' ? 0 : ChineseNumerals.parse(String.valueOf(c)));
            return ChineseDate.of(Integer.parseInt(year.toString()), ChineseNumerals.parse(m.group(2)), ChineseNumerals.parse(m.group(3)));
        }
        return null;
    }
}
