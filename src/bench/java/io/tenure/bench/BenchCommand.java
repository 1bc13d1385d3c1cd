package io.tenure.bench;

import io.tenure.bench.slack.SlackAckBenchmark;
import io.tenure.bench.health.HealthBench;
import io.tenure.bench.health.ImportUnderLoadBench;
import io.tenure.bench.eval.EvalTableBench;
import io.tenure.bench.eval.EvalTranslatedBench;
import picocli.CommandLine.Command;

/** {@code tenure bench ...}: measurements whose figures go in the README; not part of the test suite. */
@Command(name = "bench", description = "Measure performance; figures are reported in the README.",
        subcommands = {EvalTableBench.class, EvalTranslatedBench.class, HealthBench.class, ImportUnderLoadBench.class, SlackAckBenchmark.class, StartupBench.class})
public final class BenchCommand {
}
