package io.tenure.bench;

import io.tenure.chat.slack.SlackAckBenchmark;
import picocli.CommandLine.Command;

/** {@code tenure bench ...}: measurements whose figures go in the README; not part of the test suite. */
@Command(name = "bench", description = "Measure performance; figures are reported in the README.",
        subcommands = {SlackAckBenchmark.class})
public final class BenchCommand {
}
