package io.tenure.chat.console;

import io.tenure.App;
import io.tenure.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        // The prompt comes first; the help center loads while the person types. Dictionaries and lingua's models
        // load for the first message that needs them: most need none, and on two cores warming them all
        // would slow down the first answer.
        CompletableFuture<Void> prepared = app.prepareInBackground().thenRun(() -> {
            app.addStaffAlerts("console", new ConsoleStaffAlerts(spec.commandLine().getErr()));
            // Follow-ups, alerts and deliveries are jobs; this process works them while it runs.
            app.startJobs(false);
        });
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ConsoleChat chat = new ConsoleChat(() -> {
            ready(prepared);
            return app.assistant();
        }, app.roles().caller(user, "console"), out, System.console() != null);
        chat.run(in);
        // Also with no input at all: the data folder is then initialised, as before the first question.
        ready(prepared);
        // Alerts of the last questions (a customer asking how to cancel) are printed before the process ends.
        app.finishFollowUps();
        app.close();
        return 0;
    }

    /** Waits for the background preparation; its failure (a bad configuration file) is this command's. */
    private static void ready(CompletableFuture<Void> prepared) {
        try {
            prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
