package io.tenure.chat.console;

import io.tenure.App;
import io.tenure.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure chat}: the console chat, the embedded default. */
@Command(name = "chat", description = "Chat with Tenure in the console, one message per line, until end of input.")
public final class ChatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "USER", defaultValue = "local",
            description = "Who you are (mapped to roles in config); default: ${DEFAULT-VALUE}.")
    String user;

    @Override
    public Integer call() throws Exception {
        ConsoleLogging.quiet(System.getenv());
        App app = Main.app(spec);
        app.prepare();
        app.addStaffAlerts("console", new ConsoleStaffAlerts(spec.commandLine().getErr()));
        // Follow-ups, alerts and deliveries are jobs; this process works them while it runs.
        app.startJobs(false);
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ConsoleChat chat = new ConsoleChat(app.assistant(), app.roles().caller(user, "console"), out,
                System.console() != null);
        chat.run(in);
        // Alerts of the last questions (a customer asking how to cancel) are printed before the process ends.
        app.finishFollowUps();
        app.close();
        return 0;
    }
}
