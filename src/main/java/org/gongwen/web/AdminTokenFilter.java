package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Template changes are the service's only PUT and DELETE requests: for every request of those
 * methods, whatever its path, the admin token is checked here, before a byte of the body is read (a
 * 400 MB upload without a token costs nothing), and a client that keeps failing it is slowed down by
 * {@link TokenGuesses} (429 with Retry-After). The controller checks the token again, in case a
 * change is ever mapped to another method.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class AdminTokenFilter extends OncePerRequestFilter {
    private static final Set<String> CHANGES = Set.of("PUT", "DELETE", "PATCH");

    private final AdminToken token;
    private final TokenGuesses guesses;
    private final Problems problems;

    public AdminTokenFilter(AdminToken token, TokenGuesses guesses, Problems problems) {
        this.token = token;
        this.guesses = guesses;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        try {
            guesses.check(token, client, request.getHeader(HttpHeaders.AUTHORIZATION));
        } catch (BadInputException e) {
            refuse(response, e, e.fault() == Fault.TOO_MANY_TRIES ? Math.max(1, guesses.secondsBlocked(client)) : 0);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, BadInputException e, long retryAfter) throws IOException {
        problems.count(e.code());
        if (retryAfter > 0) response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        response.setHeader("Connection", "close"); // the body is not read
        ProblemJson.write(response, e);
    }
}
