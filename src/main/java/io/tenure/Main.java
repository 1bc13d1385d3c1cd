package io.tenure;

import io.tenure.chat.ServeCommand;
import io.tenure.chat.console.ChatCommand;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigLoader;
import io.tenure.health.cli.AccountCommand;
import io.tenure.health.cli.AccountsCommand;
import io.tenure.health.cli.DemoDataCommand;
import io.tenure.health.cli.DigestCommand;
import io.tenure.health.cli.RiskCommand;
import io.tenure.knowledge.AskCommand;
import io.tenure.knowledge.KbCommand;
import io.tenure.knowledge.eval.EvalCommand;
import io.tenure.llm.SummaryCommand;
import io.tenure.outreach.AuditCommand;
import io.tenure.outreach.DraftCommand;
import io.tenure.outreach.DraftsCommand;
import io.tenure.report.ReportCommand;
import io.tenure.alerts.cli.AlertsCli;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tenure} command line. With no subcommand it runs the bot on what is configured. */
@Command(name = "tenure", mixinStandardHelpOptions = true, version = "tenure 0.1.0",
        description = "A retention assistant that lives in team chat.",
        subcommands = {ChatCommand.class, AskCommand.class, KbCommand.class, EvalCommand.class, ServeCommand.class,
                AccountsCommand.class, DemoDataCommand.class, RiskCommand.class, AccountCommand.class, DigestCommand.class,
                SummaryCommand.class, DraftCommand.class, DraftsCommand.class, AuditCommand.class,
                ReportCommand.class, AlertsCli.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file (default: config/tenure.yaml when present).")
    Path configFile;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where the database, index and outbox live (default: ./data).")
    Path dataDir;

    private App app;
    private Map<String, String> environment = System.getenv();
    private Clock clock = Clock.systemDefaultZone();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return commandLine(new Main()).execute(args);
    }

    /** The command line around a root, so tests can give it their own environment and clock. */
    static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main);
        cli.addSubcommand(benchCommand());
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        withHelpOptions(cli);
        ValueWords.register(cli);
        cli.setParameterExceptionHandler(ValueWords::explain);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof UserError) {
                commandLine.getErr().println("tenure: " + e.getMessage());
                return e instanceof UserError userError ? userError.exitCode() : 2;
            }
            if (e instanceof UncheckedIOException io) {
                // A file or folder that cannot be read or written (--out or --data naming a file, a full
                // disk) is for the user to fix: say which and why, not a stack trace.
                Throwable cause = io.getCause();
                commandLine.getErr().println("tenure: " + io.getMessage() + " (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /** Every command and subcommand answers {@code --help} and {@code -h}, also those added later. */
    private static void withHelpOptions(CommandLine command) {
        if (!command.getCommandSpec().mixinStandardHelpOptions()) {
            command.getCommandSpec().mixinStandardHelpOptions(true);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                withHelpOptions(sub);
            }
        }
    }

    /**
     * Benchmarks live apart from the production classes (src/bench/java, target/tenure-bench.jar): here
     * when that jar (or the test classpath) is present, else a command that says where they are.
     */
    private static Object benchCommand() {
        try {
            return Class.forName(BENCH_COMMAND).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return new BenchElsewhere();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + BENCH_COMMAND, e);
        }
    }

    static final String BENCH_COMMAND = "io.tenure.bench.BenchCommand";

    Main withEnvironment(Map<String, String> env, Clock clock) {
        this.environment = env;
        this.clock = clock;
        return this;
    }

    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // No subcommand: serve the chat platforms that are configured, else the console chat (the embedded default).
        // Executed through picocli, not called directly, so the subcommand's option defaults apply.
        String command = app(spec).chatAdapters().isEmpty() ? "chat" : "serve";
        return spec.subcommands().get(command).execute();
    }

    /** The application behind any command, built once per process from the global options. */
    public static App app(CommandSpec spec) {
        Main main = (Main) spec.root().userObject();
        if (main.app == null) {
            main.app = new App(ConfigLoader.load(main.configFile, main.dataDir, main.environment), main.clock);
        }
        return main.app;
    }
}
