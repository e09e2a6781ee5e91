package org.gongwen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.util.Collections;
import java.util.List;

/**
 * Errors outside the API (an unknown address, a form address opened in the address bar, a failure of
 * a handler without a page of its own) as a page a clerk can read, for a browser. Everyone else — paths
 * under {@code /api/}, clients that do not ask for HTML — keeps problem+json ({@link ApiProblems},
 * {@link ErrorPathProblems}). Errors of the controllers {@link UiProblems} advises are its own: it shows
 * them on the page the clerk was on.
 */
@Component
public class HtmlErrorPages implements HandlerExceptionResolver, Ordered {
    private static final Logger log = LoggerFactory.getLogger(HtmlErrorPages.class);
    private static final MediaType XHTML = MediaType.APPLICATION_XHTML_XML;

    /** The controllers whose errors {@link UiProblems} shows, as its annotation names them. */
    private static final HandlerTypePredicate PAGES = HandlerTypePredicate.builder()
            .assignableType(UiProblems.class.getAnnotation(ControllerAdvice.class).assignableTypes()).build();

    private final Problems problems;

    public HtmlErrorPages(Problems problems) {
        this.problems = problems;
    }

    /** Before Spring MVC's own resolvers, which would answer with problem+json. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (handler instanceof HandlerMethod m && PAGES.test(m.getBeanType()) || !wanted(request, request.getRequestURI())) {
            return null;
        }
        if (e instanceof BadInputException b) {
            ModelAndView mv = page(ProblemJson.status(b), b.code(), request.getRequestURI(), response);
            mv.addObject("message", b.messageZh());
            return mv;
        }
        int status = e instanceof ErrorResponse r ? r.getStatusCode().value() : 500;
        if (status >= 500) log.error("internal error", e);
        // e.g. the Allow header of a 405
        if (e instanceof ErrorResponse r) r.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        return page(status, ProblemJson.forStatus(status).code(), request.getRequestURI(), response);
    }

    /**
     * Whether the client reads pages: a path outside the API and an Accept that names HTML, at least as
     * wanted as JSON. A browser's does; curl's {@code *}{@code /*} and an API client's JSON do not.
     */
    static boolean wanted(HttpServletRequest request, String path) {
        if (path == null || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")) return false;
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = 0, json = 0;
        for (MediaType t : accepted) {
            if (t.isWildcardType() || t.isWildcardSubtype()) continue;
            if (t.equalsTypeAndSubtype(MediaType.TEXT_HTML) || t.equalsTypeAndSubtype(XHTML)) html = Math.max(html, t.getQualityValue());
            if (t.equalsTypeAndSubtype(MediaType.APPLICATION_JSON) || t.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
                json = Math.max(json, t.getQualityValue());
            }
        }
        return html > 0 && html >= json;
    }

    /** The page for {@code status}, counted as problem {@code code}; a 5xx names the request id for the administrator. */
    ModelAndView page(int status, String code, String path, HttpServletResponse response) {
        problems.count(code);
        HttpStatus known = HttpStatus.resolve(status);
        ModelAndView mv = new ModelAndView("ui/error", known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known);
        mv.addObject("status", status);
        mv.addObject("path", path);
        String[] words = words(status);
        mv.addObject("heading", words[0]);
        mv.addObject("message", words[1]);
        if (status >= 500) {
            // the error path runs after RequestIdFilter has left; the id is on the response
            String id = MDC.get(RequestIdFilter.MDC_KEY);
            mv.addObject("requestId", id != null ? id : response.getHeader(RequestIdFilter.HEADER));
        }
        return mv;
    }

    /** The heading and what to do, in the clerk's words. */
    private static String[] words(int status) {
        return switch (status) {
            case 404 -> new String[]{"找不到这个页面", "这个地址不存在，可能是输入有误或链接已失效。请从下面的入口重新开始。"};
            case 405 -> new String[]{"这个地址不能直接打开",
                    "它只接收页面上的表单提交（例如刷新了提交后的页面，或在地址栏输入了它）。请从下面的入口重新开始。"};
            case 413 -> new String[]{"上传的内容太大", "超过了服务允许的大小。请拆分为几份后分别处理。"};
            case 503 -> new String[]{"服务正忙", "同时处理的请求太多，请稍等片刻再试。"};
            default -> status >= 500
                    ? new String[]{"服务内部出错", "这不是您的操作问题。请稍后再试；如仍出错，请把下面的请求编号告诉管理员。"}
                    : new String[]{"请求无法处理", "请求的格式不对。请从下面的入口重新开始。"};
        };
    }
}
