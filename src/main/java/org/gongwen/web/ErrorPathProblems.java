package org.gongwen.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The servlet error path ({@code /error}), where the container forwards a request that failed outside
 * Spring MVC's handlers (a TRACE, a {@code sendError} from a filter): problem+json like every other
 * answer, in place of Spring Boot's own JSON. Requests for {@code /error} itself never get here
 * ({@link DirectErrorPathFilter}).
 */
@Controller
public class ErrorPathProblems implements ErrorController {
    private final Problems problems;

    public ErrorPathProblems(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s && s >= 400 ? s : 404;
        problems.count(ProblemJson.forStatus(status).code());
        response.resetBuffer();
        ProblemJson.writeStatus(response, status);
    }
}
