package org.gongwen.cli;

import org.gongwen.web.GongwenApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the web service. When it is ready it says so in one line on stderr with the address
 * ({@link #readyLine}); stdout carries the logs (JSON lines: warnings, errors and one line per
 * request, see application.properties), so a log collector reading stdout gets only JSON.
 */
@Command(name = "serve", description = "Run the web service (API, clerk UI). Settings as --name=value, "
        + "e.g. --gongwen.renders.concurrency=8 --gongwen.limits.max-pages=100 --server.address=127.0.0.1")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default 8080; 0 = any free port, named in the line printed when ready)",
            defaultValue = "8080")
    int port;

    /** Spring properties for this run (limits, render capacity, address), passed on as given. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    /** Where the ready line goes (a test may look). */
    PrintStream console = System.err;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=" + port);
        SpringApplication app = new SpringApplication(GongwenApplication.class);
        CountDownLatch closed = new CountDownLatch(1);
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof ApplicationReadyEvent ready) {
                console.println(readyLine(ready.getApplicationContext()));
                console.flush();
            } else if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        };
        app.addListeners(listener);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring has logged why (its failure analysis, on stdout); the console gets one line, not
            // picocli's stack trace
            console.println(failureLine(e));
            return 1;
        }
        // the service runs until the context is closed (Ctrl+C, SIGTERM, /actuator/shutdown if exposed);
        // then Main exits the JVM
        if (!context.isActive()) return 0;
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** "gongwen 已启动：http://localhost:8080/ （按 Ctrl+C 停止）", with the port the server listens on. */
    static String readyLine(ConfigurableApplicationContext context) {
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : -1;
        Environment env = context.getEnvironment();
        return "gongwen 已启动：" + address(env.getProperty("server.address"), port,
                env.getProperty("server.servlet.context-path", "")) + " （按 Ctrl+C 停止）";
    }

    /** One line in Chinese and English on why the service did not start. */
    static String failureLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException inUse) {
                return "gongwen 未能启动：端口 " + inUse.getPort() + " 已被占用，请用 --port 换一个 / port "
                        + inUse.getPort() + " is in use: choose another with --port";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return "gongwen 未能启动 / failed to start: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage().strip().lines().findFirst().orElse(""));
    }

    /** The address a browser on this machine opens: localhost when the server listens on every interface. */
    static String address(String bound, int port, String contextPath) {
        String host = bound == null || bound.isBlank() || bound.equals("0.0.0.0") || bound.equals("::")
                || bound.equals("[::]") ? "localhost" : bound.strip();
        if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        String path = contextPath == null || contextPath.isBlank() || contextPath.equals("/") ? "" : contextPath.strip();
        if (!path.isEmpty() && !path.startsWith("/")) path = "/" + path;
        if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return "http://" + host + ":" + port + path + "/";
    }
}
