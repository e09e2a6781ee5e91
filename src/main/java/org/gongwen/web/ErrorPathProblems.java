package org.gongwen.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * The servlet error path ({@code /error}), where the container forwards a request that failed outside
 * Spring MVC's handlers (a TRACE, a {@code sendError} from a filter): problem+json like every other
 * answer, in place of Spring Boot's own JSON; a browser outside the API gets the page of
 * {@link HtmlErrorPages} instead. Requests for {@code /error} itself never get here
 * ({@link DirectErrorPathFilter}).
 */
@Controller
public class ErrorPathProblems implements ErrorController {
    private final Problems problems;
    private final HtmlErrorPages pages;

    public ErrorPathProblems(Problems problems, HtmlErrorPages pages) {
        this.problems = problems;
        this.pages = pages;
    }

    @RequestMapping("/error")
    public ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s && s >= 400 ? s : 404;
        response.resetBuffer();
        // the address the client asked for, not /error
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
        String code = ProblemJson.forStatus(status).code();
        if (HtmlErrorPages.wanted(request, path)) return pages.page(status, code, path, response);
        problems.count(code);
        ProblemJson.writeStatus(response, status);
        return null;
    }
}
