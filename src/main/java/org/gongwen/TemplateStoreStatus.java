package org.gongwen;

import java.time.Instant;

/**
 * How the template store looked at the last refresh.
 *
 * @param where     the store, without credentials; null when there is none (template changes are off)
 * @param loaded    whether its published templates have been loaded at least once (a replica that
 *                  started while its database was down serves bundled templates only until then)
 * @param up        whether the last refresh reached it
 * @param revision  the store's revision loaded
 * @param templates how many of its published templates are loaded
 * @param checked   when it was last asked
 * @param error     why the last refresh failed, or null
 */
public record TemplateStoreStatus(String where, boolean loaded, boolean up, long revision, int templates,
                                  Instant checked, String error) {
    static final TemplateStoreStatus NONE = new TemplateStoreStatus(null, true, true, 0, 0, null, null);
}
