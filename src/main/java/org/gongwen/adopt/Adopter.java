package org.gongwen.adopt;

import org.gongwen.adopt.HouseLearner.House;
import org.gongwen.adopt.RoleFinder.Found;
import org.gongwen.check.Finding;
import org.gongwen.check.TemplateValidator;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.RenderCancelled;
import org.gongwen.ooxml.DocxPackage;
import org.gongwen.ooxml.WordPackage;
import org.gongwen.style.HouseTemplate;
import org.gongwen.style.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Adopts a bureau's own official document (its 红头 file, last year's report) as a house template:
 * finds each role's paragraph ({@link RoleFinder}), learns its formatting ({@link HouseLearner}), keeps
 * the letterhead as it is and turns the content into placeholders ({@link TemplateWriter}), takes what
 * the document lacks from GB/T 9704, and reports it all ({@link Reporter}). The template is read back
 * as any template is (HouseTemplate, TemplateValidator) before it is handed out. Stateless.
 */
public final class Adopter {
    private Adopter() {}

    /**
     * Adopts {@code docx} as the template {@code templateId}.
     *
     * @throws BadInputException the package's own refusals ({@code DocxPackage.read}); {@code adopt-no-title}
     *         or {@code adopt-no-body} (INVALID) when the document has no title or no body text to learn from
     */
    public static Adoption adopt(String templateId, byte[] docx, long maxUnpackedBytes) {
        DocxPackage pkg = DocxPackage.read(docx, maxUnpackedBytes);
        byte[] template;
        Found found;
        House house;
        List<String> removed = new ArrayList<>(TemplateWriter.leftBehind(pkg));
        BureauDocument doc;
        try {
            doc = new BureauDocument(new WordPackage(pkg));
            if (doc.section == null || doc.sectPr == null || org.gongwen.ooxml.Ooxml.child(doc.sectPr, "pgSz") == null) {
                throw new BadInputException(Fault.INVALID, "adopt-no-page-setup", "文档没有页面设置（纸张大小、页边距），无法学到版面。请在 Word 中打开“页面设置”确认后另存为 .docx",
                        "the document has no page set-up (paper size, margins)");
            }
            found = new RoleFinder(doc).find();
            house = new HouseLearner(doc, found).learn();
            String title = found.first(Role.TITLE).quote();
            template = new TemplateWriter(doc, found, house, removed).write("本单位公文模板（学自“" + title + "”）");
        } catch (BadInputException | RenderCancelled e) {
            throw e;
        } catch (WordPackage.UnreadablePart e) {
            throw new BadInputException(Fault.UNREADABLE, "docx-unreadable", "文档的 " + e.part() + " 无法解析，请在 Word 中打开后另存为 .docx 再试",
                    e.part() + " is not well-formed XML", e);
        }
        HouseTemplate adopted = HouseTemplate.load(templateId, template, maxUnpackedBytes);
        List<Finding> errors = new TemplateValidator(maxUnpackedBytes).validate(template).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            // what learning could not make into a template (a case the learner does not know yet): said, never a 500
            throw new BadInputException(Fault.INVALID, "adopt-incomplete", "无法从该文档生成符合约定的模板："
                    + String.join("；", errors.stream().map(Finding::message).toList())
                    + "。请在 Word 中按提示修改文档后重新上传，或从 report.docx 开始修改",
                    "the template learned from the document breaks the template contract (" + errors.size() + " errors)");
        }
        return new Adoption(template, Reporter.report(templateId, doc, found, house, adopted.style(), removed));
    }
}
