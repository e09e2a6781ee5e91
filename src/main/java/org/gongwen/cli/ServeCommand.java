package org.gongwen.cli;

import org.gongwen.web.GongwenApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Run the web service (API, clerk UI). Settings as --name=value, "
        + "e.g. --gongwen.renders.concurrency=8 --gongwen.limits.max-pages=100 --server.address=127.0.0.1")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default 8080)", defaultValue = "8080")
    int port;

    /** Spring properties for this run (limits, render capacity, address), passed on as given. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=" + port);
        GongwenApplication.start(args.toArray(String[]::new));
        return 0;
    }
}
