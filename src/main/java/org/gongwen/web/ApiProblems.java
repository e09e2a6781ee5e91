package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/**
 * Every API error as RFC 9457 problem+json: a stable {@code type} (gongwen's problem code), the
 * status, a Chinese {@code detail} that says what to fix and the English one as {@code detailEn}.
 * Never a stack trace; bad input is never a 500.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
public class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPE_BASE = "urn:gongwen:problem:";

    private final Problems problems;

    public ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<ProblemDetail> badInput(BadInputException e) {
        log.info("bad input: {}", e.code());
        return problem(HttpStatus.valueOf(e.httpStatus()), e.code(), e.messageZh(), e.messageEn());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "文件太大，超过了服务允许的上传大小。请拆分后分别处理。", "The upload exceeds the size limit.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-multipart",
                "上传的表单无法读取，请重新上传。", "The multipart request could not be read.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter",
                "请求参数有误：" + parameterName(e) + "。format 可选 docx、pdf、html、zip。", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMedia(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "请以 multipart/form-data（上传文件或粘贴文本）或 application/json（公文 JSON）提交。",
                "Send multipart/form-data or application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "此地址不支持 " + e.getMethod() + " 请求，请查看 /v3/api-docs。", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "没有这个地址，请查看 /v3/api-docs。", "No such resource.");
    }

    /** A part of the flow that is not built into this version yet. */
    @ExceptionHandler(UnsupportedOperationException.class)
    ResponseEntity<ProblemDetail> notAvailable(UnsupportedOperationException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "not-available",
                "此功能在本版本中尚不可用。", "This function is not available in this version.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> internal(Exception e) {
        log.error("internal error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "服务内部出错，请稍后再试；如仍出错，请把请求编号告诉管理员。", "Internal error.");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String zh, String en) {
        problems.count(code);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, zh);
        p.setType(URI.create(TYPE_BASE + code));
        p.setTitle(code);
        p.setProperty("code", code);
        p.setProperty("detailEn", en);
        String requestId = org.slf4j.MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) p.setProperty("requestId", requestId);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static String parameterName(Exception e) {
        if (e instanceof MissingServletRequestParameterException m) return "缺少参数 " + m.getParameterName();
        if (e instanceof MethodArgumentTypeMismatchException m) return "参数 " + m.getName() + " 的值无效";
        return "参数无效";
    }
}
