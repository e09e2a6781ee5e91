package org.gongwen;

import org.gongwen.store.Publication;
import org.gongwen.store.Version;

import java.util.List;

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
}
