package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sheds API render and check requests while the {@link RenderGate} is full, before their body is read and
 * parsed: under overload a refusal then costs almost nothing, so the renders already admitted keep
 * the CPU. The gate itself stays the hard bound (this check may race; the gate does not).
 */
@Component
public class BusyFilter extends OncePerRequestFilter {
    private final RenderGate gate;
    private final Problems problems;

    public BusyFilter(RenderGate gate, Problems problems) {
        this.gate = gate;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !("POST".equals(request.getMethod()) && ("/api/v1/render".equals(path) || "/api/v1/check".equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!gate.full()) {
            chain.doFilter(request, response);
            return;
        }
        gate.noteRefused();
        problems.count("busy");
        long seconds = gate.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemJson.write(response, 503, "busy", "服务正忙（同时排版的公文已达上限），请 " + seconds + " 秒后重试。",
                "Too many renders at once; retry in " + seconds + " s.");
    }
}
