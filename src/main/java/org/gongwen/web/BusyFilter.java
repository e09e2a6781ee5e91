package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sheds API render requests while the {@link RenderGate} is full, before their body is read and
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
        return !("POST".equals(request.getMethod()) && "/api/v1/render".equals(request.getRequestURI()));
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
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        response.setStatus(503);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition: bytes, so the content type carries no charset (as ApiProblems answers)
        response.getOutputStream().write(("{\"type\":\"" + ApiProblems.TYPE_BASE + "busy\",\"title\":\"busy\",\"status\":503,"
                + "\"detail\":\"服务正忙（同时排版的公文已达上限），请 " + seconds + " 秒后重试。\",\"code\":\"busy\","
                + "\"detailEn\":\"Too many renders at once; retry in " + seconds + " s.\""
                + (requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"") + "}").getBytes(StandardCharsets.UTF_8));
    }
}
