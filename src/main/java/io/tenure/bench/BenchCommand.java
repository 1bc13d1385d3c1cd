package io.tenure.bench;

import io.tenure.chat.slack.SlackAckBenchmark;
import io.tenure.health.cli.HealthBench;
import picocli.CommandLine.Command;

/** {@code tenure bench ...}: measurements whose figures go in the README; not part of the test suite. */
@Command(name = "bench", description = "Measure performance; figures are reported in the README.",
        subcommands = {HealthBench.class, SlackAckBenchmark.class})
public final class BenchCommand {
}
