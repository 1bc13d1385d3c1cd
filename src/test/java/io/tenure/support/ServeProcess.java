package io.tenure.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code tenure serve} in its own JVM, started from the test's own class path (the compiled classes and
 * every dependency Maven resolved), with only the environment a test gives it: nothing of the developer's
 * Slack or Discord tokens leaks in. Its output goes to files in its folder, read for the HTTP port and shown
 * when a test fails.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("with HTTP on port (\\d+)");

    private final String name;
    private final Path dir;
    private final Map<String, String> environment;
    private final List<String> arguments = new ArrayList<>();
    private Process process;
    private int port;
    private int starts;

    public ServeProcess(String name, Path dir, Map<String, String> environment) {
        this.name = name;
        this.dir = dir;
        this.environment = new java.util.HashMap<>(environment);
    }

    /** Sets an environment variable for every later start (a restart with a changed setting). */
    public ServeProcess withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Adds arguments after {@code serve --data DIR} (e.g. {@code --config FILE}) for every later start. */
    public ServeProcess withArguments(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** Starts the process; {@link #awaitServing(Duration)} waits until it listens. */
    public ServeProcess start() {
        starts++;
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xmx384m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-Djava.awt.headless=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.tenure.Main");
            command.add("serve");
            command.add("--data");
            command.add(dir.resolve("data").toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(dir.resolve("stdout-" + starts + ".log").toFile())
                    .redirectError(dir.resolve("stderr-" + starts + ".log").toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("HOME", dir.toString());
            builder.environment().putAll(environment);
            process = builder.start();
            port = 0;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the process says it is serving, and returns its HTTP port. */
    public int awaitServing(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(read("stdout-" + starts + ".log"));
            if (serving.find()) {
                port = Integer.parseInt(serving.group(1));
                return port;
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before serving:\n" + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " did not start serving within " + within + ":\n" + output());
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    /** kill -9: no shutdown hook runs, nothing is released, whatever was under way stops where it was. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Everything the process wrote so far (every start), for a failing test's message. */
    public String output() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            out.append("---- ").append(name).append(" start ").append(i).append(" stdout\n")
                    .append(read("stdout-" + i + ".log"))
                    .append("---- ").append(name).append(" start ").append(i).append(" stderr (last lines)\n")
                    .append(tail(read("stderr-" + i + ".log"), 60));
        }
        return out.toString();
    }

    private String read(String file) {
        try {
            Path path = dir.resolve(file);
            return Files.exists(path) ? Files.readString(path) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    }

    /** Stops the process as Ctrl-C would (its shutdown hook runs), forcibly after ten seconds. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
