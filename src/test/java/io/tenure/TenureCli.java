package io.tenure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** The real {@code tenure} command line in this JVM, its output captured (for tests in any package). */
public final class TenureCli {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> environment;

    public TenureCli() {
        this(Map.of());
    }

    public TenureCli(Map<String, String> environment) {
        this.environment = environment;
    }

    public int run(String... args) {
        // As `java -jar` builds it: only the command the arguments name, or all of them.
        CommandLine cli = Main.commandLine(new Main().withEnvironment(environment, CLOCK), args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
