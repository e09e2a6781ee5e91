package org.gongwen.cli;

import org.gongwen.web.GongwenApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", description = "Run the web service (API, clerk UI).")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default 8080)", defaultValue = "8080")
    int port;

    @Override
    public Integer call() {
        GongwenApplication.start(new String[]{"--server.port=" + port});
        return 0;
    }
}
