package org.gongwen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gongwen.Gongwen;
import org.gongwen.TemplateChange;
import org.gongwen.TemplateHistory;
import org.gongwen.TemplateInfo;
import org.gongwen.store.Bureau;
import org.gongwen.store.TemplateIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Templates, their versions and the bureaus that own them (issue 17). A template is {@code /templates/{name}}
 * (the deployment's) or {@code /templates/{bureau}/{name}} (a bureau's); every address below exists in
 * both forms. Reading the published template is for everyone; everything else needs a token
 * ({@link TemplateAccess}), checked by {@link TemplateAccessFilter} before the body is read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "templates", description = "模板、版本与单位")
public class TemplateApiController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Gongwen gongwen;
    private final Renderer renderer;
    private final TemplateAccess access;
    private final TokenGuesses guesses;

    public TemplateApiController(Gongwen gongwen, Renderer renderer, TemplateAccess access, TokenGuesses guesses) {
        this.gongwen = gongwen;
        this.renderer = renderer;
        this.access = access;
        this.guesses = guesses;
    }

    @Operation(summary = "模板列表及其校验结果（含各单位已发布的模板和当前版本）")
    @GetMapping("/templates")
    public List<TemplateInfo> templates() {
        return gongwen.templates();
    }

    @Operation(summary = "下载模板当前发布的 .docx（响应头 X-Gongwen-Template-Version 为其版本）")
    @GetMapping({"/templates/{name}", "/templates/{bureau}/{name}"})
    public ResponseEntity<byte[]> template(@PathVariable(required = false) String bureau, @PathVariable String name) {
        String id = TemplateIds.of(bureau, name);
        return withVersion(Downloads.file(gongwen.templateDocx(id), DOCX, name, "docx"), gongwen.templateVersionInUse(id));
    }

    @Operation(summary = "上传模板的新版本（需要令牌：Authorization: Bearer …，运维管理员或该单位的令牌）",
            description = "符合模板约定的 .docx 原样保存；本单位的其他正式公文（如红头文件、往年报告）先学习其版式生成模板再保存"
                    + "（adopted 为 true，report 说明学到了什么）。每次上传保存为一个不可更改的版本（version，文件的 SHA-256）；"
                    + "publish=false 时只保存不发布，可先比较再发布。")
    @PutMapping(path = {"/templates/{name}", "/templates/{bureau}/{name}"},
            consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, DOCX})
    public TemplateUpload putTemplate(@PathVariable(required = false) String bureau, @PathVariable String name,
                                      @RequestBody byte[] docx, @RequestParam(defaultValue = "true") boolean publish,
                                      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                      HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        TemplateChange change = renderer.putTemplate(id, docx, caller(request, authorization, id).author(), publish);
        return TemplateUpload.of(change, gongwen.templates());
    }

    @Operation(summary = "停止发布模板（需要令牌）：其版本都保留，可再发布；同名的随程序模板随之恢复")
    @DeleteMapping({"/templates/{name}", "/templates/{bureau}/{name}"})
    public ResponseEntity<Void> deleteTemplate(@PathVariable(required = false) String bureau, @PathVariable String name,
                                               @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                               HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        gongwen.deleteTemplate(id, caller(request, authorization, id).author());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "模板的全部版本和发布记录（需要令牌）")
    @GetMapping({"/templates/{name}/versions", "/templates/{bureau}/{name}/versions"})
    public TemplateHistory versions(@PathVariable(required = false) String bureau, @PathVariable String name,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        caller(request, authorization, id);
        return gongwen.templateHistory(id);
    }

    @Operation(summary = "下载模板的某个版本（需要令牌）")
    @GetMapping({"/templates/{name}/versions/{version}", "/templates/{bureau}/{name}/versions/{version}"})
    public ResponseEntity<byte[]> version(@PathVariable(required = false) String bureau, @PathVariable String name,
                                          @PathVariable String version,
                                          @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                          HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        caller(request, authorization, id);
        return withVersion(Downloads.file(gongwen.templateVersion(id, version), DOCX, name, "docx"), version);
    }

    @Operation(summary = "发布模板的某个版本（需要令牌）：此后各副本的排版都用它")
    @PostMapping({"/templates/{name}/publish", "/templates/{bureau}/{name}/publish"})
    public TemplateHistory publish(@PathVariable(required = false) String bureau, @PathVariable String name,
                                   @Parameter(description = "版本（SHA-256）") @RequestParam String version,
                                   @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                   HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        gongwen.publishTemplate(id, version, caller(request, authorization, id).author());
        return gongwen.templateHistory(id);
    }

    @Operation(summary = "回退：重新发布当前版本之前发布的那个版本（需要令牌）")
    @PostMapping({"/templates/{name}/rollback", "/templates/{bureau}/{name}/rollback"})
    public TemplateHistory rollback(@PathVariable(required = false) String bureau, @PathVariable String name,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    HttpServletRequest request) {
        String id = TemplateIds.of(bureau, name);
        gongwen.rollbackTemplate(id, caller(request, authorization, id).author());
        return gongwen.templateHistory(id);
    }

    @Operation(summary = "单位列表（需要运维管理员令牌）")
    @GetMapping("/bureaus")
    public List<Bureau> bureaus(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                HttpServletRequest request) {
        caller(request, authorization, null);
        return gongwen.bureaus();
    }

    /** A new bureau: its id (in template ids) and name. */
    public record NewBureau(String id, String name) {}

    @Operation(summary = "新建单位（需要运维管理员令牌）")
    @PostMapping(path = "/bureaus", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Bureau> createBureau(@RequestBody NewBureau bureau,
                                               @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                               HttpServletRequest request) {
        caller(request, authorization, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(gongwen.createBureau(bureau == null ? null : bureau.id(),
                bureau == null ? null : bureau.name()));
    }

    /** A token to issue: who will hold it. */
    public record NewToken(String label) {}

    /** An issued token: shown this once, only its hash is kept. */
    public record IssuedToken(String bureau, String label, String token) {}

    @Operation(summary = "为单位签发令牌（需要运维管理员令牌）：令牌只在此显示一次，服务只保存其散列")
    @PostMapping(path = "/bureaus/{bureau}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<IssuedToken> issueToken(@PathVariable String bureau, @RequestBody NewToken token,
                                                  @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                                  HttpServletRequest request) {
        caller(request, authorization, null);
        String label = token == null ? null : token.label();
        String issued = gongwen.issueToken(bureau, label);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new IssuedToken(bureau, label.strip(), issued));
    }

    @Operation(summary = "吊销单位的令牌（需要运维管理员令牌）")
    @DeleteMapping("/bureaus/{bureau}/tokens/{label}")
    public ResponseEntity<Void> revokeToken(@PathVariable String bureau, @PathVariable String label,
                                            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                            HttpServletRequest request) {
        caller(request, authorization, null);
        gongwen.revokeToken(bureau, label);
        return ResponseEntity.noContent().build();
    }

    /**
     * The caller the filter found, when it may do this; else the token is checked here (an address mapped
     * past the filter's rule costs a second look-up, never a change without a token).
     */
    private TemplateAccess.Caller caller(HttpServletRequest request, String authorization, String templateId) {
        if (request.getAttribute(TemplateAccessFilter.CALLER) instanceof TemplateAccess.Caller c
                && (c.isOperator() || templateId != null && c.bureau().equals(TemplateIds.bureauOf(templateId)))) {
            return c;
        }
        return guesses.check(access, request.getRemoteAddr(), authorization, templateId);
    }

    private static ResponseEntity<byte[]> withVersion(ResponseEntity<byte[]> file, String version) {
        return ResponseEntity.status(file.getStatusCode()).headers(h -> {
            h.addAll(file.getHeaders());
            h.add("X-Gongwen-Template-Version", version);
        }).body(file.getBody());
    }
}
