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

/**
 * {@code tenure chat --as hikari-customer}: the demo customer of ACC-00037 (config/tenure.yaml) asks how to
 * cancel; stdout, what the customer sees, is the normal answer; stderr, the console's internal channel,
 * tells the owner.
 */
class ConsoleCancelIntentTest {
    @TempDir
    Path dir;

    private record Run(String out, String err) {
    }

    private Run chat(String user, String input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Main.commandLine(new Main().withEnvironment(TestDatabases.environment(dir.resolve(user)), Clock.systemUTC()));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute("--data", dir.resolve(user).toString(), "chat", "--as", user);
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
        } finally {
            System.setIn(stdin);
        }
        return new Run(out.toString(), err.toString());
    }

    @Test
    void theDemoCustomerAskingHowToCancelGetsTheAnswerOnStdoutAndTheOwnerIsToldOnStderr() {
        Run anyone = chat("someone-else", "How do I cancel my subscription?\n");
        Run customer = chat("hikari-customer", "How do I cancel my subscription?\n");

        assertThat(customer.out()).isEqualTo(anyone.out()).contains("How to cancel your Orbitly subscription")
                .doesNotContain("ACC-00037").doesNotContain("[internal channel]");
        assertThat(anyone.err()).doesNotContain("[internal channel]");
        assertThat(customer.err())
                .contains("[internal channel] Cancel intent (cancel) on ACC-00037")
                .contains("[internal channel] > How do I cancel my subscription?")
                .contains("[internal channel] • cancel-intent: asked \"How do I cancel my subscription?\"")
                .contains("waiting for approval");
    }
}
