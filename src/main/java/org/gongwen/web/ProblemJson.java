package org.gongwen.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * problem+json written straight to a servlet response, for answers given outside Spring MVC's
 * handlers: filters that refuse before the body is read, the {@code /error} path and Tomcat's own
 * error answers. Same fields as {@link ApiProblems}: type, title, status, detail (Chinese), code,
 * detailEn, requestId.
 */
final class ProblemJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {}

    static byte[] body(int status, String code, String zh, String en, String requestId) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", ApiProblems.TYPE_BASE + code);
        p.put("title", code);
        p.put("status", status);
        p.put("detail", zh);
        p.put("code", code);
        p.put("detailEn", en);
        if (requestId != null) p.put("requestId", requestId);
        return JSON.writeValueAsBytes(p);
    }

    /** Answers with the problem (the caller has checked nothing was written yet). */
    static void write(HttpServletResponse response, int status, String code, String zh, String en) throws IOException {
        response.setStatus(status);
        // JSON is UTF-8 by definition: bytes, so the content type carries no charset (as ApiProblems answers)
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = body(status, code, zh, en, MDC.get(RequestIdFilter.MDC_KEY));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Answers with a refusal's status, code and messages. */
    static void write(HttpServletResponse response, BadInputException e) throws IOException {
        write(response, status(e), e.code(), e.messageZh(), e.messageEn());
    }

    /** The HTTP status of a refusal: the one place a {@link Fault} becomes a status. */
    static int status(BadInputException e) {
        return switch (e.fault()) {
            case UNREADABLE -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_CONFIGURED -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED -> 415;
            case INVALID, TOO_COMPLEX -> 422;
            case TOO_MANY_TRIES -> 429;
            case BUSY, UNAVAILABLE -> 503;
        };
    }

    /** A problem's code and its Chinese and English detail. */
    record Problem(String code, String zh, String en) {}

    /** The generic problem for a bare status (Tomcat's and the servlet error path's). */
    static Problem forStatus(int status) {
        return switch (status) {
            case 404 -> new Problem("not-found", "没有这个地址，请查看接口文档 /swagger-ui.html。", "No such resource.");
            case 405 -> new Problem("method-not-allowed", "此地址不支持这种请求方法，请查看接口文档 /swagger-ui.html。",
                    "Method not allowed here.");
            case 413 -> new Problem("too-large", "请求太大，超过了服务允许的大小。请拆分后分别处理。",
                    "The request exceeds the size limit.");
            case 431 -> new Problem("headers-too-large", "请求头太大，请去掉多余的请求头或 Cookie 后重试。",
                    "Request headers too large.");
            default -> status >= 500
                    ? new Problem("internal", "服务内部出错，请稍后再试；如仍出错，请把请求编号告诉管理员。", "Internal error.")
                    : new Problem("bad-request",
                    "请求无法处理：地址、请求头或参数的格式不对（例如地址中含有编码的 / 或 \\、控制字符），请对照接口文档 /swagger-ui.html 检查。",
                    "The request is malformed.");
        };
    }

    /** Answers a bare status with its generic problem. */
    static void writeStatus(HttpServletResponse response, int status) throws IOException {
        Problem p = forStatus(status);
        write(response, status, p.code(), p.zh(), p.en());
    }
}
