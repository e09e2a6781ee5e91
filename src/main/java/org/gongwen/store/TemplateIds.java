package org.gongwen.store;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Template and bureau ids. A name is 1 to 40 lowercase letters, digits or hyphens; a template id is a
 * name (the deployment's: bundled, hand-placed or the operator's) or {@code bureau/name} (a bureau's own).
 */
public final class TemplateIds {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");
    /** Words the API puts after a template's id; no template may be called by them. */
    public static final Set<String> RESERVED = Set.of("versions", "publish", "rollback", "diff", "history");

    private TemplateIds() {}

    public static boolean isName(String s) {
        return s != null && NAME.matcher(s).matches();
    }

    /** Whether {@code id} is a well-formed template id (it may still name nothing). */
    public static boolean isTemplateId(String id) {
        if (id == null) return false;
        int slash = id.indexOf('/');
        if (slash < 0) return isName(id);
        return isName(id.substring(0, slash)) && isName(id.substring(slash + 1));
    }

    /** The bureau of a template id, or null for the deployment's own. */
    public static String bureauOf(String templateId) {
        int slash = templateId.indexOf('/');
        return slash < 0 ? null : templateId.substring(0, slash);
    }

    /** The id of a bureau's template. */
    public static String of(String bureauId, String name) {
        return bureauId == null ? name : bureauId + "/" + name;
    }

    /** The template id, if it is one that may be stored; INVALID {@code invalid-template-id} if not. */
    public static String checkStorable(String templateId) {
        if (!isTemplateId(templateId)) {
            throw new BadInputException(Fault.UNREADABLE, "invalid-template-id",
                    "模板名只能由小写字母、数字和连字符组成（1 至 40 个字符），单位的模板写作“单位/模板名”，例如 zijin-wsj/redhead",
                    "a template id is a name of 1 to 40 lowercase letters, digits or hyphens, or bureau/name, e.g. zijin-wsj/redhead");
        }
        String name = templateId.substring(templateId.indexOf('/') + 1);
        if (RESERVED.contains(name)) {
            throw new BadInputException(Fault.INVALID, "reserved-template-name",
                    "“" + name + "”是接口的保留字，不能作模板名，请换一个名字。",
                    "\"" + name + "\" is reserved by the API; choose another template name.");
        }
        return templateId;
    }

    /** The bureau id, if well formed; UNREADABLE {@code invalid-bureau-id} if not. */
    public static String checkBureau(String bureauId) {
        if (!isName(bureauId)) {
            throw new BadInputException(Fault.UNREADABLE, "invalid-bureau-id",
                    "单位代号只能由小写字母、数字和连字符组成（1 至 40 个字符），例如 zijin-wsj",
                    "a bureau id is 1 to 40 lowercase letters, digits or hyphens, e.g. zijin-wsj");
        }
        return bureauId;
    }
}
