package io.tenure.bench;

import io.tenure.UserError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench startup}: what a user waits for, measured on fresh processes of the real jar
 * ({@code java -jar tenure.jar}), never inside this JVM: a one-shot {@code ask} in each language, and the
 * time until {@code chat} reads its first message. Runs in a scratch folder whose data folder is
 * initialised by one run first (as after a user's first command); figures go to the README.
 */
@Command(name = "startup", description = "Time fresh `java -jar tenure.jar` processes: `ask` in each language "
        + "and `chat` until it reads the first message; prints the median and the slowest run.")
public final class StartupBench implements Callable<Integer> {
    /** One question per language, each answered from the bundled help center. */
    static final Map<String, String> QUESTIONS = questions();

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Processes per measurement (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jar", paramLabel = "FILE", description = "The jar to start (default: tenure.jar next to "
            + "this bench jar, else target/tenure.jar).")
    Path jar;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary "
            + "folder, deleted afterwards).")
    Path work;

    private static Map<String, String> questions() {
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("en", "How do I cancel my subscription?");
        questions.put("ko", "구독을 어떻게 취소하나요?");
        questions.put("ja", "サブスクリプションを解約するには?");
        questions.put("th", "ยกเลิกการสมัครสมาชิกได้อย่างไร");
        questions.put("id", "Bagaimana cara membatalkan langganan saya?");
        return questions;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1.");
        }
        Path tenureJar = jar != null ? jar : defaultJar();
        if (!Files.isRegularFile(tenureJar)) {
            throw new UserError("No jar at " + tenureJar + ": build it with `mvn -q -DskipTests package`, or name "
                    + "one with --jar.");
        }
        boolean scratch = work == null;
        Path folder = scratch ? Files.createTempDirectory("tenure-startup-bench") : work;
        PrintWriter out = spec.commandLine().getOut();
        try {
            Files.createDirectories(folder);
            Launcher launcher = new Launcher(tenureJar.toAbsolutePath(), folder, folder.resolve("data"));
            out.printf("tenure bench startup: %s (%,d bytes), %d runs each, %d cores, Java %s%n", tenureJar,
                    Files.size(tenureJar), runs, Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            long first = launcher.ask(QUESTIONS.get("en"));
            out.printf("first run (creates the database and indexes the demo help center): %,d ms%n", first);
            out.println();
            out.println("| command | median ms | max ms |");
            out.println("|---|---|---|");
            List<Long> help = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                help.add(launcher.run(List.of("--help"), "Usage"));
            }
            row(out, "`--help`", help);
            for (Map.Entry<String, String> question : QUESTIONS.entrySet()) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    times.add(launcher.ask(question.getValue()));
                }
                row(out, "`ask` (" + question.getKey() + ")", times);
            }
            List<Long> prompt = new ArrayList<>();
            List<Long> answer = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long[] chat = launcher.chat("how do i get a refund");
                prompt.add(chat[0]);
                answer.add(chat[1]);
            }
            row(out, "`chat`: reads the first message (prompt)", prompt);
            row(out, "`chat`: first answer", answer);
            out.flush();
            return 0;
        } finally {
            if (scratch) {
                delete(folder);
            }
        }
    }

    private static void row(PrintWriter out, String name, List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        out.printf("| %s | %,d | %,d |%n", name, median, sorted.get(sorted.size() - 1));
        out.flush();
    }

    /** tenure.jar beside the jar these classes come from (target/tenure-bench.jar), else target/tenure.jar. */
    private static Path defaultJar() {
        try {
            Path self = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = self.resolveSibling("tenure.jar");
            if (Files.isRegularFile(self) && Files.isRegularFile(beside)) {
                return beside;
            }
        } catch (Exception e) {
            // Not from a jar (the test classpath): fall through.
        }
        return Path.of("target", "tenure.jar");
    }

    /** Starts {@code java -jar tenure.jar --data DATA ...} in the scratch folder, so its own configuration applies. */
    private record Launcher(Path jar, Path folder, Path data) {
        long ask(String question) throws IOException, InterruptedException {
            // A cited answer ends with its sources, numbered: "[1] …".
            return run(List.of("ask", question), "[1]");
        }

        /** @return wall milliseconds until the process ended, having printed {@code expected} on stdout */
        long run(List<String> args, String expected) throws IOException, InterruptedException {
            long started = System.nanoTime();
            Process process = start(args);
            process.getOutputStream().close();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("tenure " + args + " did not end within 5 minutes");
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (process.exitValue() != 0 || !stdout.contains(expected)) {
                throw new IllegalStateException("tenure " + args + " exited " + process.exitValue()
                        + " without " + expected + ":\n" + stdout + "\n" + stderr(process));
            }
            return elapsed;
        }

        /**
         * A piped chat echoes each message it reads ("> …") before answering: the moment an interactive
         * chat shows its prompt and reads. The message is written at once, as a user typing fast would.
         *
         * @return wall milliseconds until the message was read, and until its answer was printed
         */
        long[] chat(String message) throws IOException, InterruptedException {
            long started = System.nanoTime();
            Process process = start(List.of("chat"));
            OutputStream stdin = process.getOutputStream();
            stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            long read = -1;
            long answered = -1;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long now = (System.nanoTime() - started) / 1_000_000;
                    if (read < 0 && line.startsWith("> ")) {
                        read = now;
                    } else if (read >= 0 && !line.isBlank()) {
                        answered = now;
                        stdin.close();
                    }
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            if (read < 0 || answered < 0 || process.exitValue() != 0) {
                throw new IllegalStateException("tenure chat exited " + process.exitValue()
                        + " without reading and answering a message:\n" + stderr(process));
            }
            return new long[] {read, answered};
        }

        private Process start(List<String> args) throws IOException {
            List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--data", data.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
            builder.redirectError(folder.resolve("stderr.log").toFile());
            return builder.start();
        }

        private String stderr(Process process) {
            try {
                return Files.readString(folder.resolve("stderr.log"));
            } catch (IOException e) {
                return "(no stderr: " + e.getMessage() + ")";
            }
        }

        private static String java() {
            return ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
