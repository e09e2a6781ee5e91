package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Security headers on every response (and no-store on the pages and answers that carry a token or a
 * bureau's versions). Scripts only from this origin; inline styles are allowed
 * because the portal article carries its house style inline; previews are data: images; no page
 * may be framed by another site.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before any filter that may answer on its own (BusyFilter)
public class SecurityHeadersFilter extends OncePerRequestFilter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // the templates pages' forms carry the token typed into them, and a version list is a bureau's own:
        // never kept by a browser or a proxy
        if (request.getRequestURI().startsWith("/templates/") || request.getRequestURI().startsWith("/api/v1/bureaus")
                || request.getRequestURI().contains("/versions")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
