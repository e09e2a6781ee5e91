package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
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
        BadInputException busy = gate.refusal();
        problems.count(busy.code());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(gate.retryAfterSeconds()));
        ProblemJson.write(response, busy);
    }
}
