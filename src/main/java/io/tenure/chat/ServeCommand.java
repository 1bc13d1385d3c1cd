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
        if (app.chatAdapters().isEmpty()) {
            log.warn("no chat platform is configured (set SLACK_BOT_TOKEN, see README); serving HTTP only");
        }
        for (ChatAdapter adapter : app.chatAdapters()) {
            adapter.start();
        }
        app.digestSchedule().start();
        HttpServer http = app.httpServer().start();
        spec.commandLine().getOut().println("Tenure is serving " + app.chatAdapters().stream()
                .map(ChatAdapter::platform).toList() + " with HTTP on port " + http.port() + ". Ctrl-C stops it.");
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
}
