package io.tenure.chat;

import io.tenure.App;
import io.tenure.Main;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tenure serve}: every configured chat platform, the daily digest and the HTTP server, until stopped. */
@Command(name = "serve", description = "Run every configured chat platform, the daily digest and the HTTP server "
        + "until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        app.prepare();
        for (ChatAdapter adapter : app.chatAdapters()) {
            adapter.start();
        }
        // After the adapters: the card, alert and digest jobs need their displays and channels.
        app.startJobs(true);
        HttpServer http = app.httpServer().start();
        spec.commandLine().getOut().println(serving(app.chatAdapters().stream().map(ChatAdapter::platform).toList(),
                http.port()));
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            app.close();
            stopped.countDown();
        }, "tenure-stop"));
        stopped.await();
        return 0;
    }

    /** What runs, in words; with no platform, what to set to connect one. */
    static String serving(java.util.List<String> platforms, int port) {
        if (platforms.isEmpty()) {
            return "Tenure is running without a chat platform: only the HTTP server (GET /health on port " + port
                    + "). To connect Slack, set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket "
                    + "Mode) or SLACK_SIGNING_SECRET (HTTP mode); to connect Discord, set DISCORD_BOT_TOKEN; then "
                    + "start it again. Ctrl-C stops it.";
        }
        return "Tenure is serving " + String.join(" and ", platforms.stream()
                .map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1)).toList()) + ", with HTTP on port " + port
                + ". Ctrl-C stops it.";
    }
}
