package org.gongwen.adopt;

import java.util.List;

/**
 * What adoption learned from a bureau's document: per role where its formatting came from (a
 * paragraph of the document, quoted by its first characters, or GB/T 9704 where the document has no
 * such paragraph), the page set-up, and every number in which the house departs from GB/T 9704 (kept,
 * never corrected: the office decides). Serialises to JSON as it stands (the API's answer, the CLI's
 * {@code --json}).
 *
 * @param templateId  the id the template is stored under
 * @param redHeader   whether the house has a red 版头 (发文机关标志, 发文字号, red rule)
 * @param page        the page set-up learned, one line
 * @param pageNumbers the page-number form and place learned, one line
 * @param roles       every role of the template contract, in the contract's order
 * @param departures  the house's numbers that differ from GB/T 9704
 * @param removed     what the document carried that no template may (macros, OLE objects, links out of
 *                    the package, comments …), left out of the template; one line each
 */
public record AdoptionReport(String templateId, boolean redHeader, String page, String pageNumbers,
                             List<RoleReport> roles, List<Departure> departures, List<String> removed) {

    public AdoptionReport {
        roles = List.copyOf(roles);
        departures = List.copyOf(departures);
        removed = List.copyOf(removed);
    }

    /**
     * One role of the house.
     *
     * @param role    the role's name in {@link org.gongwen.style.Role} (TITLE, HEADING1 …)
     * @param name    the role in Chinese (标题, 一级标题 …)
     * @param learned true: taken from the document; false: the document has no such paragraph, GB/T 9704's
     * @param from    where it was learned ("第3段“一、总体要求”", "页脚", "版记表格"), or null
     * @param style   what the role looks like, one line in Chinese (face, size, colour, alignment, indents, spacing)
     */
    public record RoleReport(String role, String name, boolean learned, String from, String style) {}

    /**
     * A number in which the house departs from GB/T 9704.
     *
     * @param what    what it is about (正文行距, 页码样式 …)
     * @param house   the house's value, in words and numbers
     * @param gbt9704 what GB/T 9704 gives, with its clause
     */
    public record Departure(String what, String house, String gbt9704) {}

    /** The report as a clerk reads it: one line per role, then the departures and what was left out. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("模板 ").append(templateId).append("（").append(redHeader ? "红头" : "普通").append("）\n");
        s.append("页面：").append(page).append('\n');
        s.append("页码：").append(pageNumbers).append('\n');
        s.append("各要素：\n");
        for (RoleReport r : roles) {
            s.append("  ").append(r.name()).append("：").append(r.style());
            s.append(r.learned() ? "（学自" + r.from() + "）" : "（文档中没有，按 GB/T 9704）");
            s.append('\n');
        }
        if (departures.isEmpty()) {
            s.append("与 GB/T 9704 一致，没有偏离。\n");
        } else {
            s.append("与 GB/T 9704 不同之处（已按本单位的文档保留，请办公室确认）：\n");
            for (Departure d : departures) {
                s.append("  ").append(d.what()).append("：本单位 ").append(d.house()).append("；GB/T 9704 ").append(d.gbt9704()).append('\n');
            }
        }
        if (!removed.isEmpty()) {
            s.append("未带入模板的内容：\n");
            for (String r : removed) s.append("  ").append(r).append('\n');
        }
        return s.toString();
    }
}
