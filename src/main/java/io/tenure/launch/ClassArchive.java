package io.tenure.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds {@code tenure.jsa} beside {@code tenure.jar} at {@code mvn package}: a class-data archive of the
 * classes a new user's first commands load, already parsed and verified, which the JVM maps instead of
 * reading them from the jar ({@link Relaunch} passes it to the second JVM). The classes are found by
 * running the jar as a user would (a first {@code ask}, which ingests the demo help center, a console chat
 * in the five languages with the tour's staff commands, and {@code --help}), so the list follows the code.
 *
 * <p>The archive holds the jar's absolute path, size and time and the JVM's build; any other jar or JVM
 * ignores it silently, so a failure here never fails the build: Tenure only starts slower, and
 * {@code TenureJarCheck} is where a missing archive shows.
 */
public final class ClassArchive {
    private static final long STEP_SECONDS = 180;

    /** The tour in the console: a question per language, then the staff commands a new user tries. */
    private static final String CHAT = String.join("\n",
            "How do I cancel my subscription?", "구독을 어떻게 취소하나요?", "サブスクリプションを解約するには?",
            "ยกเลิกการสมัครสมาชิกได้อย่างไร", "Bagaimana cara membatalkan langganan saya?", "help", "risk",
            "account ACC-00037", "summary ACC-00037", "draft ACC-00037", "digest", "") + "\n";

    private ClassArchive() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ClassArchive TENURE_JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath().normalize();
        Path archive = Relaunch.archiveOf(jar);
        Path work = Files.createTempDirectory("tenure-class-archive");
        try {
            build(jar, archive, work);
            System.out.printf("tenure: class-data archive %s (%,d bytes)%n", archive, Files.size(archive));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(archive);
            System.out.println("tenure: WARNING no class-data archive (" + e.getMessage() + "); tenure.jar works, "
                    + "it only starts slower");
        } finally {
            deleteTree(work);
        }
    }

    static void build(Path jar, Path archive, Path work) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path data = work.resolve("data");
        List<List<String>> runs = List.of(
                List.of("ask", "How do I cancel my subscription?"),
                List.of("chat"),
                List.of("--help"));
        Set<String> classes = new LinkedHashSet<>();
        List<String> lambdas = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Path list = work.resolve("classes-" + i + ".lst");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list,
                    "-D" + Relaunch.LAUNCHED + "=true", "-cp", jar.toString(), "io.tenure.Main", "--data",
                    data.toString()));
            command.addAll(runs.get(i));
            run(command, work, runs.get(i).get(0).equals("chat") ? CHAT : "");
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (line.startsWith("@")) {
                    lambdas.add(line);
                } else if (!line.isBlank()) {
                    classes.add(line);
                }
            }
        }
        // First the classes alone. Lambdas whose interface or host the dump leaves out (classes compiled for
        // Java 5 such as picocli's, JFR events) crash the dump of OpenJDK 17.0.15 (SIGSEGV in
        // SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), so the left-out classes are read
        // from this first dump's warnings, and a second dump adds the lambdas that name none of them: a
        // thousand lambdas spun at start cost a tenth of a one-shot ask. If that dump fails, the first stands.
        Path classesOnly = work.resolve("classes.lst");
        Files.write(classesOnly, classes, StandardCharsets.UTF_8);
        Path first = work.resolve("first.jsa");
        String warnings = run(dump(java, jar, classesOnly, first), work, "");
        Files.move(first, archive, StandardCopyOption.REPLACE_EXISTING);
        Set<String> leftOut = leftOut(warnings);
        List<String> withLambdas = new ArrayList<>(classes);
        lambdas.stream().distinct().filter(line -> leftOut.stream().noneMatch(name -> names(line, name)))
                .forEach(withLambdas::add);
        Path withLambdasList = work.resolve("classes-and-lambdas.lst");
        Files.write(withLambdasList, withLambdas, StandardCharsets.UTF_8);
        Path second = work.resolve("second.jsa");
        try {
            run(dump(java, jar, withLambdasList, second), work, "");
            Files.move(second, archive, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.out.println("tenure: class-data archive without lambdas (" + e.getMessage() + ")");
        }
    }

    private static List<String> dump(Path java, Path jar, Path classList, Path archive) {
        return List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString());
    }

    private static final Pattern LEFT_OUT = Pattern.compile(
            "(?:not supported by CDS: \\S+ |Skipping |Cannot find )([\\w/$]+)");

    /** The classes a dump's warnings say it left out of the archive. */
    static Set<String> leftOut(String warnings) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = LEFT_OUT.matcher(warnings);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether a class-list line names the class: as its host, or in a descriptor ({@code Lname;}). */
    static boolean names(String line, String className) {
        return line.contains("L" + className + ";") || line.contains(" " + className + " ");
    }

    /** Runs one step and returns its output (stdout and stderr), which names the step when it fails. */
    private static String run(List<String> command, Path work, String input) throws IOException, InterruptedException {
        Path output = Files.createTempFile(work, "step", ".log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("`" + String.join(" ", command) + "` took over " + STEP_SECONDS + " s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            List<String> lines = text.lines().toList();
            throw new IOException("`" + String.join(" ", command) + "` exited " + process.exitValue() + ": "
                    + String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        return text;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
