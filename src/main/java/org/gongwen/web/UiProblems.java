package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.style.TemplateLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;


/** Errors of the clerk's pages: the start page again, with what to fix in a red box. */
@ControllerAdvice(assignableTypes = {UiController.class, ReviewController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiProblems {
    private static final Logger log = LoggerFactory.getLogger(UiProblems.class);

    private final Problems problems;

    private final MultipartProblems multipart;
    private final TemplatesPage templatesPage;

    public UiProblems(Problems problems, MultipartProblems multipart, TemplatesPage templatesPage) {
        this.problems = problems;
        this.multipart = multipart;
        this.templatesPage = templatesPage;
    }

    @ExceptionHandler(BadInputException.class)
    ModelAndView badInput(BadInputException e) {
        log.info("bad input: {}", e.code());
        return page(e.code(), HttpStatus.valueOf(ProblemJson.status(e)), e.messageZh());
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView badMultipart(MultipartException e) {
        return badInput(multipart.explain(e));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView internal(Exception e) {
        log.error("internal error", e);
        return page("internal", HttpStatus.INTERNAL_SERVER_ERROR, "服务内部出错，请稍后再试；如仍出错，请把请求编号 "
                + MDC.get(RequestIdFilter.MDC_KEY) + " 告诉管理员。");
    }

    private ModelAndView page(String type, HttpStatus status, String message) {
        problems.count(type);
        String path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRequestURI() : "/";
        // errors of the checker and the templates pages are shown on those pages
        if (path.startsWith("/templates")) {
            ModelAndView mv = new ModelAndView("ui/templates", status);
            mv.addObject("error", message);
            mv.addAllObjects(templatesPage.listing().attributes());
            return mv;
        }
        ModelAndView mv = new ModelAndView(path.startsWith("/check") ? "ui/check" : "ui/index", status);
        mv.addObject("error", message);
        mv.addObject("templates", templatesPage.names());
        mv.addObject("template", TemplateLibrary.DEFAULT_ID);
        return mv;
    }
}
