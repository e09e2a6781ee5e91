package org.gongwen.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging of the CLI commands (not of serve): gongwen's own warnings only, on stderr, so stdout
 * carries only the command's output (parse prints JSON there). The libraries' log lines stay silent:
 * they speak of the input the command refuses or reports on itself, and an extra line would break
 * the rule that bad input is one line on stderr (POI logged a stack trace for every DOCTYPE, PDFBox
 * a line per broken object). Set up in code: reading an XML configuration took about 0.14 s of a
 * one-shot render.
 */
final class CliLogging {
    private CliLogging() {}

    static void warningsToStderr() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.OFF);
        root.addAppender(stderr);
        context.getLogger("org.gongwen").setLevel(Level.WARN);
    }
}
