package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/**
 * Every API error as RFC 9457 problem+json: a stable {@code type} (urn:gongwen:problem:CODE), the
 * status, a Chinese {@code detail} that says what to fix and the English one as {@code detailEn}.
 * Never a stack trace; bad input is never a 500. It answers for the API and for whatever fails
 * before a controller is chosen (wrong media type or method, unknown path); Spring MVC's own
 * exceptions keep the status Spring gives them and get a Chinese detail here. The clerk's pages
 * have their own handler, {@link UiProblems}, which is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPE_BASE = "urn:gongwen:problem:";

    private final Problems problems;
    private final MultipartProblems multipart;

    public ApiProblems(Problems problems, MultipartProblems multipart) {
        this.problems = problems;
        this.multipart = multipart;
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Object> badInput(BadInputException e) {
        // the cause's class helps an operator tell a damaged file from a bug; the clerk is not shown it
        if (e.getCause() == null) log.info("bad input: {}", e.code());
        else log.info("bad input: {} (cause {})", e.code(), e.getCause().getClass().getName());
        return problem(HttpStatus.valueOf(ProblemJson.status(e)), null, e.code(), e.messageZh(), e.messageEn());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        return badInput(multipart.explain(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> internal(Exception e) {
        log.error("internal error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, null, "internal",
                "服务内部出错，请稍后再试；如仍出错，请把请求编号告诉管理员。", "Internal error.");
    }

    /** Spring MVC's own exceptions (routing, media types, missing parameters, unreadable bodies). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        return switch (e) {
            case MaxUploadSizeExceededException x -> badInput(multipart.explain(x));
            case HttpMediaTypeNotSupportedException x -> problem(status, headers, "unsupported-media-type",
                    "请以 multipart/form-data（上传文件或粘贴文本）或 application/json（公文 JSON）提交。",
                    "Send multipart/form-data or application/json.");
            case HttpRequestMethodNotSupportedException x -> problem(status, headers, "method-not-allowed",
                    "此地址不支持 " + x.getMethod() + " 请求，请查看接口文档 /swagger-ui.html。", "Method not allowed here.");
            case NoResourceFoundException x -> problem(status, headers, "not-found",
                    "没有这个地址，请查看接口文档 /swagger-ui.html。", "No such resource.");
            case MissingServletRequestParameterException x -> problem(status, headers, "bad-parameter",
                    "缺少参数 " + x.getParameterName() + "。", "Missing parameter " + x.getParameterName() + ".");
            // e.g. a file sent in the text field (curl -F text=@a.txt): the client's mistake, not ours
            case MethodArgumentConversionNotSupportedException x -> problem(HttpStatus.BAD_REQUEST, headers, "bad-parameter",
                    "参数 " + x.getName() + " 的值类型不对：粘贴的文本用 text 字段（curl -F 'text=<文件.txt'），上传文件用 file 字段（curl -F file=@文件.txt）。",
                    "Wrong type for parameter " + x.getName() + ": send text as a plain field, files in the file field.");
            case MissingServletRequestPartException x -> problem(status, headers, "bad-parameter",
                    "缺少上传部分 " + x.getRequestPartName() + "。", "Missing part " + x.getRequestPartName() + ".");
            // a small JSON body (a bureau, a token's label) that is not JSON of the expected shape
            case HttpMessageNotReadableException x -> problem(HttpStatus.BAD_REQUEST, headers, "json-invalid",
                    "请求体不是所需的 JSON，请对照接口文档 /swagger-ui.html，例如新建单位写 {\"id\":\"zijin-wsj\",\"name\":\"紫金县卫生健康局\"}，"
                            + "签发令牌写 {\"label\":\"办公室\"}。",
                    "The body is not the JSON this address takes; see /swagger-ui.html.");
            default -> status.is4xxClientError()
                    ? problem(status, headers, "bad-request", "请求无法处理，请对照接口文档 /swagger-ui.html 检查参数和格式。",
                    "The request cannot be processed: " + e.getClass().getSimpleName())
                    : internal(e);
        };
    }


    private ResponseEntity<Object> problem(HttpStatusCode status, HttpHeaders headers, String code, String zh, String en) {
        problems.count(code);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, zh);
        p.setType(URI.create(TYPE_BASE + code));
        p.setTitle(code);
        p.setProperty("code", code);
        p.setProperty("detailEn", en);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) p.setProperty("requestId", requestId);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) response.header(name, values.toArray(String[]::new));
            });
        }
        return response.body(p);
    }
}
