package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.store.TemplateIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.Set;

/**
 * The token of every API request that changes templates or bureaus, or reads a template's versions, is
 * checked here before a byte of the body is read (a 400 MB upload without a token costs nothing), and
 * a client that keeps failing is slowed down by {@link TokenGuesses} (429 with Retry-After). Which
 * token may is {@link TemplateAccess}'s rule; the caller found is handed to the controller as the
 * request attribute {@link #CALLER} (the controller checks again, counted the same way, should an
 * address ever be mapped past this rule). Every PUT, DELETE and PATCH is checked, whatever its path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class TemplateAccessFilter extends OncePerRequestFilter {
    static final String CALLER = TemplateAccessFilter.class.getName() + ".caller";
    private static final Set<String> CHANGES = Set.of("PUT", "DELETE", "PATCH");
    private static final String TEMPLATES = "/api/v1/templates/";
    private static final String BUREAUS = "/api/v1/bureaus";

    private final TemplateAccess access;
    private final TokenGuesses guesses;
    private final Problems problems;

    public TemplateAccessFilter(TemplateAccess access, TokenGuesses guesses, Problems problems) {
        this.access = access;
        this.guesses = guesses;
        this.problems = problems;
    }

    /**
     * What a request asks to touch: a template id, "" for an operator's task, null for nothing guarded.
     * {@code path} is the path as Spring matches it (decoded, without ";…" parameters), so no spelling of
     * an address reaches a controller past this rule.
     */
    static String scope(String method, String path) {
        if (method.equals("OPTIONS")) return null;
        if (path.equals(BUREAUS) || path.startsWith(BUREAUS + "/")) return "";
        if (path.startsWith(TEMPLATES)) {
            String[] parts = path.substring(TEMPLATES.length()).split("/", -1);
            boolean shared = parts.length >= 2 && TemplateIds.RESERVED.contains(parts[1]);
            String id = parts.length >= 2 && !shared ? parts[0] + "/" + parts[1] : parts[0];
            int verbAt = shared ? 1 : 2;
            boolean reads = parts.length > verbAt && !parts[verbAt].equals("publish") && !parts[verbAt].equals("rollback");
            // the published template's download is for everyone; its versions and changes are not
            if ((method.equals("GET") || method.equals("HEAD")) && !reads) return null;
            return TemplateIds.isTemplateId(id) ? id : "";
        }
        return CHANGES.contains(method) ? "" : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return scope(request.getMethod(), path(request)) == null;
    }

    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String scope = scope(request.getMethod(), path(request));
        String client = request.getRemoteAddr();
        try {
            request.setAttribute(CALLER, guesses.check(access, client, request.getHeader(HttpHeaders.AUTHORIZATION),
                    scope.isEmpty() ? null : scope));
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
