package org.gongwen.style;

/**
 * What a paragraph is in a 公文, and so which named style of the house template it takes.
 * The template contract (templates/README.md) names the style for each role.
 */
public enum Role {
    TITLE("标题"),
    RECIPIENTS("主送机关"),
    HEADING1("一级标题"), // 一、 黑体
    HEADING2("二级标题"), // （一） 楷体
    HEADING3("三级标题"), // 1. 仿宋
    HEADING4("四级标题"), // （1） 仿宋
    BODY("正文"),
    ATTACHMENTS("附件说明"),
    SIGNATURE("发文机关署名"),
    DATE("成文日期"),
    NOTE("附注"),
    APPENDIX_LABEL("附件标识"), // 附件1
    APPENDIX_TITLE("附件标题"),
    CHAPTER("章标题"), // 第一章
    ARTICLE("条标题"), // 第一条
    TABLE("表格文字"),
    ISSUER_MARK("发文机关标志"), // red header
    DOC_NUMBER("发文字号"),
    COPY_TO("抄送"), // 版记
    PRINTED_BY("印发机关和印发日期"), // 版记
    PAGE_NUMBER("页码");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    /** What a clerk calls the role ("正文", "一级标题"), for messages and for a template's history. */
    public String chineseName() {
        return chineseName;
    }

    /** The heading role of a level 1..4. */
    public static Role heading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            case 3 -> HEADING3;
            case 4 -> HEADING4;
            default -> throw new IllegalArgumentException("heading level must be 1..4: " + level);
        };
    }
}
