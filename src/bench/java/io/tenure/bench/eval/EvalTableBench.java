package io.tenure.bench.eval;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.eval.EvalCommand;
import io.tenure.knowledge.eval.EvalQuestion;
import io.tenure.knowledge.eval.Evaluation;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LlmSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench eval-table}: every evaluation set with every retriever (ours, bm25-standard, minilm, and
 * ours with human query translations through the LLM path where a translations file exists), as one Markdown
 * table for the README. Run from the project folder: the sets are found by their usual relative paths.
 */
@Command(name = "eval-table", description = "Evaluate every set with every retriever and print one Markdown table.")
public final class EvalTableBench implements Callable<Integer> {
    static final String TRANSLATED = "ours + translations";

    /** An evaluation set: its questions and the help center they ask about. */
    record EvalSet(String name, Path questions, Path kb) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "The shared folder with kb, kb2-dev and eval/ (default ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--project", defaultValue = ".", paramLabel = "DIR",
            description = "The project folder, for src/test/resources/eval and the demo help center (default ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--sets", split = ",", paramLabel = "NAME",
            description = "Only these sets (default: every set whose files exist).")
    List<String> only;

    @Option(names = "--retrievers", split = ",", defaultValue = "ours,bm25-standard,minilm,translated",
            paramLabel = "NAME", description = "Retrievers, in columns order (default ${DEFAULT-VALUE}).")
    List<String> retrievers;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String promptsDir = app.config().section("llm", LlmSettings.class).promptsDir();
        List<String> rows = new ArrayList<>();
        rows.add("| set | retriever | fact@3 | hit@3 | abstain_correct | false_abstain | p95 ms |");
        rows.add("|---|---|---|---|---|---|---|");
        for (EvalSet set : sets()) {
            List<EvalQuestion> questions = EvalQuestion.read(set.questions());
            String label = set.name() + " (" + questions.size() + ")";
            try (KnowledgeBase base = EvalCommand.ingestedInMemory(app, set.kb(), err)) {
                for (String retriever : retrievers) {
                    List<Evaluation.Outcome> outcomes;
                    String name = retriever;
                    if (retriever.equals("translated")) {
                        Path file = translations(set);
                        if (!Files.isRegularFile(file)) {
                            err.println(set.name() + ": no " + file + ", no translated row");
                            continue;
                        }
                        name = TRANSLATED;
                        outcomes = TranslatedEvaluation.run(base, app.prompts(), promptsDir, questions,
                                QueryTranslations.read(questions, file)).outcomes();
                    } else {
                        outcomes = Evaluation.run(base.helpCenter(EvalCommand.retriever(base, retriever),
                                LanguageModel.none(), app.prompts()), questions);
                    }
                    Evaluation.Metrics m = Evaluation.metrics(outcomes);
                    String row = String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.0f |", label, name,
                            m.factAt3(), m.hitAt3(), m.abstainCorrect(), m.falseAbstain(), m.p95());
                    err.println(row);
                    err.flush();
                    rows.add(row);
                }
            }
        }
        rows.forEach(out::println);
        out.flush();
        return 0;
    }

    private Path translations(EvalSet set) {
        return project.resolve("src/test/resources/eval/translations").resolve(set.name() + ".jsonl");
    }

    private List<EvalSet> sets() {
        Path own = project.resolve("src/test/resources/eval");
        Path kb = shared.resolve("kb");
        Path kb2 = shared.resolve("kb2-dev");
        List<EvalSet> all = List.of(
                new EvalSet("kb-dev", shared.resolve("eval/kb-dev.jsonl"), kb),
                new EvalSet("kb2-dev", shared.resolve("eval/kb2-dev.jsonl"), kb2),
                new EvalSet("own-kb", own.resolve("own-kb.jsonl"), kb),
                new EvalSet("own-kb2", own.resolve("own-kb2.jsonl"), kb2),
                new EvalSet("own-demo", own.resolve("own-demo.jsonl"), project.resolve("src/main/resources/demo/kb")),
                new EvalSet("heldout", own.resolve("heldout.jsonl"), kb),
                new EvalSet("fresh", own.resolve("fresh.jsonl"), kb),
                new EvalSet("fresh2", own.resolve("fresh2.jsonl"), kb));
        List<EvalSet> chosen = new ArrayList<>();
        for (EvalSet set : all) {
            if (only != null && !only.contains(set.name())) {
                continue;
            }
            if (Files.isRegularFile(set.questions()) && Files.isDirectory(set.kb())) {
                chosen.add(set);
            } else if (only != null) {
                throw new UserError(set.name() + ": " + set.questions() + " or " + set.kb() + " is missing");
            }
        }
        if (only != null && chosen.size() < only.size()) {
            throw new UserError("--sets: unknown set in " + only + "; known: "
                    + all.stream().map(EvalSet::name).toList());
        }
        return chosen;
    }
}
