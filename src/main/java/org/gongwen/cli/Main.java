package org.gongwen.cli;

import picocli.CommandLine;

/** Entry point of gongwen.jar: the CLI; {@code serve} starts the web service. */
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new GongwenCommand()).execute(args));
    }
}
