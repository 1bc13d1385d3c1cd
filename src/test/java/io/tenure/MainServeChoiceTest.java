package io.tenure;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tenure} with no subcommand: the chat platforms when one is configured, else the console chat. */
class MainServeChoiceTest {
    @TempDir
    Path dir;

    @Test
    void withNoPlatformConfiguredTenureWithoutArgumentsIsTheConsoleChat() {
        StringWriter out = new StringWriter();
        InputStream stdin = System.in;
        int exit;
        try {
            System.setIn(new ByteArrayInputStream("help\n".getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Main.commandLine(new Main().withEnvironment(TestDatabases.environment(dir), Clock.systemUTC()));
            cli.setOut(new PrintWriter(out, true));
            exit = cli.execute("--data", dir.toString());
        } finally {
            System.setIn(stdin);
        }

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Ask me a question about billing");
    }
}
