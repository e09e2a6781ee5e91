package org.gongwen.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a government portal wraps around an article when it is copied: 发布时间/来源/阅读人次 lines,
 * 【字体：大 中 小】, 打印本页/关闭窗口, "今天是…" banners, breadcrumbs, 索引号 metadata tables and the
 * site footer (主办/建设与维护/联系地址/网站地图/切换到电脑版). Recognises it on normalized lines and
 * keeps what it carries that a document needs (publication date, source, issuer, 文号, 成文日期).
 */
final class PortalChrome {
    /** Metadata a portal line carried; null fields were not there. */
    static final class Carried {
        LocalDate publishDate, date;
        String source, issuer, docNumber;
        final Set<String> unreadableDates = new LinkedHashSet<>();
    }

    private static final String C = "[:：]";
    /** Tokens that are chrome wherever they stand; a line made only of them is dropped. */
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            "(?:发布时间|发布日期|发稿时间|更新时间|发布于)" + C + "?\\s*[0-9０-９年月日:：\\-./ 　]*",
            "(?:来源|信息来源|文章来源)" + C + "\\s*[^\\s]{0,30}",
            "(?:作者|编辑|责任编辑|审核|发布人)" + C + "\\s*[^\\s]{0,20}",
            "(?:阅读人次|阅读次数|浏览次数|点击数|点击次数|访问次数|访问量|浏览量|阅读量)" + C + "?\\s*[\\d\\-]*(?:次)?",
            "[【\\[]?\\s*字[体号]" + C + "?\\s*(?:[大中小]\\s*){0,3}[】\\]]?",
            "[【\\[]?\\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享|保存|纠错)\\s*[】\\]]?",
            "扫一扫(?:在手机打开当前页|分享到手机)?", "分享到\\S*", "返回顶部", "打印本页", "关闭窗口",
            "[【\\[]\\s*[大中小]\\s*[】\\]]"));
    /** Every token holds one of these; lines without any skip the token scan. */
    private static final String[] TOKEN_WORDS = {"发布", "发稿", "更新时间", "来源", "作者", "编辑", "审核", "阅读", "浏览",
            "点击", "访问", "字体", "字号", "打印", "关闭", "收藏", "分享", "保存", "纠错", "扫一扫", "返回顶部", "【", "["};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜/·]");
    private static final Pattern BANNER = Pattern.compile("^(?:今天是|今天是：|当前位置|您现在的位置|您所在的位置|当前的位置|首页\\s*[>＞»]).*");
    /** Keys of the 索引号 table many portals put above an article. */
    private static final Pattern META_KEYS = Pattern.compile(
            "(索引号|索取号|主题分类|信息分类|体裁分类|组配分类|服务对象|分类|发布机构|发文机关|发文单位|所属机构|成文日期|生成日期|发布日期|公开日期|文号|发文字号|主题词|关键词|有效性|公开方式|公开范围|公开时限|标题|名称)" + C);
    private static final Pattern META_LINE = Pattern.compile(
            "^(?:索引号|索取号|主题分类|信息分类|发布机构|发文机关|发文单位|所属机构|成文日期|生成日期|公开日期|文号|发文字号|主题词|有效性|公开方式)" + C + ".*");
    /** Markers that only a site footer carries. */
    private static final Pattern FOOTER_STRONG = Pattern.compile(
            "主办" + C + "|主办单位|承办" + C + "|建设与维护|运行维护|技术支持|网站地图|版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|切换到电脑版|切换到手机版|电脑版|手机版|网站声明|关于我们|联系我们|无障碍|适老化|返回顶部");
    /** Lines a footer has that a body may also have (联系电话 ends many notices): dropped only beside a strong marker. */
    private static final Pattern FOOTER_WEAK = Pattern.compile("^(?:联系地址|地址|联系电话|电话|邮政编码|邮编|传真|电子邮箱|邮箱|网址)" + C + ".*");

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布时间|发布日期|发稿时间|发布于)" + C + "?\\s*([^\\s来阅作浏点]+(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|信息来源|文章来源)" + C + "\\s*([^\\s]{1,30})");

    /** Chrome lines are short; a long line is text, whatever words it holds. */
    private static final int LONGEST_CHROME = 160;

    private PortalChrome() {}

    /** True when the line is nothing but chrome (header tokens, banners, 索引号 metadata). */
    static boolean isChrome(String line) {
        // chrome is short and has no sentence punctuation; this spares the token scan for body text
        if (line.length() > LONGEST_CHROME || line.indexOf('，') >= 0 || line.indexOf('。') >= 0) return false;
        if (BANNER.matcher(line).matches() || META_LINE.matcher(line).matches()) return true;
        if (Arrays.stream(TOKEN_WORDS).noneMatch(line::contains)) return false;
        String rest = SEPARATORS.matcher(TOKENS.matcher(line).replaceAll("")).replaceAll("");
        return rest.isEmpty() && !line.isBlank();
    }

    /** Keeps the metadata a chrome line carries. */
    static void carry(String line, Carried into) {
        Matcher pub = PUBLISHED.matcher(line);
        if (pub.find() && into.publishDate == null) {
            String value = pub.group(1);
            DateReader.first(value).ifPresentOrElse(d -> into.publishDate = d, () -> {
                if (DateReader.unreadableDateLine(value.strip())) into.unreadableDates.add(value.strip());
            });
        }
        Matcher src = SOURCE.matcher(line);
        if (src.find() && into.source == null) into.source = src.group(1);
        if (!META_LINE.matcher(line).matches()) return;
        Matcher m = META_KEYS.matcher(line);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) keys.add(new int[]{m.start(), m.end()});
        for (int k = 0; k < keys.size(); k++) {
            String key = line.substring(keys.get(k)[0], keys.get(k)[1] - 1);
            int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : line.length();
            String value = line.substring(keys.get(k)[1], end).strip();
            if (value.isEmpty()) continue;
            switch (key) {
                case "发布机构", "发文机关", "发文单位" -> { if (into.issuer == null) into.issuer = value; }
                case "文号", "发文字号" -> { if (into.docNumber == null && !value.equals("无")) into.docNumber = value; }
                case "成文日期", "生成日期" -> DateReader.first(value).ifPresent(d -> { if (into.date == null) into.date = d; });
                case "发布日期", "公开日期" -> DateReader.first(value).ifPresent(d -> { if (into.publishDate == null) into.publishDate = d; });
                default -> { }
            }
        }
    }

    /**
     * How many lines at the end are site footer: the trailing run of footer-like lines, counted
     * only when it holds a marker no document body would (主办, 网站地图, ICP备 …).
     */
    static int footerLength(List<String> lines) {
        int start = lines.size();
        boolean strong = false;
        while (start > 0) {
            String l = lines.get(start - 1);
            boolean isStrong = FOOTER_STRONG.matcher(l).find() && l.length() <= 80;
            if (!isStrong && !FOOTER_WEAK.matcher(l).matches() && !isChrome(l)) break;
            strong |= isStrong;
            start--;
        }
        return strong ? lines.size() - start : 0;
    }
}
