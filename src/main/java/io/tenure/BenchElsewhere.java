package io.tenure;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tenure bench} in the production jar: the benchmarks ship in their own jar, beside it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance (in target/tenure-bench.jar, not in this jar).")
final class BenchElsewhere implements Callable<Integer> {
    @Parameters(arity = "0..*", hidden = true)
    List<String> ignored;

    @Override
    public Integer call() {
        throw new UserError("the benchmarks ship in their own jar, built beside this one by `mvn package`: "
                + "java -jar target/tenure-bench.jar bench --help", 2);
    }
}
