package org.gongwen.check;

import org.gongwen.style.Role;

/** What a clerk calls each role, for messages. */
public final class RoleNames {
    private RoleNames() {}

    public static String of(Role r) {
        return switch (r) {
            case TITLE -> "标题";
            case RECIPIENTS -> "主送机关";
            case HEADING1 -> "一级标题";
            case HEADING2 -> "二级标题";
            case HEADING3 -> "三级标题";
            case HEADING4 -> "四级标题";
            case BODY -> "正文";
            case ATTACHMENTS -> "附件说明";
            case SIGNATURE -> "发文机关署名";
            case DATE -> "成文日期";
            case NOTE -> "附注";
            case APPENDIX_LABEL -> "附件标识";
            case APPENDIX_TITLE -> "附件标题";
            case CHAPTER -> "章标题";
            case ARTICLE -> "条标题";
            case TABLE -> "表格文字";
            case ISSUER_MARK -> "发文机关标志";
            case DOC_NUMBER -> "发文字号";
            case COPY_TO -> "抄送";
            case PRINTED_BY -> "印发机关和印发日期";
            case PAGE_NUMBER -> "页码";
        };
    }

    /** Rule-id prefix: "heading1", "body", "issuer-mark". */
    static String id(Role r) {
        return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
