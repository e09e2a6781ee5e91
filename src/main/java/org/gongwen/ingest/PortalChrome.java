package org.gongwen.ingest;

import org.gongwen.model.Labels;
import org.gongwen.model.Warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a government portal wraps around an article when it is copied: 发布时间/来源/阅读人次 lines,
 * 【字体：大 中 小】, 打印本页/关闭窗口, 扫一扫, 分享到, 上一篇/下一篇, "今天是…" banners, breadcrumbs, the
 * 信息公开 metadata table (索引号 / 发布机构 / 发文字号 / 成文日期 …: pairs on a line, one key per line with
 * its value on the next, cells between "|" or tabs), 相关链接 lists and the site footer (主办/建设与维护/
 * 联系地址/网站地图/切换到电脑版). Recognises it on normalized lines and keeps what it carries that a
 * document needs (publication date, source, issuer, 文号, 成文日期, the title as a fallback).
 */
final class PortalChrome {
    /** Metadata a portal line carried; null fields were not there. */
    static final class Carried {
        LocalDate publishDate, date;
        String source, issuer, docNumber, title;
        /** Metadata that could not be read, as warnings, in the order met. */
        final Set<Warning> warnings = new LinkedHashSet<>();
    }

    private static final String C = "[:：]";
    private static final String DATE_CHARS = "[0-9０-９年月日:：\\-./ 　]*";
    /** Tokens that are chrome wherever they stand; a line made only of them is dropped. */
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            "(?:发布时间|发布日期|发稿时间|更新时间|发布于|归档时间|归档日期)" + C + "?\\s*" + DATE_CHARS,
            "(?<!\\p{IsHan})(?:时间|日期)" + C + "\\s*" + DATE_CHARS,
            "(?:来源|信息来源|文章来源|稿件来源|新闻来源)" + C + "\\s*[^\\s】\\]]{0,30}",
            "[【\\[]?\\s*(?:作者|编辑|责任编辑|审核|发布人)" + C + "\\s*[^\\s】\\]]{0,20}\\s*[】\\]]?",
            "(?:阅读人次|阅读次数|浏览次数|点击数|点击次数|访问次数|访问量|浏览量|阅读量)" + C + "?\\s*[\\d\\-]*(?:次)?",
            "[【\\[]?\\s*字[体号](?:大小)?" + C + "?\\s*(?:[【\\[]?\\s*[大中小]?\\s*[】\\]]?\\s*){0,4}",
            "[【\\[]?\\s*(?:打印本页|打印|关闭窗口|关闭本页|关闭|收藏|分享|保存|纠错)\\s*[】\\]]?",
            "视力保护色" + C + "?\\s*(?:[【\\[]?\\s*\\S{1,4}?\\s*[】\\]]?\\s*){0,6}",
            "扫一扫(?:在手机(?:上)?打开(?:当前页|本页)?|分享到手机|(?:用)?手机(?:阅读|浏览|打开))?",
            "(?:用)?手机扫(?:码|一扫)(?:阅读|打开|浏览)?(?:当前页|本页)?",
            "分享到\\S*", "返回顶部", "打印本页", "关闭窗口",
            "[【\\[]\\s*[大中小]\\s*[】\\]]"));
    /** A line that is only 时间：… or 日期：… may be a body line (a meeting's date): chrome only beside other chrome. */
    private static final Pattern WEAK_ONLY = Pattern.compile("^(?:时间|日期)" + C + "\\s*" + DATE_CHARS + "$");
    /** Every token holds one of these; lines without any skip the token scan. */
    private static final String[] TOKEN_WORDS = {"发布", "发稿", "更新时间", "归档", "时间", "日期", "来源", "作者", "编辑", "审核",
            "阅读", "浏览", "点击", "访问", "字体", "字号", "打印", "关闭", "收藏", "分享", "保存", "纠错", "扫一扫", "扫码",
            "视力保护色", "返回顶部", "【", "["};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜/·]");
    private static final Pattern BANNER = Pattern.compile("^(?:今天是|当前位置|您现在的位置|您所在的位置|当前的位置|首页\\s*[>＞»]).*");
    /** 上一篇：… / 下一篇：… : the titles of the portal's other articles. */
    private static final Pattern NEIGHBOURS = Pattern.compile("^[【\\[]?(?:上一篇|下一篇|上一条|下一条)[】\\]]?(?:" + C + ".*)?$");
    /** 分享到：微信 微博 QQ空间 … */
    private static final Pattern SHARE = Pattern.compile("^(?:分享到|分享至|分享)" + C + "?(?:[\\s|、，,]*(?:微信好友|微信朋友圈|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|人人网|豆瓣|复制链接|今日头条|抖音|钉钉|更多|[+＋]))*\\s*$");
    /** Heads a list of links to the portal's other articles, below the article. */
    private static final Pattern RELATED = Pattern.compile(
            "^[【\\[]?(?:相关链接|相关阅读|相关新闻|相关文章|相关稿件|相关信息|相关解读)[】\\]]?" + C + "?$");
    /** Markers that only a site footer carries. */
    private static final Pattern FOOTER_STRONG = Pattern.compile(
            "主办" + C + "|主办单位|承办" + C + "|建设与维护|运行维护|技术支持|网站地图|版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|切换到电脑版|切换到手机版|电脑版|手机版|网站声明|关于我们|联系我们|无障碍|适老化|返回顶部");
    /** Lines a footer has that a body may also have (联系电话 ends many notices): dropped only beside a strong marker. */
    private static final Pattern FOOTER_WEAK = Pattern.compile("^(?:联系地址|地址|联系电话|电话|邮政编码|邮编|传真|电子邮箱|邮箱|网址)" + C + ".*");

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布时间|发布日期|发稿时间|发布于|(?<!\\p{IsHan})(?:时间|日期))" + C + "?\\s*([^\\s来阅作浏点字]+(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|信息来源|文章来源|稿件来源|新闻来源)" + C + "\\s*([^\\s】\\]]{1,30})");

    /** Chrome lines are short; a long line is text, whatever words it holds. */
    private static final int LONGEST_CHROME = 160;

    private PortalChrome() {}

    /** True when the line is nothing but chrome (header tokens, banners, metadata pairs, share and neighbour links). */
    static boolean isChrome(String line) {
        if (line.length() > LONGEST_CHROME) return false;
        if (Metadata.isPairLine(line)) return true;
        if (line.length() >= 3 && "上下【[".indexOf(line.charAt(0)) >= 0 && NEIGHBOURS.matcher(line).matches()) return true;
        // chrome is short and has no sentence punctuation; this spares the token scan for body text
        if (line.indexOf('，') >= 0 || line.indexOf('。') >= 0) return false;
        if (BANNER.matcher(line).matches() || SHARE.matcher(line).matches()) return true;
        if (Arrays.stream(TOKEN_WORDS).noneMatch(line::contains)) return false;
        String rest = SEPARATORS.matcher(TOKENS.matcher(line).replaceAll("")).replaceAll("");
        return rest.isEmpty() && !line.isBlank() && !WEAK_ONLY.matcher(line).matches();
    }

    /** Keeps the metadata a chrome line carries. */
    static void carry(String line, Carried into) {
        if (Metadata.isPairLine(line)) {
            Metadata.carryPairs(Metadata.parse(line), into);
            return;
        }
        Matcher pub = PUBLISHED.matcher(line);
        if (pub.find() && into.publishDate == null) {
            String value = pub.group(1);
            DateReader.first(value).ifPresentOrElse(d -> into.publishDate = d, () -> {
                if (DateReader.unreadableDateLine(value.strip())) {
                    into.warnings.add(new Warning("unreadable-date", "无法识别发布时间“" + value.strip() + "”，未采用"));
                }
            });
        }
        Matcher src = SOURCE.matcher(line);
        if (src.find() && into.source == null) into.source = src.group(1);
    }

    /**
     * The lines (indexes into {@code lines}) that belong to a portal's metadata table, its values
     * carried into {@code into}: pair lines (索引号：… 发布机构：…, also with half-width colons, several
     * a line, or cells between "|"), keys alone on a line with their value on the next, keys whose
     * value is empty. A key a document body may also open a line with (标题, 名称, 关键词 …) counts only
     * within such a table. Non-line pieces are "\0".
     */
    static boolean[] metadata(List<String> lines, Carried into) {
        return Metadata.find(lines, into);
    }

    /** True (and its values carried) when a table is a metadata table: key and value cells, keys known. */
    static boolean metadataTable(List<List<String>> rows, Carried into) {
        List<Metadata.Pair> all = new ArrayList<>();
        for (List<String> row : rows) {
            List<Metadata.Pair> pairs = Metadata.cells(row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
            if (pairs == null || pairs.isEmpty()) return false;
            all.addAll(pairs);
        }
        if (all.size() < 2 || all.stream().noneMatch(p -> Metadata.STRONG.contains(p.key()))) return false;
        Metadata.carryPairs(all, into);
        return true;
    }

    /**
     * How many lines at the end are site footer: the trailing run of footer-like lines, counted
     * only when it holds a marker no document body would (主办, 网站地图, ICP备 …), or a 相关链接 list
     * and what follows it.
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
        int footer = strong ? lines.size() - start : 0;
        return Math.max(footer, relatedLength(lines, strong ? start : lines.size()));
    }

    /**
     * The 相关链接 list that ends the page: its heading and everything after it, when all of that is
     * short link titles (no sentence in them), chrome or footer.
     */
    private static int relatedLength(List<String> lines, int footerStart) {
        int related = -1;
        for (int k = footerStart - 1; k >= 0; k--) {
            String l = lines.get(k);
            if (RELATED.matcher(l).matches()) { related = k; break; }   // the last such heading: what is above it stays
            boolean linkLike = l.length() <= 100 && l.indexOf('。') < 0 && l.indexOf('；') < 0 && !l.equals("\u0000");
            if (!linkLike) break;
        }
        return related < 0 ? 0 : lines.size() - related;
    }

    /** The 信息公开 metadata table: its keys, what each carries, and how its lines are read. */
    static final class Metadata {
        enum Kind { ID, NUMBER, ORGAN, MADE, PUBLISHED, OTHER_DATE, SOURCE, SHORT, TITLE, TEXT }

        record Pair(String key, String value) {}

        private static final Map<String, Kind> KEYS = new HashMap<>();
        /** Keys no body line opens with: a line of one of them with its colon is metadata wherever it stands. */
        private static final Set<String> STRONG = Set.of("索引号", "索取号", "信息索引号", "主题分类", "信息分类", "体裁分类", "组配分类",
                "发布机构", "发文机关", "发文机构", "发文单位", "所属机构", "成文日期", "生成日期", "发文日期", "公开日期", "文号", "发文字号",
                "文件编号", "主题词", "有效性", "公开方式", "公开形式", "公开范围", "公开类别", "公开属性", "载体类型", "记录形式", "公开时限", "公开目录",
                "是否有效", "时效性", "效力状态");
        static {
            for (String k : List.of("索引号", "索取号", "信息索引号")) KEYS.put(k, Kind.ID);
            for (String k : List.of("文件编号", "发文字号", "文号", "发布文号")) KEYS.put(k, Kind.NUMBER);
            for (String k : List.of("发布机构", "发文机关", "发文机构", "发文单位", "所属机构", "发布单位", "制发机关", "成文机关")) KEYS.put(k, Kind.ORGAN);
            for (String k : List.of("成文日期", "发文日期", "生成日期", "签发日期", "印发日期")) KEYS.put(k, Kind.MADE);
            for (String k : List.of("发布日期", "公开日期", "发布时间", "公开时间")) KEYS.put(k, Kind.PUBLISHED);
            for (String k : List.of("生效时间", "生效日期", "实施日期", "施行日期", "废止时间", "废止日期", "失效日期", "失效时间",
                    "失效/废止日期", "归档时间", "归档日期", "更新时间", "更新日期")) KEYS.put(k, Kind.OTHER_DATE);
            for (String k : List.of("来源", "信息来源", "稿件来源")) KEYS.put(k, Kind.SOURCE);
            for (String k : List.of("主题分类", "组配分类", "体裁分类", "信息分类", "分类", "载体类型", "记录形式", "公开类别", "公开方式",
                    "公开形式", "公开范围", "公开时限", "公开目录", "公开属性", "有效性", "时效性", "是否有效", "效力状态", "主题词", "关键词",
                    "关键字", "服务对象", "语种", "浏览次数", "访问量", "点击数")) KEYS.put(k, Kind.SHORT);
            for (String k : List.of("标题", "名称", "信息名称", "文件名称")) KEYS.put(k, Kind.TITLE);
            for (String k : List.of("内容描述", "内容概述", "摘要", "内容摘要")) KEYS.put(k, Kind.TEXT);
        }
        private static final String KEY_ALTERNATION = String.join("|",
                KEYS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k)).toList());
        /** A key at a cell's start (line start, after a space, bullet or "|"), then its colon, or a space/"|"/the end. */
        private static final Pattern KEY_AT = Pattern.compile(
                "(?<![^\\s|｜•·▪])(" + KEY_ALTERNATION + ")\\s*(?:(" + C + ")|(?=[\\s|｜]|$))");
        /** What may stand before a line's first key: spaces, list bullets, a table's bar. */
        private static final String LEADING_CHARS = " \t•·▪|｜";
        private static final Pattern CELL_SPLIT = Pattern.compile("\\s*[|｜]\\s*");
        /** The keys by their first character: a line that opens with none of them is no metadata line. */
        private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();
        static {
            for (String k : KEYS.keySet()) BY_FIRST.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
        }
        private static final Pattern ID_VALUE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z/\\-_.]{1,60}$");
        private static final Pattern ORGAN_VALUE = Pattern.compile("^[\\p{IsHan}（）、 ]{2,40}$");
        private static final Pattern DATE_VALUE = Pattern.compile("^[0-9〇○零一二三四五六七八九十年月日\\-./:： ]{4,30}$");
        private static final Pattern NO_VALUE = Pattern.compile("^(?:无|暂无|-|—|－|/)$");

        private Metadata() {}

        /** A line made of metadata pairs by itself: with a key no body line opens with, and its colon or a second key. */
        static boolean isPairLine(String line) {
            List<Parsed> p = parseAll(line);
            if (p == null) return false;
            // one key at least that no body line opens with (发布时间：… 来源：… is a header line, read by its tokens);
            // without colons ("索取号 1144/2025 发布机构 某局": a table's tabs become spaces) two keys at least
            if (p.stream().noneMatch(x -> STRONG.contains(x.key))) return false;
            return p.size() >= 2 || p.getFirst().colon;
        }

        static List<Pair> parse(String line) {
            List<Parsed> p = parseAll(line);
            return p == null ? List.of() : p.stream().map(x -> new Pair(x.key, x.value)).toList();
        }

        private record Parsed(String key, String value, boolean colon) {}

        /** The pairs of a line that opens with a key (after bullets or "|"); null when it does not. */
        private static List<Parsed> parseAll(String line) {
            int from = 0;
            while (from < line.length() && LEADING_CHARS.indexOf(line.charAt(from)) >= 0) from++;
            if (from >= line.length() || !opensWithKey(line, from)) return null;
            if (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
                List<Pair> pairs = cells(Arrays.stream(CELL_SPLIT.split(line.substring(from))).filter(c -> !c.isBlank()).toList());
                if (pairs == null || pairs.stream().noneMatch(x -> STRONG.contains(x.key))) return null;
                return pairs.stream().map(x -> new Parsed(x.key, x.value, true)).toList();
            }
            Matcher m = KEY_AT.matcher(line).region(from, line.length());
            m.useTransparentBounds(true);
            if (!m.lookingAt()) return null;
            // the keys of one line all have their colon or none has: without it, a key word inside a value is a word
            boolean colons = m.group(2) != null;
            List<Parsed> out = new ArrayList<>();
            int valueFrom = m.end();
            String key = m.group(1);
            while (true) {
                boolean more;
                while ((more = m.find()) && (m.group(2) != null) != colons) { }
                out.add(new Parsed(key, line.substring(valueFrom, more ? m.start() : line.length()).strip(), colons));
                if (!more) break;
                key = m.group(1);
                valueFrom = m.end();
            }
            return out;
        }

        private static boolean opensWithKey(String line, int from) {
            List<String> keys = BY_FIRST.get(line.charAt(from));
            if (keys == null) return false;
            for (String k : keys) if (line.startsWith(k, from)) return true;
            return false;
        }

        /** Key and value cells ("索引号", "1144/2025", "发布机构", "某局"); an empty value when a key follows a key. */
        static List<Pair> cells(List<String> cells) {
            List<Pair> out = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                String key = keyOf(cells.get(k));
                if (key == null) return null;
                String value = "";
                if (k + 1 < cells.size() && keyOf(cells.get(k + 1)) == null) value = cells.get(++k);
                out.add(new Pair(key, value));
            }
            return out;
        }

        /** The key a cell holds ("发布机构", "发布机构：" ), null when it is not one. */
        private static String keyOf(String cell) {
            String c = cell.strip();
            if (c.endsWith("：") || c.endsWith(":")) c = c.substring(0, c.length() - 1).strip();
            return KEYS.containsKey(c) ? c : null;
        }

        /** See {@link PortalChrome#metadata}. */
        static boolean[] find(List<String> lines, Carried into) {
            int n = lines.size();
            boolean[] meta = new boolean[n];
            List<Parsed>[] parsed = parsedLines(lines);
            if (parsed == null) return meta;
            // lines that are metadata by themselves
            for (int i = 0; i < n; i++) {
                if (parsed[i] != null && (isPairLine(lines.get(i)) || isStrongBareKey(parsed[i]))) meta[i] = true;
            }
            // lines of keys beside them (a key, its value line, the next key): a forward and a backward sweep
            // reach every key line of a table (linear, whatever the input)
            for (int i = 0; i < n; i++) if (!meta[i] && parsed[i] != null && near(meta, i)) meta[i] = true;
            for (int i = n - 1; i >= 0; i--) if (!meta[i] && parsed[i] != null && near(meta, i)) meta[i] = true;
            Map<String, Integer> counts = null;
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!meta[i] || parsed[i] == null) continue;
                List<Parsed> p = parsed[i];
                for (int k = 0; k < p.size() - 1; k++) pairs.add(new Pair(p.get(k).key, p.get(k).value));
                Parsed last = p.getLast();
                String value = last.value;
                int next = i + 1;
                if (value.isEmpty() && next < n && !meta[next] && parsed[next] == null) {
                    String candidate = lines.get(next);
                    Kind kind = KEYS.get(last.key);
                    if (kind == Kind.TITLE || kind == Kind.TEXT) {
                        if (counts == null) counts = counts(lines);
                        boolean repeated = counts.getOrDefault(Normalizer.tight(candidate), 0) > 1;
                        // an empty 内容概述 right above the title or the body: neither is its value, unless
                        // the page prints that line again below (then the copy in the table goes)
                        if (fits(kind, candidate) && (repeated || kind == Kind.TITLE)) {
                            value = candidate;
                            meta[next] = true;
                        }
                    } else if (fits(kind, candidate)) {
                        value = candidate;
                        meta[next] = true;
                    }
                }
                pairs.add(new Pair(last.key, value));
            }
            carryPairs(pairs, into);
            return meta;
        }

        @SuppressWarnings("unchecked")
        private static List<Parsed>[] parsedLines(List<String> lines) {
            List<Parsed>[] parsed = null;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.length() > 400) continue;
                List<Parsed> p = parseAll(l);
                if (p == null) continue;
                if (parsed == null) parsed = new List[lines.size()];
                parsed[i] = p;
            }
            return parsed;
        }

        private static boolean isStrongBareKey(List<Parsed> p) {
            return p.size() == 1 && p.getFirst().value.isEmpty() && STRONG.contains(p.getFirst().key);
        }

        /** A metadata line within two lines (a key, its value, this key). */
        private static boolean near(boolean[] meta, int i) {
            for (int d = 1; d <= 2; d++) {
                if (i - d >= 0 && meta[i - d] || i + d < meta.length && meta[i + d]) return true;
            }
            return false;
        }

        private static Map<String, Integer> counts(List<String> lines) {
            Map<String, Integer> counts = new HashMap<>();
            for (String l : lines) counts.merge(Normalizer.tight(l), 1, Integer::sum);
            return counts;
        }

        /** Whether a line can be the value of a key standing alone on the line above it. */
        private static boolean fits(Kind kind, String v) {
            if (v.equals("\u0000")) return false;
            String t = Normalizer.tight(v);
            if (NO_VALUE.matcher(t).matches()) return true;
            return switch (kind) {
                case ID -> ID_VALUE.matcher(t).matches();
                case NUMBER -> t.length() <= 30 && t.endsWith("号") && !t.contains("。");
                case ORGAN -> ORGAN_VALUE.matcher(v).matches() && !titleOf(v);
                case MADE, PUBLISHED, OTHER_DATE -> DATE_VALUE.matcher(v).matches() && v.chars().anyMatch(Character::isDigit)
                        || DateReader.first(v).isPresent() && v.length() <= 30;
                case SOURCE, SHORT -> t.length() <= 30 && noSentence(t) && !titleOf(v) && noLabel(t);
                case TITLE -> t.length() <= 150 && !t.contains("。");
                case TEXT -> t.length() <= 400;
            };
        }

        /** A document's title ("某某县人民政府工作规则", "关于…的通知"), not keywords ("防汛 通知") or a name. */
        private static boolean titleOf(String v) {
            String t = Normalizer.tight(v);
            return StructureDetector.namesKind(t) && (t.contains("关于") || t.length() >= 8 && v.indexOf(' ') < 0);
        }

        private static boolean noSentence(String t) {
            return t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf('；') < 0 && t.indexOf('：') < 0;
        }

        private static boolean noLabel(String t) {
            return Labels.heading(t).isEmpty() && Labels.chapter(t).isEmpty() && Labels.article(t).isEmpty();
        }


        /** Keeps what the pairs carry: 文号, issuer, 成文日期, 发布日期, source, title; unreadable dates as warnings. */
        static void carryPairs(List<Pair> pairs, Carried into) {
            for (Pair p : pairs) {
                String value = Normalizer.tight(p.value);
                if (value.isEmpty() || NO_VALUE.matcher(value).matches()) continue;
                Kind kind = KEYS.get(p.key);
                if (kind == null) continue;
                switch (kind) {
                    case NUMBER -> { if (into.docNumber == null) into.docNumber = value; }
                    case ORGAN -> { if (into.issuer == null && !value.endsWith("网站") && !value.endsWith("网")) into.issuer = value; }
                    case MADE -> date(p.key, p.value, into).ifPresent(d -> { if (into.date == null) into.date = d; });
                    case PUBLISHED -> date(p.key, p.value, into).ifPresent(d -> { if (into.publishDate == null) into.publishDate = d; });
                    case SOURCE -> { if (into.source == null) into.source = value; }
                    // a fallback only when it reads as a title: never what makes a paste too long to import
                    case TITLE -> { if (into.title == null && value.length() <= 100 && value.indexOf('。') < 0) into.title = value; }
                    default -> { }
                }
            }
        }

        private static Optional<LocalDate> date(String key, String value, Carried into) {
            Optional<LocalDate> d = DateReader.first(value);
            if (d.isEmpty()) {
                into.warnings.add(new Warning("unreadable-date", "无法识别页面信息中的" + key + "“" + value.strip()
                        + "”，未采用；请核对日期，按“2025年1月20日”的格式填写"));
            }
            return d;
        }
    }
}
