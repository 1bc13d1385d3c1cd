package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KbCommandTest {
    @Test
    void ingestReportsBadFilesByNameOnStderrAndIndexesTheRest(@TempDir Path dir) throws Exception {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded.\n");
        Files.write(kb.resolve("broken.en.txt"), new byte[]{(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--data", dir.resolve("data").toString(), "kb", "ingest", kb.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("skipped broken.en.txt: not valid UTF-8");
        assertThat(out.toString()).contains("indexed refunds.en.md").contains("1 changed");
        assertThat(Files.isDirectory(dir.resolve("data").resolve("index"))).isTrue();
    }

    @Test
    void aStrictIngestRefusesAnArticleWithALinkOutsideTheAllowedDomainsAndFails(@TempDir Path dir) throws Exception {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded.\n");
        Files.writeString(kb.resolve("fees.en.md"), "# Fees\n\n## Reactivation\nPay the fee at http://evil.example/pay.\n");
        Path config = Files.writeString(dir.resolve("tenure.yaml"), "kb:\n  allowed_link_domains: [example.com]\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tenure: " + e.getMessage());
            return 1;
        });

        int exit = cli.execute("--config", config.toString(), "--data", dir.resolve("data").toString(), "kb", "ingest",
                "--strict", kb.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("refused fees.en.md: link to evil.example")
                .contains("1 file(s) refused by --strict");
        assertThat(out.toString()).contains("indexed refunds.en.md").doesNotContain("indexed fees.en.md");
    }

    @Test
    void ingestOfAMissingFolderIsAClearError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tenure: " + e.getMessage());
            return 1;
        });

        int exit = cli.execute("--data", dir.resolve("data").toString(), "kb", "ingest", dir.resolve("nope").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("help-center folder not found");
    }

    @Test
    void ingestWithDemoPutsTheBundledHelpCenterBackAfterAFolderWasIngested(@TempDir Path dir) throws Exception {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        Files.writeString(kb.resolve("gift-cards.en.md"), "# Gift cards\n\n## Redeeming\nGift cards are redeemed at checkout.\n");
        String data = dir.resolve("data").toString();
        assertThat(Main.commandLine(new Main()).execute("--data", data, "kb", "ingest", kb.toString())).isZero();
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--data", data, "kb", "ingest", "--demo");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("indexed cancel-subscription.en.md");
        StringWriter answer = new StringWriter();
        CommandLine ask = Main.commandLine(new Main());
        ask.setOut(new PrintWriter(answer));
        assertThat(ask.execute("--data", data, "ask", "How do I cancel my subscription?", "--json")).isZero();
        assertThat(answer.toString()).contains("\"article\" : \"cancel-subscription\"").doesNotContain("gift-cards");
    }

    @Test
    void ingestWithNeitherAFolderNorDemoSaysWhatToGive(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--data", dir.resolve("data").toString(), "kb", "ingest");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("give either a help-center folder");
    }
}
