package io.tenure.bench;

import io.tenure.bench.slack.SlackAckBenchmark;
import io.tenure.bench.health.HealthBench;
import picocli.CommandLine.Command;

/** {@code tenure bench ...}: measurements whose figures go in the README; not part of the test suite. */
@Command(name = "bench", description = "Measure performance; figures are reported in the README.",
        subcommands = {HealthBench.class, SlackAckBenchmark.class})
public final class BenchCommand {
}
