package org.gongwen.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Rendered;
import org.gongwen.TemplateChange;
import org.gongwen.TemplateHistory;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.store.TemplateIds;
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
 * from a paste to the files is {@link ReviewController}'s). Nothing is held between requests, so any replica
 * answers the next step: an adopted template waiting for 确认发布 is an unpublished version in the store,
 * and a template's pages carry a signed ticket for it ({@link UiTickets}), never the token typed in.
 */
@Controller
public class UiController {
    private final Gongwen gongwen;
    private final DocumentInput input;
    private final Renderer renderer;
    private final TemplatePreviews templatePreviews;
    private final TemplateAccess access;
    private final TokenGuesses tokenGuesses;
    private final TemplatesPage templatesPage;
    private final UiTickets tickets;

    public UiController(Gongwen gongwen, DocumentInput input, Renderer renderer, TemplatePreviews templatePreviews,
                        TemplateAccess access, TokenGuesses tokenGuesses, TemplatesPage templatesPage, UiTickets tickets) {
        this.tickets = tickets;
        this.gongwen = gongwen;
        this.input = input;
        this.renderer = renderer;
        this.templatePreviews = templatePreviews;
        this.access = access;
        this.tokenGuesses = tokenGuesses;
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
        // after 确认发布: said only of a template that is there
        if (listTemplates(model).has(saved)) model.addAttribute("saved", saved);
        return "ui/templates";
    }

    /**
     * A bureau's own document becomes its house template, step 1: with a token that may change the
     * template, adopt it and keep it as a new version, unpublished; show what was learned, the specimen
     * typeset with it and, when the template is published already, what would change. The version is in
     * the shared store, so step 2 may reach any replica.
     */
    @PostMapping("/templates/adopt")
    public String adopt(@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String id,
                        @RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        String templateId = id == null ? "" : id.strip();
        TemplateAccess.Caller caller = checkToken(token, templateId, request);
        if (file == null || file.isEmpty()) {
            throw new BadInputException(Fault.UNREADABLE, "no-content", "请选择本单位的一份正式公文（.docx）。",
                    "Upload the bureau's document (.docx).");
        }
        TemplateChange change = renderer.putTemplate(templateId, input.bytes(file), caller.author(), false);
        byte[] kept = gongwen.templateVersion(templateId, change.version());
        model.addAttribute("replaces", listTemplates(model).has(templateId));
        model.addAttribute("report", change.report());
        model.addAttribute("templateId", templateId);
        model.addAttribute("version", change.version());
        model.addAttribute("ticket", tickets.issue(caller, templateId));
        String published = gongwen.publishedVersion(templateId);
        if (published != null && !published.equals(change.version())) {
            model.addAttribute("changes", gongwen.templateDiff(templateId, gongwen.templateVersion(templateId, published), kept));
        }
        try {
            model.addAttribute("preview", templatePreviews.adopted(templateId, kept));
        } catch (BadInputException e) {
            model.addAttribute("previewError", e.messageZh());
        }
        return "ui/templates";
    }

    /** Step 2, and the history's 发布 button: publishes a kept version, then back where it was asked from. */
    @PostMapping("/templates/publish")
    public String publish(@RequestParam(required = false) String id, @RequestParam(required = false) String version,
                          @RequestParam(required = false) String ticket, @RequestParam(required = false) String back,
                          HttpServletRequest request, Model model) {
        String templateId = id == null ? "" : id.strip();
        TemplateAccess.Caller caller = checkTicket(ticket, templateId, request);
        gongwen.publishTemplate(templateId, version, caller.author());
        if ("history".equals(back)) {
            model.addAttribute("done", "已发布版本 " + short12(version) + "，各副本数秒内生效。");
            return showHistory(templateId, ticket, null, null, model);
        }
        return "redirect:/templates?saved=" + templateId;
    }

    /** The history's 回退 button: {@link Gongwen#rollbackTemplate} (the version first published before the current one). */
    @PostMapping("/templates/rollback")
    public String rollback(@RequestParam(required = false) String id, @RequestParam(required = false) String ticket,
                           HttpServletRequest request, Model model) {
        String templateId = id == null ? "" : id.strip();
        TemplateAccess.Caller caller = checkTicket(ticket, templateId, request);
        String now = gongwen.rollbackTemplate(templateId, caller.author());
        model.addAttribute("done", "已回退到版本 " + short12(now) + "，各副本数秒内生效。");
        return showHistory(templateId, ticket, null, null, model);
    }

    /**
     * A template's history, with its token: every version and publication, and for two versions (by default
     * the one published before and the one published now) what changed role by role and the specimen's first
     * page typeset in each, side by side.
     */
    @PostMapping("/templates/history")
    public String history(@RequestParam(required = false) String id, @RequestParam(required = false) String token,
                          @RequestParam(required = false) String ticket, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, HttpServletRequest request, Model model) {
        String templateId = id == null ? "" : id.strip();
        // a page reached with a ticket carries that ticket on: it ends when the typed token's does
        if (ticket != null && token == null) checkTicket(ticket, templateId, request);
        else ticket = tickets.issue(checkToken(token, templateId, request), templateId);
        return showHistory(templateId, ticket, from, to, model);
    }

    private String showHistory(String templateId, String ticket, String from, String to, Model model) {
        TemplateHistory history = gongwen.templateHistory(templateId);
        String[] pair = TemplateHistoryPage.pair(history, from, to);
        model.addAttribute("history", TemplateHistoryPage.of(history));
        model.addAttribute("templateId", templateId);
        model.addAttribute("ticket", ticket);
        model.addAttribute("rollbackTo", history.rollbackTarget());
        model.addAttribute("from", pair[0]);
        model.addAttribute("to", pair[1]);
        // each version's file is read once, for the comparison and its specimen alike
        byte[] after = pair[1] == null ? null : gongwen.templateVersion(templateId, pair[1]);
        if (pair[0] != null && !pair[0].equals(pair[1])) {
            byte[] before = gongwen.templateVersion(templateId, pair[0]);
            model.addAttribute("changes", gongwen.templateDiff(templateId, before, after));
            model.addAttribute("fromPage", templatePreviews.version(templateId, before));
        }
        if (after != null) model.addAttribute("toPage", templatePreviews.version(templateId, after));
        return "ui/history";
    }

    private static String short12(String version) {
        return version == null || version.length() < 12 ? String.valueOf(version) : version.substring(0, 12);
    }

    private TemplatesPage.Listing listTemplates(Model model) {
        TemplatesPage.Listing listing = templatesPage.listing();
        model.addAllAttributes(listing.attributes());
        return listing;
    }

    /** A page's ticket ({@link UiTickets}) for the template, counted like a token when it does not check. */
    private TemplateAccess.Caller checkTicket(String ticket, String templateId, HttpServletRequest request) {
        tokenGuesses.refuseIfBlocked(request.getRemoteAddr());
        try {
            return tickets.check(ticket == null ? "" : ticket, TemplateIds.checkStorable(templateId));
        } catch (BadInputException e) {
            if (e.fault() == Fault.UNAUTHORIZED) tokenGuesses.failed(request.getRemoteAddr());
            throw e;
        }
    }

    /**
     * The token typed into the form, checked as {@link TemplateAccessFilter} checks the API's (the same rule
     * and the same limit on wrong guesses), before the upload is read.
     */
    private TemplateAccess.Caller checkToken(String token, String templateId, HttpServletRequest request) {
        if (!templatesPage.changesOn()) {
            throw new BadInputException(Fault.FORBIDDEN, "template-changes-off",
                    "本服务没有开启模板上传：需要管理员配置模板库（模板目录 gongwen.templates.dir 或数据库 spring.datasource.url）。",
                    "Template changes are off: no template store is configured.");
        }
        try {
            return tokenGuesses.check(access, request.getRemoteAddr(), "Bearer " + (token == null ? "" : token.strip()),
                    TemplateIds.checkStorable(templateId));
        } catch (BadInputException e) {
            if (e.fault() != Fault.UNAUTHORIZED) throw e;
            // the API's message speaks of the Authorization header; the clerk typed it into a field
            throw new BadInputException(Fault.UNAUTHORIZED, e.code(),
                    "令牌不正确：修改模板 " + templateId + " 需要其单位的令牌或运维管理员令牌，请向管理员确认后重新输入。",
                    e.messageEn());
        }
    }

}
