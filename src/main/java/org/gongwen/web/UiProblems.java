package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;

/** Errors of the clerk's pages: the start page again, with what to fix in a red box. */
@ControllerAdvice(assignableTypes = UiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiProblems {
    static final String NOT_AVAILABLE = "此功能在本版本中尚不可用。";
    private static final Logger log = LoggerFactory.getLogger(UiProblems.class);

    private final Problems problems;

    public UiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BadInputException.class)
    ModelAndView badInput(BadInputException e) {
        log.info("bad input: {}", e.code());
        return page(e.code(), HttpStatus.valueOf(e.httpStatus()), e.messageZh());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return page("too-large", HttpStatus.CONTENT_TOO_LARGE, "文件太大，超过了服务允许的上传大小。请拆分后分别处理。");
    }

    @ExceptionHandler(UnsupportedOperationException.class)
    ModelAndView notAvailable(UnsupportedOperationException e) {
        return page("not-available", HttpStatus.NOT_IMPLEMENTED, NOT_AVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView internal(Exception e) {
        log.error("internal error", e);
        return page("internal", HttpStatus.INTERNAL_SERVER_ERROR, "服务内部出错，请稍后再试；如仍出错，请把请求编号 "
                + MDC.get(RequestIdFilter.MDC_KEY) + " 告诉管理员。");
    }

    private ModelAndView page(String type, HttpStatus status, String message) {
        problems.count(type);
        ModelAndView mv = new ModelAndView("ui/index", status);
        mv.addObject("error", message);
        mv.addObject("templates", List.of("report"));
        mv.addObject("template", "report");
        return mv;
    }
}
