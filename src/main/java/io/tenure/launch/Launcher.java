package io.tenure.launch;

import io.tenure.Main;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point ({@code java -jar tenure.jar}). Starts Tenure in a second JVM with the options that
 * make it start fast ({@link Relaunch}), or runs it here. It loads nothing of Tenure before deciding, so the
 * first JVM costs about a tenth of a second; the second inherits the terminal, so input, output, colours
 * and Ctrl-C behave as with one process, and its exit code is this one's.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<String>> plan = plan(args);
        if (plan.isEmpty()) {
            Main.main(args);
            return;
        }
        Process tenure;
        try {
            tenure = new ProcessBuilder(plan.get()).inheritIO().start();
        } catch (IOException e) {
            Main.main(args); // no second JVM here (a locked-down host): the same command, only slower
            return;
        }
        // A stop sent to this process alone (a service manager's SIGTERM) reaches Tenure, which then shuts
        // down as it would have on its own.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tenure.destroy();
            try {
                tenure.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tenure-launcher-stop"));
        int exitCode;
        while (true) {
            try {
                exitCode = tenure.waitFor();
                break;
            } catch (InterruptedException e) {
                // Only a stop interrupts the wait; the shutdown hook passes it on.
            }
        }
        System.exit(exitCode);
    }

    private static Optional<List<String>> plan(String[] args) {
        List<String> jvmCommand = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        Path jar;
        try {
            jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Relaunch.plan(args, java, jvmCommand, jar, System.getenv(),
                Boolean.getBoolean(Relaunch.LAUNCHED));
    }
}
