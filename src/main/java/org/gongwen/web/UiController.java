package org.gongwen.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Rendered;
import org.gongwen.adopt.Adoption;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.TemplateLibrary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import java.util.Locale;

/**
 * The clerk's format check and templates pages, server-rendered and working without JavaScript (the way
 * from a paste to the files is {@link ReviewController}'s). Only an adopted template waiting for 确认保存
 * is held on the server ({@link AdoptedTemplates}).
 */
@Controller
public class UiController {
    private final Gongwen gongwen;
    private final DocumentInput input;
    private final Renderer renderer;
    private final TemplatePreviews templatePreviews;
    private final AdminToken adminToken;
    private final TokenGuesses tokenGuesses;
    private final AdoptedTemplates adoptedTemplates;
    private final TemplatesPage templatesPage;

    public UiController(Gongwen gongwen, DocumentInput input, Renderer renderer, TemplatePreviews templatePreviews,
                        AdminToken adminToken, TokenGuesses tokenGuesses, AdoptedTemplates adoptedTemplates,
                        TemplatesPage templatesPage) {
        this.gongwen = gongwen;
        this.input = input;
        this.renderer = renderer;
        this.templatePreviews = templatePreviews;
        this.adminToken = adminToken;
        this.tokenGuesses = tokenGuesses;
        this.adoptedTemplates = adoptedTemplates;
        this.templatesPage = templatesPage;
    }

    @GetMapping("/check")
    public String checkPage(Model model) {
        model.addAttribute("templates", templatesPage.names());
        model.addAttribute("template", TemplateLibrary.DEFAULT_ID);
        return "ui/check";
    }

    /**
     * The format checker: an uploaded draft's findings against GB/T 9704 and the chosen template. With
     * {@code reset} (the button 检查并按模板重新排版) a Word draft is also set anew in the template, in the
     * same request: a file input does not survive a page, so a second step would need the upload again.
     */
    @PostMapping("/check")
    public String check(@RequestPart(required = false) MultipartFile file,
                        @RequestParam(defaultValue = TemplateLibrary.DEFAULT_ID) String template,
                        @RequestParam(required = false) String reset, Model model) {
        model.addAttribute("templates", templatesPage.names());
        model.addAttribute("template", template);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        model.addAttribute("report", CheckReport.of(template, input.check(file, template)));
        if (reset != null) resetDraft(file, template, model);
        return "ui/check";
    }

    /**
     * The draft as gongwen sets it in the template (a DOCX), checked again: what remains is shown as it
     * is (a numbering gap is kept as written). The DOCX is downloaded through /download from the model.
     */
    private void resetDraft(MultipartFile file, String template, Model model) {
        if (!String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".docx")) {
            model.addAttribute("resetError", "只有 Word 草稿（.docx）可以按模板重新排版；PDF 请回到原稿修改后重新导出。");
            return;
        }
        try {
            OfficialDocument document = input.read(file, null);
            Rendered docx = renderer.render(document, template, Format.DOCX);
            model.addAttribute("resetReport", CheckReport.of(template,
                    renderer.check(Downloads.baseName(document) + ".docx", docx.bytes(), template)));
            model.addAttribute("resetNotes", java.util.stream.Stream.concat(document.warnings().stream(),
                    docx.warnings().stream()).distinct().toList());
            model.addAttribute("modelJson", gongwen.toJson(document));
        } catch (BadInputException e) {
            // the draft's own findings stay on the page; only the re-set is refused
            model.addAttribute("resetError", "无法按模板重新排版：" + e.messageZh());
        }
    }

    @GetMapping("/templates")
    public String templates(@RequestParam(required = false) String saved, Model model) {
        // after 确认保存: said only of a template that is there
        if (listTemplates(model).has(saved)) model.addAttribute("saved", saved);
        return "ui/templates";
    }

    /**
     * A bureau's own document becomes its house template, step 1: with the admin token, adopt it (stores
     * nothing) and show what was learned and the specimen typeset with it; the template waits in
     * {@link AdoptedTemplates} for the confirmation.
     */
    @PostMapping("/templates/adopt")
    public String adopt(@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String id,
                        @RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        checkAdmin(token, request);
        if (file == null || file.isEmpty()) {
            throw new BadInputException(Fault.UNREADABLE, "no-content", "请选择本单位的一份正式公文（.docx）。",
                    "Upload the bureau's document (.docx).");
        }
        String templateId = id == null ? "" : id.strip();
        Adoption adoption = renderer.adopt(templateId, input.bytes(file));
        model.addAttribute("replaces", listTemplates(model).has(templateId));
        model.addAttribute("report", adoption.report());
        model.addAttribute("key", adoptedTemplates.hold(templateId, adoption.template()));
        try {
            model.addAttribute("preview", templatePreviews.adopted(templateId, adoption.template()));
        } catch (BadInputException e) {
            model.addAttribute("previewError", e.messageZh());
        }
        return "ui/templates";
    }

    /** Step 2: 确认保存 stores the adopted template held under {@code key}, then back to the list. */
    @PostMapping("/templates/store")
    public String store(@RequestParam(required = false) String key) {
        AdoptedTemplates.Held held = adoptedTemplates.take(key);
        gongwen.storeTemplate(held.templateId(), held.template());
        templatePreviews.forget(held.templateId());
        return "redirect:/templates?saved=" + held.templateId();
    }

    private TemplatesPage.Listing listTemplates(Model model) {
        TemplatesPage.Listing listing = templatesPage.listing();
        model.addAllAttributes(listing.attributes());
        return listing;
    }

    /**
     * The admin token typed into the form, checked as {@link AdminTokenFilter} checks the API's (the
     * same limit on wrong guesses), before the upload is read.
     */
    private void checkAdmin(String token, HttpServletRequest request) {
        if (!templatesPage.changesOn()) {
            throw new BadInputException(Fault.FORBIDDEN, "template-changes-off",
                    "本服务没有开启模板上传：需要管理员在配置中设置 gongwen.admin-token 和 gongwen.templates.dir。",
                    "Template changes are off: gongwen.admin-token and gongwen.templates.dir must be set.");
        }
        try {
            tokenGuesses.check(adminToken, request.getRemoteAddr(), "Bearer " + (token == null ? "" : token.strip()));
        } catch (BadInputException e) {
            if (e.fault() != Fault.UNAUTHORIZED) throw e;
            // the API's message speaks of the Authorization header; the clerk typed it into a field
            throw new BadInputException(Fault.UNAUTHORIZED, e.code(), "管理员令牌不正确，请向管理员确认后重新输入。",
                    e.messageEn());
        }
    }

}
