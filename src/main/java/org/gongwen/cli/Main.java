package org.gongwen.cli;

import picocli.CommandLine;

/** Entry point of gongwen.jar: the CLI; {@code serve} starts the web service. */
public final class Main {
    private static final String SAX_FACTORY = "javax.xml.parsers.SAXParserFactory";

    public static void main(String[] args) {
        boolean serving = args.length > 0 && args[0].equals("serve");
        if (!serving && System.getProperty("logback.configurationFile") == null) {
            // before anything logs: library logs must not mix into stdout (parse prints JSON there)
            CliLogging.warningsToStderr();
        }
        if (System.getProperty(SAX_FACTORY) == null) {
            // XMLBeans (POI) asks for a new SAX parser factory for every part of every DOCX read; with
            // no property set, each ask searches the class path's service files (5 % of a DOCX
            // upload's CPU in the service). This names the JDK's own, which that search finds.
            System.setProperty(SAX_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        }
        System.exit(new CommandLine(new GongwenCommand()).execute(args));
    }
}
