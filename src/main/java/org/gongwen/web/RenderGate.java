package org.gongwen.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.model.BadInputException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control for renders: at most {@code concurrency} run at once and at most {@code queue}
 * wait; anything beyond is answered 503 with Retry-After at once, so an overload costs a quick
 * refusal instead of memory and everyone's latency. Gauges {@code gongwen.renders.running} and
 * {@code gongwen.renders.queued} show how full it is.
 */
@Component
public class RenderGate implements DisposableBean {
    private final Capacity capacity;
    /** One permit per render admitted (running or waiting); held until the render's work has ended. */
    private final Semaphore admitted;
    private final ThreadPoolExecutor pool;

    /**
     * {@code gongwen.renders.*}: 0 for concurrency means cores x 2; -1 for queue means half of
     * concurrency (an admitted request waits at most about half a render's time).
     */
    @ConfigurationProperties("gongwen.renders")
    public record Capacity(@DefaultValue("0") int concurrency, @DefaultValue("-1") int queue,
                           @DefaultValue("5s") Duration retryAfter) {
        public Capacity {
            if (concurrency <= 0) concurrency = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
            if (queue < 0) queue = concurrency / 2;
        }
    }

    public RenderGate(Capacity capacity, MeterRegistry meters) {
        this.capacity = capacity;
        this.admitted = new Semaphore(capacity.concurrency() + capacity.queue());
        AtomicInteger n = new AtomicInteger();
        // the pool's queue never holds more than the permits allow
        this.pool = new ThreadPoolExecutor(capacity.concurrency(), capacity.concurrency(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        Gauge.builder("gongwen.renders.running", pool, ThreadPoolExecutor::getActiveCount)
                .description("Renders running now").register(meters);
        Gauge.builder("gongwen.renders.queued", pool, p -> p.getQueue().size())
                .description("Renders waiting for a free slot").register(meters);
    }

    /** Starts {@code work} when a slot or queue place is free; else a 503 problem with Retry-After. */
    public <T> Future<T> submit(Callable<T> work) {
        if (!admitted.tryAcquire()) throw busy();
        try {
            return pool.submit(() -> {
                try {
                    return work.call();
                } finally {
                    admitted.release(); // before the caller sees the result: its next request finds the place free
                }
            });
        } catch (RejectedExecutionException e) {
            admitted.release();
            throw busy();
        }
    }

    /** Every slot busy and the queue full: a new render would be refused now. */
    public boolean full() {
        return admitted.availablePermits() == 0;
    }

    /** Renders admitted whose work has not ended yet, running or waiting. */
    public int inFlight() {
        return capacity.concurrency() + capacity.queue() - admitted.availablePermits();
    }

    public Capacity capacity() {
        return capacity;
    }

    /** Seconds a refused client should wait, for the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, capacity.retryAfter().toSeconds());
    }

    private BadInputException busy() {
        long seconds = retryAfterSeconds();
        // the problem handlers build the body; the header goes on the response being answered
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletResponse response = a.getResponse();
            if (response != null) response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return new BadInputException("busy",
                "服务正忙（同时排版的公文已达上限），请 " + seconds + " 秒后重试。",
                "Too many renders at once; retry in " + seconds + " s.", 503, null);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
