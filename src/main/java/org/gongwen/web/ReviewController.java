package org.gongwen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Rendered;
import org.gongwen.TemplateInfo;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.gongwen.style.TemplateLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clerk's way from a paste or a draft to the files, server-rendered and working without JavaScript:
 * 1 paste or upload; 2 review the whole document — its fields and every block, each editable — with
 * the warnings beside what they concern; 3 preview every page; download DOCX / PDF / HTML. The document
 * travels between the steps in a hidden field (its JSON form) with the clerk's corrections in the form,
 * so the server keeps no session, and a step that fails shows the page again with everything as typed.
 */
@Controller
public class ReviewController {
    private static final Logger log = LoggerFactory.getLogger(ReviewController.class);

    private final Gongwen gongwen;
    private final DocumentInput input;
    private final Renderer renderer;
    private final PreviewPages previews;
    private final TemplatesPage templatesPage;
    private final Problems problems;
    private final WebLimits limits;

    public ReviewController(Gongwen gongwen, DocumentInput input, Renderer renderer, PreviewPages previews,
                            TemplatesPage templatesPage, Problems problems, WebLimits limits) {
        this.gongwen = gongwen;
        this.input = input;
        this.renderer = renderer;
        this.previews = previews;
        this.templatesPage = templatesPage;
        this.problems = problems;
        this.limits = limits;
    }

    /**
     * The upload limit, for the page's script to say before sending: the container refuses a larger
     * request whole, pasted text included, so the page would come back without it.
     */
    @ModelAttribute("maxUpload")
    long maxUpload() {
        return limits.maxUpload().toBytes();
    }

    @GetMapping("/")
    public String index(Model model) {
        model.addAttribute("source", "");
        model.addAttribute("template", TemplateLibrary.DEFAULT_ID);
        model.addAttribute("untagged", false);
        return "ui/index";
    }

    /** Step 1: read the pasted text or the upload and show the whole document for review. */
    @PostMapping("/understand")
    public String understand(@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String text,
                             @RequestParam(defaultValue = TemplateLibrary.DEFAULT_ID) String template,
                             HttpServletRequest request, Model model, HttpServletResponse response) {
        model.addAttribute("source", text == null ? "" : text);
        model.addAttribute("template", template);
        model.addAttribute("untagged", ReviewForm.untagged(request));
        boolean upload = file != null && !file.isEmpty();
        try {
            if (upload && text != null && !text.isBlank()) {
                throw new BadInputException(Fault.INVALID, "text-and-file", "既粘贴了文本又选择了文件：请只用一种。粘贴的文本还在下面，"
                        + "要用它，请清除所选文件；要用文件，请清空粘贴框。", "Send either pasted text or a file, not both.");
            }
            OfficialDocument document = input.read(file, text);
            review(model, document, template, null, null);
            if (upload && String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".docx")) {
                // a Word draft: what it did wrong, beside the clean version gongwen will write
                model.addAttribute("draftReport", CheckReport.of(template, input.check(file, template)));
            }
        } catch (BadInputException e) {
            failed(e, model, response);
        }
        return "ui/index";
    }

    /** A correction made without JavaScript (a row moved, merged, deleted, or the page refreshed): the review again. */
    @PostMapping("/review")
    public String review(HttpServletRequest request, Model model, HttpServletResponse response) {
        ReviewForm form = ReviewForm.from(request);
        edited(form, model, response);
        return "ui/index";
    }

    /** Step 3: the corrections applied, the review again with every page of the result. */
    @PostMapping("/preview")
    public String preview(HttpServletRequest request, Model model, HttpServletResponse response) {
        ReviewForm form = ReviewForm.from(request);
        Reviewed reviewed = edited(form, model, response);
        if (reviewed == null) return "ui/index";
        try {
            Rendered pdf = renderer.render(reviewed.document(), form.template(), Format.PDF);
            // what the template leaves out is said beside its field already
            List<String> said = pdf.warnings().stream().filter(w -> !reviewed.unprinted().contains(w))
                    .map(Warning::message).distinct().toList();
            model.addAttribute("preview", new Preview(previews.keep(pdf.bytes()), pdf.pages(), said));
        } catch (BadInputException e) {
            failed(e, model, response);
        }
        return "ui/index";
    }

    /** The corrected document as a file; a PDF without structure tags when the form's 不加标记的 PDF is ticked. */
    @PostMapping("/download")
    public Object download(HttpServletRequest request, @RequestParam(defaultValue = "pdf") String format, Model model,
                           HttpServletResponse response) {
        ReviewForm form = ReviewForm.from(request);
        Reviewed reviewed = edited(form, model, response);
        if (reviewed == null) return "ui/index";
        OfficialDocument document = reviewed.document();
        Format output = switch (format) {
            case "docx" -> Format.DOCX;
            case "html" -> Format.HTML;
            default -> Format.PDF;
        };
        try {
            Rendered rendered = renderer.render(document, form.template(), output, form.tagging());
            return Downloads.file(rendered.bytes(), output.contentType, Downloads.baseName(document), output.extension);
        } catch (BadInputException e) {
            failed(e, model, response);
            return "ui/index";
        }
    }

    /** One page of a preview, loaded as the clerk scrolls to it. */
    @GetMapping("/preview/{key}/{page}.png")
    public ResponseEntity<byte[]> page(@PathVariable String key, @PathVariable String page) {
        int n = page.matches("[1-9]\\d{0,3}") ? Integer.parseInt(page) : 0;   // an address no page has is simply not found
        byte[] pdf = n > 0 && PreviewPages.isKey(key) ? previews.pdf(key) : null;
        byte[] png = pdf == null ? null : previews.page(key, n, () -> renderer.page(pdf, n));
        if (png == null) {
            throw new BadInputException(Fault.NOT_FOUND, "preview-gone", "这页预览已过期：请在页面上再点一次“预览”。",
                    "This preview page is no longer kept; preview again.");
        }
        // the key is the PDF's hash: the same address always shows the same page
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate().immutable()).body(png);
    }

    /**
     * The form's corrections applied and the review shown from the result; null (and the page shown as
     * sent, with what to fix) when they cannot be used.
     */
    private Reviewed edited(ReviewForm form, Model model, HttpServletResponse response) {
        model.addAttribute("source", form.source() == null ? "" : form.source());
        model.addAttribute("template", form.template());
        model.addAttribute("untagged", form.untagged());
        if (form.model() == null || form.model().isBlank()) {
            failed(new BadInputException(Fault.UNREADABLE, "no-content", "没有要排版的公文：请先粘贴文本或上传文件并点击“识别”。",
                    "No document: paste or upload first."), model, response);
            return null;
        }
        OfficialDocument understood;
        try {
            understood = input.readJson(form.model());
        } catch (BadInputException e) {
            failed(e, model, response);
            return null;
        }
        try {
            OfficialDocument document = input.admit(ReviewEdits.apply(understood, form));
            // an unknown template is said here, before anything renders
            List<Warning> unprinted = gongwen.unprinted(document, form.template());
            review(model, document, form.template(), unprinted, null);
            return new Reviewed(document, unprinted);
        } catch (BadInputException e) {
            review(model, understood, form.template(), null, form);
            failed(e, model, response);
            return null;
        }
    }

    /**
     * The review's attributes: the document's fields as the form shows them, its rows, and the warnings
     * placed beside the field or block they concern. {@code unprinted}: what the template does not print
     * of the document when already known, null to find it here (an unknown template said beside the
     * chooser). {@code asSent}: show the clerk's form as sent (after a correction that could not be used)
     * over the document's own values.
     */
    private void review(Model model, OfficialDocument doc, String template, List<Warning> unprinted, ReviewForm asSent) {
        model.addAttribute("doc", doc);
        model.addAttribute("modelJson", gongwen.toJson(doc));
        Map<String, String> fields = fields(doc);
        List<ReviewRows.Row> rows = ReviewRows.of(doc);
        if (asSent != null) {
            asSent.fields().forEach(fields::put);
            if (!asSent.rows().isEmpty()) rows = ReviewRows.asSent(doc, asSent.rows());
        }
        model.addAttribute("f", fields);
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", ReviewRows.TEXT_KINDS);
        model.addAttribute("endRow", ReviewEdits.END + ":" + ReviewEdits.END);
        model.addAttribute("choices", choices());

        Map<String, List<String>> notes = new LinkedHashMap<>();
        if (doc.title() == null || doc.title().isBlank()) note(notes, "title", "没有找到标题：请在“标题”栏填写公文标题。");
        if (doc.date() == null) note(notes, "date", "没有找到成文日期：请在“成文日期”栏填写（不填则不印日期）。");
        if (unprinted == null) {
            try {
                unprinted = gongwen.unprinted(doc, template);
            } catch (BadInputException unknownTemplate) {
                note(notes, "template", unknownTemplate.messageZh());
                unprinted = List.of();
            }
        }
        for (Warning w : unprinted) {
            note(notes, switch (w.code()) {
                case "docnumber-not-printed" -> "docNumber";
                case "printer-missing" -> "printer";
                default -> "imprint";
            }, w.message());
        }
        List<String> general = new ArrayList<>();
        for (Warning w : doc.warnings()) {
            switch (w.code()) {
                // said live beside their field or block, from the document as corrected
                case "title-missing", "date-missing", "numbering-gap", "numbering-repeat", "numbering-more" -> { }
                case "unreadable-date" -> note(notes, "date", w.message());
                default -> {
                    if (rows.stream().noneMatch(r -> r.notes().contains(w.message()))) general.add(w.message());
                }
            }
        }
        model.addAttribute("notes", notes);
        model.addAttribute("generalNotes", general);
    }

    /** A document as corrected, with what its template does not print of it (said beside the fields). */
    private record Reviewed(OfficialDocument document, List<Warning> unprinted) {}

    private static void note(Map<String, List<String>> notes, String field, String message) {
        notes.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    /** The fields as the form shows them: lines where the field takes several, dates as the date input wants them. */
    private static Map<String, String> fields(OfficialDocument doc) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", nz(doc.title()));
        f.put("titleNote", nz(doc.titleNote()));
        f.put("docNumber", nz(doc.docNumber()));
        f.put("recipients", nz(doc.recipients()));
        f.put("issuers", String.join("\n", doc.issuers()));
        f.put("date", doc.date() == null ? "" : doc.date().toString());
        f.put("notes", String.join("\n", doc.blocks().stream().filter(Block.Note.class::isInstance)
                .map(b -> ((Block.Note) b).text()).toList()));
        f.put("cc", nz(doc.cc()));
        f.put("printer", nz(doc.printer()));
        f.put("printDate", doc.printDate() == null ? "" : doc.printDate().toString());
        return f;
    }

    /** The template chooser: each usable template with its name, what it prints and its first page. */
    private List<TemplateChoice> choices() {
        TemplatesPage.Listing listing = templatesPage.listing();
        @SuppressWarnings("unchecked")
        Map<String, String> pages = (Map<String, String>) listing.attributes().get("previews");
        return listing.templates().stream().filter(TemplateInfo::valid)
                .map(t -> new TemplateChoice(t.id(), TemplatesPage.name(t), t.redHeader()
                        ? "有版头：红色发文机关标志、发文字号和分隔线，末页有版记（抄送、印发机关和印发日期）。"
                        : "无版头：标题在首页顶端，不印发文字号和版记；用于报告、通知等上网发布的文稿。",
                        pages.get(t.id()))).toList();
    }

    /** One template in the chooser. {@code page} is its specimen's first page (a data: URI), null when none. */
    public record TemplateChoice(String id, String name, String explain, String page) {}

    /** A preview: its PDF's key for the page images, its page count and what the typesetter said. */
    public record Preview(String key, int pages, List<String> warnings) {}

    private void failed(BadInputException e, Model model, HttpServletResponse response) {
        log.info("bad input: {}", e.code());
        problems.count(e.code());
        response.setStatus(ProblemJson.status(e));
        model.addAttribute("error", e.messageZh());
    }



    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
