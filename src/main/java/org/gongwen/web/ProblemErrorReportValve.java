package org.gongwen.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error answers — a request refused before the application sees it (an encoded / or \ in
 * the path, a NUL, headers over the limit) — as problem+json instead of Tomcat's HTML page, so every
 * answer of the service has the API's form. Installed as the host's error report valve by
 * {@link ContainerSecurityHeaders}. Like Tomcat's valve, it writes only when nothing was written yet.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String requestId = response.getHeader(RequestIdFilter.HEADER);
            PrintWriter writer = response.getReporter();
            if (writer == null) return;
            ProblemJson.Problem p = ProblemJson.forStatus(status);
            writer.write(new String(ProblemJson.body(status, p.code(), p.zh(), p.en(), requestId), StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is in a state Tomcat would not report on either
        }
    }
}
