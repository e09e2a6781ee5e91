package org.gongwen.cli;

/**
 * The jar's start class, compiled for Java 17 so that an older JVM gets one clear line instead of
 * an UnsupportedClassVersionError: everything else in gongwen needs Java 21.
 */
public final class Launcher {
    private static final int REQUIRED = 21;

    public static void main(String[] args) throws Throwable {
        int feature = Runtime.version().feature();
        if (feature < REQUIRED) {
            System.err.println("gongwen 需要 Java " + REQUIRED + " 或更高版本，当前为 " + feature
                    + " / gongwen needs Java " + REQUIRED + "+, this is Java " + feature
                    + ": run it with a newer JDK (set JAVA_HOME, or use bin/gongwen)");
            System.exit(2);
        }
        try {
            Class.forName("org.gongwen.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
