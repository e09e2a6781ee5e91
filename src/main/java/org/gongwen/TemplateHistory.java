package org.gongwen;

import org.gongwen.store.Publication;
import org.gongwen.store.Version;

import java.util.List;
import java.util.Objects;

/**
 * A stored template's history: every version kept (oldest first), every publish and unpublish
 * (oldest first), and the version published now (null: none, renders use a bundled or hand-placed
 * template of the same id if there is one).
 */
public record TemplateHistory(String id, List<Version> versions, List<Publication> publications, String published) {
    public TemplateHistory {
        versions = List.copyOf(versions);
        publications = List.copyOf(publications);
    }

    /** The version a rollback would publish now ({@link Gongwen#rollbackTemplate}), or null when there is none. */
    public String rollbackTarget() {
        return rollbackTarget(publications, published);
    }

    /**
     * The rollback rule: the version first published before the one published now (versions in the order
     * they were first published, so each rollback goes one further back); with none published, the one
     * last published.
     */
    static String rollbackTarget(List<Publication> done, String now) {
        List<String> published = done.stream().map(Publication::hash).filter(Objects::nonNull).toList();
        if (now == null) return published.isEmpty() ? null : published.getLast();
        List<String> firstPublished = published.stream().distinct().toList();
        int at = firstPublished.indexOf(now);
        return at > 0 ? firstPublished.get(at - 1) : null;
    }
}
