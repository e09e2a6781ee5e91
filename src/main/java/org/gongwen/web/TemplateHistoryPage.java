package org.gongwen.web;

import org.gongwen.TemplateHistory;
import org.gongwen.store.Publication;
import org.gongwen.store.Version;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the history page shows of a template's {@link TemplateHistory}, in a clerk's words, newest first. */
record TemplateHistoryPage(List<Row> versions, List<Event> publications) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** A kept version: its short and full hash, when and by whom, how it was made, whether it is in use. */
    record Row(String shortHash, String hash, String created, String author, String made, String size, boolean published) {}

    /** A publish or unpublish. */
    record Event(String at, String what, String author) {}

    static TemplateHistoryPage of(TemplateHistory h) {
        List<Row> rows = h.versions().reversed().stream().map(v -> new Row(v.hash().substring(0, 12), v.hash(),
                TIME.format(v.created()), v.author(), v.adopted() ? "由本单位公文生成" : "上传的模板",
                String.format("%.1f KB", v.size() / 1024.0), v.hash().equals(h.published()))).toList();
        List<Event> events = h.publications().reversed().stream().map(p -> new Event(TIME.format(p.at()),
                p.hash() == null ? "停止发布" : "发布 " + p.hash().substring(0, 12), p.author())).toList();
        return new TemplateHistoryPage(rows, events);
    }

    /**
     * The two versions to compare: those asked for when both are this template's, else the one published now
     * (or the newest) and the one published before it (or the version kept before it). {from, to}; from is
     * null when there is only one version.
     */
    static String[] pair(TemplateHistory h, String from, String to) {
        List<String> kept = h.versions().stream().map(Version::hash).toList();
        if (from != null && to != null && kept.contains(from) && kept.contains(to)) return new String[]{from, to};
        String now = h.published() != null ? h.published() : kept.getLast();
        List<Publication> done = h.publications();
        for (int i = done.size() - 1; i >= 0; i--) {
            String earlier = done.get(i).hash();
            if (earlier != null && !earlier.equals(now)) return new String[]{earlier, now};
        }
        int at = kept.indexOf(now);
        return new String[]{at > 0 ? kept.get(at - 1) : null, now};
    }
}
