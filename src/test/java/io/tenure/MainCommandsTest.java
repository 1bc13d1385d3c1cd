package io.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A one-shot command builds only its own model; help and everything else still see every command. */
class MainCommandsTest {

    @Test
    void everyNameInTheListIsTheNameItsCommandAnswersTo() {
        for (Map.Entry<String, Class<?>> command : Main.COMMANDS.entrySet()) {
            assertThat(command.getValue().getAnnotation(Command.class).name())
                    .as(command.getValue().getName()).isEqualTo(command.getKey());
        }
    }

    @Test
    void helpStillListsEveryCommand() {
        TenureCli cli = new TenureCli();

        int code = cli.run("help");

        assertThat(code).isZero();
        List<String> listed = new ArrayList<>();
        for (String line : cli.out().lines().toList()) {
            String first = line.strip().split("\\s+")[0];
            if (line.startsWith("  ") && !first.startsWith("-") && !first.isEmpty()) {
                listed.add(first);
            }
        }
        List<String> expected = new ArrayList<>(Main.COMMANDS.keySet());
        expected.addAll(List.of("bench", "help"));
        assertThat(listed).containsAll(expected);
    }

    @Test
    void aOneCommandStartBuildsOnlyThatCommandAndHelp() {
        CommandLine cli = Main.commandLine(new Main(), new String[] {"--data", "data", "ask", "How do I cancel?"});

        assertThat(cli.getSubcommands().keySet()).containsExactly("ask", "help");
    }

    @Test
    void nestedCommandsOfTheOneCommandAreBuiltWithIt() {
        CommandLine cli = Main.commandLine(new Main(), new String[] {"--config=tenure.yaml", "drafts", "reject", "--help"});

        assertThat(cli.getSubcommands().keySet()).containsExactly("drafts", "help");
        assertThat(cli.getSubcommands().get("drafts").getSubcommands()).containsKey("reject");
    }

    @Test
    void rootHelpVersionAnUnknownNameHelpCommandOrNoCommandBuildEveryCommand() {
        int every = Main.COMMANDS.size() + 2;
        for (String[] args : List.of(new String[] {}, new String[] {"--data", "x"}, new String[] {"--help"},
                new String[] {"-h", "ask"}, new String[] {"-V"}, new String[] {"help", "ask"},
                new String[] {"aks", "How?"}, new String[] {"@args.txt"})) {
            CommandLine cli = Main.commandLine(new Main(), args);

            assertThat(cli.getSubcommands()).as(String.join(" ", args)).hasSize(every);
        }
    }
}
