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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tenure} command line. With no subcommand it runs the bot on what is configured. */
@Command(name = "tenure", mixinStandardHelpOptions = true, version = "tenure 0.1.0",
        description = "A retention assistant that lives in team chat.")
public final class Main implements Callable<Integer> {

    /**
     * The subcommands by name, in the order help lists them. Names are written out so that a one-shot
     * command can be found without loading the others: picocli reflects over every command and option it
     * is given, which cost a short {@code ask} four times its own model's CPU. {@code MainCommandsTest}
     * checks each name against its class's {@code @Command}.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            "chat", ChatCommand.class, "ask", AskCommand.class, "kb", KbCommand.class, "eval", EvalCommand.class,
            "serve", ServeCommand.class, "accounts", AccountsCommand.class, "demo-data", DemoDataCommand.class,
            "risk", RiskCommand.class, "account", AccountCommand.class, "digest", DigestCommand.class,
            "summary", SummaryCommand.class, "draft", DraftCommand.class, "drafts", DraftsCommand.class,
            "audit", AuditCommand.class, "report", ReportCommand.class, "alerts", AlertsCli.class);

    /** The root's options that take a value and may come before the subcommand's name. */
    private static final Set<String> GLOBAL_VALUE_OPTIONS = Set.of("--config", "--data");

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
        return commandLine(new Main(), args).execute(args);
    }

    /** The command line around a root with every command, so tests can give it their own environment and clock. */
    public static CommandLine commandLine(Main main) {
        return commandLine(main, List.of());
    }

    /**
     * The command line for these arguments: when they name one command (after only {@code --config} and
     * {@code --data}), the root holds just that command and {@code help}; anything else (no command, root
     * help or version, an unknown name, {@code help CMD}, an {@code @file}) gets every command as before.
     */
    static CommandLine commandLine(Main main, String[] args) {
        return commandLine(main, oneCommand(args).map(List::of).orElse(List.of()));
    }

    private static CommandLine commandLine(Main main, List<String> only) {
        CommandLine cli = new CommandLine(main);
        if (only.isEmpty()) {
            COMMANDS.values().forEach(cli::addSubcommand);
            cli.addSubcommand(benchCommand());
        } else if (only.get(0).equals(BENCH)) {
            cli.addSubcommand(benchCommand());
        } else {
            cli.addSubcommand(COMMANDS.get(only.get(0)));
        }
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

    /** The command these arguments run, when it is the only one the command line needs. */
    static Optional<String> oneCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_VALUE_OPTIONS.contains(arg)) {
                i++;
            } else if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : "";
                if (!GLOBAL_VALUE_OPTIONS.contains(name)) {
                    return Optional.empty();
                }
            } else {
                return COMMANDS.containsKey(arg) || arg.equals(BENCH) ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final String BENCH = "bench";

    private static Map<String, Class<?>> commands(Object... nameThenClass) {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            commands.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return Collections.unmodifiableMap(commands);
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
