package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of issuing organs (发文机关): 紫金县卫生健康局, 上海市人民政府办公厅, 奉贤区海绵城市推进组. */
final class Organs {
    private static final String SUFFIX = "(?:人民政府|政府|委员会|常委会|管委会|办公室|办公厅|办事处|党委|党组|工委|纪委|局|厅|委|部|署|院|中心|办|所|站|队|公司|集团|学校|大学|学院|医院|馆|社|协会|学会|联合会|小组|指挥部|推进组|领导小组)";
    private static final Pattern ORGAN = Pattern.compile("^[\\p{IsHan}（）]{1,30}" + SUFFIX + "$");
    /** An organ opening a title and followed by the year: 紫金县卫生健康局2025年…报告. */
    private static final Pattern LEADING = Pattern.compile("^(\\p{IsHan}{2,30}?" + SUFFIX + ")(?=\\d{4}|[〇○一二三四五六七八九]{4}年)");

    private Organs() {}

    static boolean isOrgan(String s) {
        return s.length() >= 3 && s.length() <= 40 && ORGAN.matcher(s).matches() && !s.endsWith("网站");
    }

    /**
     * The organs a title names: the joint-issuer prefix before 关于 ("上海市生态环境局 上海市规划和自然资源局关于…"),
     * or the organ before the year in a report title; empty when the title names none.
     */
    static List<String> inTitle(String title) {
        int about = title.indexOf("关于");
        if (about > 0) {
            List<String> parts = new ArrayList<>();
            for (String p : title.substring(0, about).split("[ 、，,]+")) if (!p.isBlank()) parts.add(p.strip());
            if (!parts.isEmpty() && parts.stream().allMatch(Organs::isOrgan)) return parts;
            return List.of();
        }
        Matcher m = LEADING.matcher(title);
        return m.find() ? List.of(m.group(1)) : List.of();
    }
}
