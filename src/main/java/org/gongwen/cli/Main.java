package org.gongwen.cli;

import picocli.CommandLine;

/** Entry point of gongwen.jar: the CLI; {@code serve} starts the web service. */
public final class Main {
    public static void main(String[] args) {
        boolean serving = args.length > 0 && args[0].equals("serve");
        if (!serving && System.getProperty("logback.configurationFile") == null) {
            // before any logger exists: library logs must not mix into stdout (parse prints JSON there)
            System.setProperty("logback.configurationFile", "gongwen/logback-cli.xml");
        }
        System.exit(new CommandLine(new GongwenCommand()).execute(args));
    }
}
