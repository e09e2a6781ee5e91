package org.gongwen.check;

import org.gongwen.style.Role;

/** The rule ids of a role's findings ({@link Role#chineseName()} is what a clerk calls it). */
final class RoleNames {
    private RoleNames() {}

    /** Rule-id prefix: "heading1", "body", "issuer-mark". */
    static String id(Role r) {
        return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
