package org.gongwen.check;

/**
 * One thing a document or template does wrong against GB/T 9704 or the house style.
 *
 * @param rule     stable rule id (kebab-case, e.g. {@code body-face}); clients group and filter by it
 * @param severity {@link Severity#ERROR} breaks the standard or the house style; a
 *                 {@link Severity#WARNING} is worth a look but may be intended
 * @param message  Chinese, for a clerk: what is expected and what was found, e.g.
 *                 "正文字体应为仿宋_GB2312三号，此处为宋体小四"
 * @param location where: "第12段“一、总体要求”", "第3页", "页脚", "页面设置"
 */
public record Finding(String rule, Severity severity, String message, String location) {

    public enum Severity {
        ERROR, WARNING;

        /** "error" / "warning", as printed and in JSON. */
        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public static Finding error(String rule, String message, String location) {
        return new Finding(rule, Severity.ERROR, message, location);
    }

    public static Finding warning(String rule, String message, String location) {
        return new Finding(rule, Severity.WARNING, message, location);
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
