package org.gongwen.check;

import org.gongwen.check.DocxDocument.Para;
import org.gongwen.model.BadInputException;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.RunProps;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.ActiveContent;
import org.gongwen.style.HouseStyle;
import org.gongwen.style.HouseStyleReader;
import org.gongwen.style.Role;
import org.gongwen.style.Sizes;

import java.util.List;
import java.util.Map;

/**
 * Validates a house template (templates/README.md) before it is used or accepted as an upload:
 * the contract — every role's style present, faces set in the East Asian slot, the placeholders,
 * as errors; departures from the numbers of GB/T 9704 (paper, margins, a grid that does not fill the
 * type area, 22 x 28, faces and sizes of title, headings and body, the page numbers' form and place) as
 * warnings, since a bureau may choose its own. Stateless and thread-safe.
 */
public final class TemplateValidator {
    /** Whole-paragraph and inline placeholders every template holds. */
    private static final List<String> PLACEHOLDERS = List.of("{{title}}", "{{body}}", "{{signature}}", "{{appendices}}");
    /** A red header's mark may be the bureau's letterhead as it is ("某某市人民政府文件"), without {{issuer}}. */
    private static final List<String> RED_HEADER_PLACEHOLDERS = List.of("{{docNumber}}");
    private static final List<Role> STANDARD_ROLES = List.of(Role.TITLE, Role.HEADING1, Role.HEADING2, Role.HEADING3,
            Role.HEADING4, Role.BODY, Role.SIGNATURE, Role.DATE);

    private final long maxUnpackedBytes;

    /** Validates templates that unpack to at most {@link DocxPackage#DEFAULT_MAX_UNPACKED_BYTES}. */
    public TemplateValidator() {
        this(DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /** @param maxUnpackedBytes what a template package may unpack to, all its parts together */
    public TemplateValidator(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * The findings for a template; errors mean it must be refused. Active content (links out of the
     * package, macros, OLE objects, ActiveX controls, embedded files) is an error each, named.
     *
     * @throws BadInputException when the bytes are not a readable DOCX at all (the package's codes,
     *         {@link DocxPackage#read(byte[], long)}, or {@code docx-unreadable})
     */
    public List<Finding> validate(byte[] templateDocx) {
        DocxPackage pkg = DocxPackage.read(templateDocx, maxUnpackedBytes);
        FindingList out = new FindingList();
        for (ActiveContent a : ActiveContent.in(pkg)) {
            out.error("template-active-content", "模板含有" + a.zh() + "，用它排版的每份公文都会带上；请在 Word 中删除后另存为不含宏的 .docx",
                    "模板文件");
        }
        WordPackage word = new WordPackage(pkg);
        DocxDocument doc = DocxDocument.read(word);
        boolean stylesOk = styles(doc, out);
        placeholders(doc, out);
        if (!stylesOk) return out.toList();
        HouseStyle style;
        try {
            style = HouseStyleReader.read("uploaded", word);
        } catch (BadInputException e) {
            out.error("template-invalid", e.messageZh(), "模板");
            return out.toList();
        }
        grid(style, out);
        standard(style, out);
        // page numbers other than GB/T 9704's "— N —" are the house's to choose, like its faces: warnings
        Role[] none = new Role[doc.paragraphs.size()];
        FindingList pageNumbers = new FindingList();
        new PageNumberChecks().run(doc, none, Gbt9704.plain(), pageNumbers);
        for (Finding f : pageNumbers.toList()) out.warning(f.rule(), "按 GB/T 9704：" + f.message(), f.location());
        return out.toList();
    }

    /** Every role's style exists (by id, or by name as Word localises ids) and names its Chinese face in w:eastAsia. */
    private static boolean styles(DocxDocument doc, FindingList out) {
        boolean ok = true;
        for (Map.Entry<Role, String[]> e : HouseStyleReader.CONTRACT.entrySet()) {
            String id = e.getValue()[0], name = e.getValue()[1];
            String found = HouseStyleReader.styleIdOf(e.getKey(), doc.styles);
            if (found == null) {
                out.error("template-style-missing", "模板缺少样式“" + name + "”（样式标识 " + id + "），用于" + e.getKey().chineseName()
                        + "；请从 report.docx 复制该样式", "样式");
                ok = false;
                continue;
            }
            if (e.getKey() == Role.PAGE_NUMBER) continue;
            RunProps run = doc.styles.run(found, null);
            String eastAsia = run.eastAsia(), ascii = run.latin();
            boolean latinHoldsChinese = ascii != null && Faces.of(ascii) != Faces.OTHER;
            if (eastAsia == null) {
                out.error("template-east-asian-font", "样式“" + name + "”没有设置中文字体"
                        + (latinHoldsChinese ? "（“" + ascii + "”只设在西文字体中）" : "") + "；请在样式的“字体”对话框中设置“中文字体”", "样式");
            } else if (latinHoldsChinese && Faces.of(ascii) != Faces.of(eastAsia)) {
                out.error("template-east-asian-font", "样式“" + name + "”的“" + ascii + "”只设在西文字体中，中文实际显示为“" + eastAsia
                        + "”；请在样式的“字体”对话框中把“中文字体”设为" + ascii, "样式");
            }
        }
        return ok;
    }

    private static void placeholders(DocxDocument doc, FindingList out) {
        StringBuilder all = new StringBuilder();
        boolean redHeader = false;
        String[] mark = HouseStyleReader.CONTRACT.get(Role.ISSUER_MARK);
        for (Para p : doc.paragraphs) {
            all.append(p.text()).append('\n');
            if (mark[0].equals(p.styleId()) || mark[1].equals(p.styleName())) redHeader = true;
        }
        List<String> wanted = redHeader ? java.util.stream.Stream.concat(PLACEHOLDERS.stream(), RED_HEADER_PLACEHOLDERS.stream()).toList()
                : PLACEHOLDERS;
        for (String ph : wanted) {
            if (all.indexOf(ph) < 0) {
                out.error("template-placeholder-missing", "模板缺少占位符 " + ph + "，gongwen 无处填入相应内容；请参照 report.docx 补上", "正文");
            }
        }
    }

    /**
     * The grid fills the type area: lines x line pitch = its height, characters x pitch = its width. A
     * warning: a house whose grid leaves a remainder (a Word default page, exact 28 pt lines) keeps it.
     */
    private static void grid(HouseStyle style, FindingList out) {
        HouseStyle.PageSetup p = style.page();
        double lines = p.typeAreaHeightPt() / p.linePitchPt();
        if (p.linePitchPt() <= 0 || Math.abs(lines - Math.rint(lines)) > 0.1) {
            out.warning("template-grid", "文档网格与页边距不一致：版心高" + Sizes.points(p.typeAreaHeightPt()) + "磅，行距" + Sizes.points(p.linePitchPt())
                    + "磅，排" + Sizes.points(lines) + "行；请在页面设置的文档网格中重新指定每页行数", "页面设置");
        }
        double chars = p.typeAreaWidthPt() / p.charPitchPt();
        if (p.charPitchPt() <= 0 || Math.abs(chars - Math.rint(chars)) > 0.1) {
            out.warning("template-grid", "文档网格与页边距不一致：版心宽" + Sizes.points(p.typeAreaWidthPt()) + "磅，字距" + Sizes.points(p.charPitchPt())
                    + "磅，排" + Sizes.points(chars) + "字；请在页面设置的文档网格中重新指定每行字数", "页面设置");
        }
    }

    /** GB/T 9704's numbers: warnings, a bureau may keep its own. */
    private static void standard(HouseStyle style, FindingList out) {
        HouseStyle gb = Gbt9704.plain();
        HouseStyle.PageSetup p = style.page(), want = gb.page();
        double mm = Sizes.mmToPt(1);
        if (Math.abs(p.widthPt() - want.widthPt()) > mm || Math.abs(p.heightPt() - want.heightPt()) > mm) {
            out.warning("template-gbt9704", "GB/T 9704 规定A4纸（210×297毫米），模板为" + Sizes.mm(p.widthPt()) + "×" + Sizes.mm(p.heightPt()) + "毫米", "页面设置");
        }
        if (Math.abs(p.topPt() - want.topPt()) > mm || Math.abs(p.leftPt() - want.leftPt()) > mm
                || Math.abs(p.typeAreaWidthPt() - want.typeAreaWidthPt()) > mm || Math.abs(p.typeAreaHeightPt() - want.typeAreaHeightPt()) > mm) {
            out.warning("template-gbt9704", "GB/T 9704 规定天头37毫米、订口28毫米、版心156×225毫米，模板为天头" + Sizes.mm(p.topPt()) + "毫米、订口"
                    + Sizes.mm(p.leftPt()) + "毫米、版心" + Sizes.mm(p.typeAreaWidthPt()) + "×" + Sizes.mm(p.typeAreaHeightPt()) + "毫米", "页面设置");
        }
        if (p.linesPerPage() != want.linesPerPage() || p.charsPerLine() != want.charsPerLine()) {
            out.warning("template-gbt9704", "GB/T 9704 规定每页22行、每行28字，模板为每页" + p.linesPerPage() + "行、每行" + p.charsPerLine() + "字", "页面设置");
        }
        for (Role r : STANDARD_ROLES) {
            HouseStyle.RoleStyle have = style.role(r), should = gb.role(r);
            if (Faces.of(have.eastAsiaFont()) != Faces.of(should.eastAsiaFont()) || Math.abs(have.sizePt() - should.sizePt()) > 0.26) {
                out.warning("template-gbt9704", "GB/T 9704 规定" + r.chineseName() + "用" + should.eastAsiaFont() + Sizes.name(should.sizePt())
                        + "，模板样式“" + have.styleName() + "”为" + have.eastAsiaFont() + Sizes.name(have.sizePt()), "样式");
            }
        }
    }
}
