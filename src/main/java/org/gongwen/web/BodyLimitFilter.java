package org.gongwen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every request body, read or not, within {@code gongwen.limits.max-upload} (the clerk's review form within
 * {@code max-review-form}, {@link #REVIEW_FORMS}): a declared length over it is
 * refused with 413 before a byte is read; a body without a declared length (chunked) is cut off where
 * it passes the limit, so a controller that reads the whole body (JSON, a template upload) never holds
 * more than the limit. Multipart bodies are bounded by the container with the same number.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodyLimitFilter extends OncePerRequestFilter {
    /** The clerk's review form posts here: the document three ways, form-encoded ({@link WebLimits#maxReviewForm}). */
    static final java.util.Set<String> REVIEW_FORMS = java.util.Set.of("/review", "/preview", "/download");

    private final WebLimits limits;
    private final Problems problems;

    public BodyLimitFilter(WebLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = REVIEW_FORMS.contains(request.getRequestURI())
                && String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded")
                ? Math.max(limits.maxReviewForm().toBytes(), limits.maxUpload().toBytes()) : limits.maxUpload().toBytes();
        if (request.getContentLengthLong() > limit) {
            BadInputException tooLarge = limits.uploadTooLarge();
            problems.count(tooLarge.code());
            // the unread body is not worth receiving: the connection closes after the answer
            response.setHeader("Connection", "close");
            ProblemJson.write(response, tooLarge);
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** The request with a body stream that refuses (413) to read past the limit. */
    private final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) bounded = new BoundedStream(super.getInputStream(), limit);
            return bounded;
        }
    }

    private final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        /** Unchecked on purpose: readers wrap IOExceptions, and this must reach the problem handler as a 413. */
        private void count(int n) {
            read += n;
            if (read > limit) throw limits.uploadTooLarge();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
