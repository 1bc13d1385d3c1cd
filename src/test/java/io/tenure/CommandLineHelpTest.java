package io.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help on every command, and bad values explained in words, through the real command line. */
class CommandLineHelpTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandAndSubcommandAnswersHelpDashHAndHelpCommand() {
        List<String> failures = new ArrayList<>();
        for (List<String> path : commandPaths(Main.commandLine(new Main()), new ArrayList<>())) {
            for (String form : List.of("--help", "-h", "help")) {
                List<String> args = new ArrayList<>();
                if (form.equals("help")) {
                    args.add("help");
                    args.addAll(path);
                } else {
                    args.addAll(path);
                    args.add(form);
                }
                TenureCli cli = new TenureCli();
                int code = cli.run(args.toArray(String[]::new));
                if (code != 0 || !cli.out().contains("Usage:")) {
                    failures.add(String.join(" ", args) + " -> exit " + code + ": " + cli.err().strip());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsExplainedInWordsWithAnExample() {
        TenureCli cli = new TenureCli();

        int code = cli.run("--data", dir.toString(), "risk", "--as-of", "yesterday");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("'yesterday' is not a date; write it as YEAR-MONTH-DAY, for example")
                .contains("See `tenure help risk`.")
                .doesNotContain("java.time").doesNotContain("Exception");
    }

    @Test
    void aNumberThatIsNotANumberIsExplainedInWords() {
        TenureCli cli = new TenureCli();

        int code = cli.run("--data", dir.toString(), "risk", "--limit", "many");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("'many' is not a whole number; for example 10").doesNotContain("java.");
    }

    @Test
    void theProductionJarSaysWhereTheBenchmarksAreWhenTheyAreAbsent() {
        CommandLine elsewhere = new CommandLine(new Main()).addSubcommand(new BenchElsewhere());
        java.io.StringWriter err = new java.io.StringWriter();
        elsewhere.setErr(new java.io.PrintWriter(err, true));
        elsewhere.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println(e.getMessage());
            return 2;
        });

        int code = elsewhere.execute("bench", "health");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("java -jar target/tenure-bench.jar bench --help");
    }

    private static List<List<String>> commandPaths(CommandLine command, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help") || !sub.getKey().equals(sub.getValue().getCommandName())) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(sub.getKey());
            paths.add(path);
            paths.addAll(commandPaths(sub.getValue(), path));
        }
        return paths;
    }
}
