package org.gongwen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.PdfTagging;
import org.gongwen.Rendered;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.TemplateLibrary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The HTTP API for a portal's CMS and scripts (templates and bureaus: {@link TemplateApiController}). Errors: see {@link ApiProblems}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "gongwen", description = "公文：解析、排版、模板")
public class ApiController {

    private final Gongwen gongwen;
    private final DocumentInput input;
    private final Renderer renderer;

    public ApiController(Gongwen gongwen, DocumentInput input, Renderer renderer) {
        this.gongwen = gongwen;
        this.input = input;
        this.renderer = renderer;
    }

    @Operation(summary = "排版：上传文件或粘贴文本，得到 DOCX、PDF、门户 HTML（整页或片段）或三者的 zip")
    @PostMapping(path = "/render", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<byte[]> render(
            @Parameter(description = ".txt、.md、.docx 或 .json 文件") @RequestPart(required = false) MultipartFile file,
            @Parameter(description = "粘贴的公文文本") @RequestParam(required = false) String text,
            @RequestParam(defaultValue = TemplateLibrary.DEFAULT_ID) String template,
            @Parameter(description = "docx | pdf | html（门户网页）| fragment（可嵌入 CMS 的文章片段）| zip（docx、pdf、html 三者）") @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String title,
            @Parameter(description = "发文机关，多个时每行一个") @RequestParam(required = false) String issuer,
            @Parameter(description = "成文日期，2025-01-20 或 2025年1月20日") @RequestParam(required = false) String date,
            @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) String recipients,
            @Parameter(description = TAGGED) @RequestParam(defaultValue = "true") String tagged) {
        PdfTagging tagging = tagging(tagged);
        OfficialDocument document = gongwen.withOverrides(input.read(file, text),
                DocumentInput.overrides(title, issuer, date, docNumber, recipients));
        return respond(document, template, format, tagging);
    }

    @Operation(summary = "排版：以公文 JSON（parse 的结果，可修改后）为请求体")
    @PostMapping(path = "/render", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> renderJson(@RequestBody String json,
                                             @RequestParam(defaultValue = TemplateLibrary.DEFAULT_ID) String template,
                                             @RequestParam(defaultValue = "pdf") String format,
                                             @Parameter(description = TAGGED) @RequestParam(defaultValue = "true") String tagged) {
        PdfTagging tagging = tagging(tagged);
        return respond(input.readJson(json), template, format, tagging);
    }

    @Operation(summary = "解析：返回 gongwen 识别出的公文 JSON（含 warnings），供检查和修改")
    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> parse(@RequestPart(required = false) MultipartFile file,
                                        @RequestParam(required = false) String text,
                                        @RequestParam(required = false) String title,
                                        @RequestParam(required = false) String issuer,
                                        @RequestParam(required = false) String date,
                                        @RequestParam(required = false) String docNumber,
                                        @RequestParam(required = false) String recipients) {
        OfficialDocument document = gongwen.withOverrides(input.read(file, text),
                DocumentInput.overrides(title, issuer, date, docNumber, recipients));
        return json(gongwen.toJson(document));
    }

    @Operation(summary = "解析：公文 JSON 读入后按模型规范化返回")
    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> parseJson(@RequestBody String json) {
        return json(gongwen.toJson(input.readJson(json)));
    }

    @Operation(summary = "格式检查：上传 .docx 或 .pdf，按 GB/T 9704 和模板列出问题（errors 为 0 即通过）")
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public CheckReport check(@RequestPart MultipartFile file, @RequestParam(defaultValue = TemplateLibrary.DEFAULT_ID) String template) {
        return CheckReport.of(template, input.check(file, template));
    }

    private static final String TAGGED = "PDF 是否带结构标记（PDF/UA-1，默认 true）；门户系统不接受带标记的 PDF 时用 false。"
            + "用于 pdf 和 zip 中的 PDF，其他格式不受影响";

    /** {@code tagged}: true (the default) or false; anything else is a bad request, said before anything is read. */
    static PdfTagging tagging(String tagged) {
        return switch (tagged.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> PdfTagging.TAGGED;
            case "false" -> PdfTagging.UNTAGGED;
            default -> throw new BadInputException(Fault.UNREADABLE, "bad-tagged",
                    "参数 tagged 只能是 true（PDF 带结构标记，默认）或 false（不带标记）。",
                    "tagged must be true (a tagged PDF, the default) or false.");
        };
    }

    private ResponseEntity<byte[]> respond(OfficialDocument document, String template, String format, PdfTagging tagging) {
        String name = Downloads.baseName(document);
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("zip")) {
            Rendered zip = renderer.zip(document, template, name, tagging);
            return traced(Downloads.file(zip.bytes(), "application/zip", name, "zip"), zip);
        }
        if (f.equals("fragment")) {
            byte[] article = renderer.fragment(document, template).getBytes(StandardCharsets.UTF_8);
            return Downloads.file(article, Format.HTML.contentType, name, "html");
        }
        Format output = switch (f) {
            case "docx" -> Format.DOCX;
            case "pdf" -> Format.PDF;
            case "html" -> Format.HTML;
            default -> throw new BadInputException(Fault.UNREADABLE, "bad-format",
                    "不支持的输出格式“" + (f.length() > 10 ? f.substring(0, 10) : f) + "”：可选 docx、pdf、html、fragment、zip。",
                    "Unsupported format: choose docx, pdf, html, fragment or zip.");
        };
        Rendered rendered = renderer.render(document, template, output, tagging);
        return traced(Downloads.file(rendered.bytes(), output.contentType, name, output.extension), rendered);
    }

    /**
     * The file with the template and version it was made with (X-Gongwen-Template, X-Gongwen-Template-Version,
     * as its custom property or XMP says) and the number of warnings, when there are any (X-Gongwen-Warnings).
     */
    private static ResponseEntity<byte[]> traced(ResponseEntity<byte[]> file, Rendered rendered) {
        return ResponseEntity.status(file.getStatusCode()).headers(h -> {
            h.addAll(file.getHeaders());
            h.add("X-Gongwen-Template", rendered.templateId());
            h.add("X-Gongwen-Template-Version", rendered.templateVersion());
            if (!rendered.warnings().isEmpty()) h.add("X-Gongwen-Warnings", String.valueOf(rendered.warnings().size()));
        }).body(file.getBody());
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)).body(body);
    }
}
