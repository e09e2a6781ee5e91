package org.gongwen.layout;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyle.Align;
import org.gongwen.style.HouseStyle.LineRule;
import org.gongwen.style.HouseStyle.PageNumberStyle;
import org.gongwen.style.HouseStyle.PageSetup;
import org.gongwen.style.HouseStyle.RedHeader;
import org.gongwen.style.HouseStyle.RoleStyle;
import org.gongwen.style.Role;

import java.util.EnumMap;
import java.util.Map;

/** Test fixture: house styles with the GB/T 9704-2012 numbers (../shared/GBT9704.md). */
public final class GbStyles {
    static final double MM = 72 / 25.4;
    public static final double PITCH = 28.95;
    public static final double CHAR = 156 * MM / 28;

    private GbStyles() {}

    public static HouseStyle report() {
        return style("report", null);
    }

    public static HouseStyle redhead() {
        return style("redhead", new RedHeader("{{issuer}}文件", 35 * MM, 4 * MM, 1.0, "FF0000"));
    }

    private static HouseStyle style(String id, RedHeader red) {
        PageSetup page = new PageSetup(210 * MM, 297 * MM, 37 * MM, 35 * MM, 28 * MM, 26 * MM,
                15 * MM, 10 * MM, PITCH, CHAR, 22, 28);
        Map<Role, RoleStyle> roles = new EnumMap<>(Role.class);
        double zi2 = 2 * CHAR;
        for (Role r : Role.values()) roles.put(r, role(r.name(), "仿宋_GB2312", 16, Align.BOTH, zi2, 0, 0, 0, false));
        roles.put(Role.TITLE, role("Title", "方正小标宋简体", 22, Align.CENTER, 0, 0, 0, PITCH, false));
        roles.put(Role.RECIPIENTS, role("Recipients", "仿宋_GB2312", 16, Align.BOTH, 0, 0, 0, 0, false));
        roles.put(Role.HEADING1, role("Heading1", "黑体", 16, Align.BOTH, zi2, 0, 0, 0, true));
        roles.put(Role.HEADING2, role("Heading2", "楷体_GB2312", 16, Align.BOTH, zi2, 0, 0, 0, true));
        roles.put(Role.HEADING3, role("Heading3", "仿宋_GB2312", 16, Align.BOTH, zi2, 0, 0, 0, true));
        roles.put(Role.HEADING4, role("Heading4", "仿宋_GB2312", 16, Align.BOTH, zi2, 0, 0, 0, true));
        roles.put(Role.ATTACHMENTS, role("Attachments", "仿宋_GB2312", 16, Align.BOTH, zi2, 0, PITCH, 0, false));
        roles.put(Role.SIGNATURE, role("Signature", "仿宋_GB2312", 16, Align.RIGHT, 0, zi2, PITCH, 0, false));
        roles.put(Role.DATE, role("Date", "仿宋_GB2312", 16, Align.LEFT, 0, 0, 0, 0, false));
        roles.put(Role.APPENDIX_LABEL, role("AppendixLabel", "黑体", 16, Align.LEFT, 0, 0, 0, 0, false));
        roles.put(Role.APPENDIX_TITLE, role("AppendixTitle", "方正小标宋简体", 22, Align.CENTER, 0, 0, PITCH, PITCH, false));
        roles.put(Role.CHAPTER, role("Chapter", "黑体", 16, Align.CENTER, 0, 0, 0, 0, true));
        roles.put(Role.ARTICLE, role("Article", "黑体", 16, Align.BOTH, zi2, 0, 0, 0, false));
        roles.put(Role.TABLE, role("Table", "仿宋_GB2312", 14, Align.CENTER, 0, 0, 0, 0, false));
        roles.put(Role.ISSUER_MARK, new RoleStyle("IssuerMark", "IssuerMark", "方正小标宋简体", "Times New Roman", 48,
                false, "FF0000", Align.CENTER, 0, 0, 0, 0, 0, LineRule.AUTO, 1, false, false));
        roles.put(Role.DOC_NUMBER, role("DocNumber", "仿宋_GB2312", 16, Align.CENTER, 0, 0, 0, 0, false));
        roles.put(Role.COPY_TO, role("CopyTo", "仿宋_GB2312", 14, Align.BOTH, 0, 0, 0, 0, false));
        roles.put(Role.PRINTED_BY, role("PrintedBy", "仿宋_GB2312", 14, Align.BOTH, 0, 0, 0, 0, false));
        roles.put(Role.PAGE_NUMBER, role("PageNumber", "宋体", 14, Align.RIGHT, 0, 0, 0, 0, false));
        return new HouseStyle(id, page, roles, new PageNumberStyle("宋体", "宋体", 14, 7 * MM, 14, true), red);
    }

    private static RoleStyle role(String id, String face, double size, Align align, double firstIndent,
                                  double rightIndent, double before, double after, boolean keep) {
        return new RoleStyle(id, id, face, "Times New Roman", size, false, "000000", align, firstIndent, 0,
                rightIndent, before, after, LineRule.GRID, 1, keep, false);
    }
}
