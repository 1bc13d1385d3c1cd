package io.tenure.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code java -jar tenure.jar ARGS} starts the JVM that runs Tenure. Options such as a class-data
 * archive and the quick compiler cannot ride in a jar's manifest, and they decide whether a one-shot
 * {@code ask} answers in under two seconds or in three to five on two cores: most of the wait is loading
 * and verifying six thousand classes, and the optimizing compiler burning the second core on code that
 * runs once. So the jar's entry point starts a second JVM with them, and only does so where a person
 * waits: a server or a long measurement keeps its one process and the optimizing compiler.
 *
 * <p>Pure: the plan is decided from the arguments, the parent JVM's own options, the jar and the
 * environment, so {@code RelaunchTest} can read every decision without starting a process.
 */
public final class Relaunch {
    /** Set on the second JVM, so it never starts a third. */
    static final String LAUNCHED = "tenure.launched";

    /** {@code TENURE_LAUNCH=direct} runs everything in the first JVM (for debugging or a profiler). */
    static final String SWITCH = "TENURE_LAUNCH";

    /** Commands that run in one JVM: a server lives for days, a measurement must see a plain JVM. */
    private static final Set<String> IN_PROCESS = Set.of("serve", "eval", "bench");

    /**
     * Commands a person waits on and that do little work: the quick compiler (C1) alone is enough, and
     * leaves the second core to the command. Imports, ingests and reports keep the optimizing compiler.
     */
    private static final Set<String> QUICK = Set.of("chat", "ask", "help", "risk", "account", "draft", "drafts",
            "audit", "summary", "digest", "alerts");

    private static final Set<String> GLOBAL_VALUE_OPTIONS = Set.of("--config", "--data");

    private Relaunch() {
    }

    /** The class-data archive built beside the jar by {@code mvn package}: {@code tenure.jar} → {@code tenure.jsa}. */
    public static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(base + ".jsa");
    }

    /**
     * The second JVM's command line, or empty to run here: when already relaunched, when switched off,
     * for the in-process commands, or when this JVM was not started with {@code -jar} (its own options
     * then cannot be known, and a test or an IDE runs {@code Main} directly anyway).
     *
     * @param java       the {@code java} executable of this JVM
     * @param jvmCommand this JVM's arguments as the OS saw them (everything after the executable)
     * @param jar        the jar this class was loaded from
     */
    static Optional<List<String>> plan(String[] args, Path java, List<String> jvmCommand, Path jar,
                                       Map<String, String> env, boolean launched) {
        if (launched || "direct".equalsIgnoreCase(env.getOrDefault(SWITCH, ""))) {
            return Optional.empty();
        }
        int jarFlag = jvmCommand.indexOf("-jar");
        if (jarFlag < 0) {
            return Optional.empty();
        }
        String command = command(args);
        if (IN_PROCESS.contains(command)) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        Path archive = archiveOf(jar);
        if (Files.isRegularFile(archive)) {
            // A stale archive (another jar, another JVM build) is ignored by the JVM without a word: slower, not wrong.
            line.add("-XX:SharedArchiveFile=" + archive);
        }
        if (QUICK.contains(command) || command.isEmpty()) {
            line.add("-XX:TieredStopAtLevel=1");
        }
        // The user's own JVM options come after ours, so theirs win where both set the same flag.
        line.addAll(jvmCommand.subList(0, jarFlag));
        line.add("-D" + LAUNCHED + "=true");
        line.add("-cp");
        line.add(jar.toString());
        line.add("io.tenure.Main");
        line.addAll(List.of(args));
        return Optional.of(line);
    }

    /**
     * The command's name, or "" when none is given (the console chat, or root help and version): the first
     * word that is not an option nor a global option's value. {@code Main.oneCommand} reads the same words
     * more strictly (for which picocli model to build); it is not called here because loading {@code Main}
     * loads every command class, which this first JVM exists to avoid. Its {@code GLOBAL_VALUE_OPTIONS} and
     * these must name the same options.
     */
    static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_VALUE_OPTIONS.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }
}
