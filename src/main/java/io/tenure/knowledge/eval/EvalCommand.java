package io.tenure.knowledge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.knowledge.HelpCenter;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeSettings;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestLedger;
import io.tenure.knowledge.ingest.IngestReport;
import io.tenure.knowledge.search.PassageRetriever;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure eval --kb DIR --questions FILE [--retriever ours|bm25-standard|minilm] [--json]}:
 * indexes DIR afresh (in memory) and scores the answers to each question.
 */
@Command(name = "eval", description = "Measure answer quality on a help-center folder and a questions file.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kb", required = true, paramLabel = "DIR", description = "The help-center folder.")
    Path kb;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "JSONL: {id, lang, question, source, expect_any} per line.")
    Path questions;

    @Option(names = "--retriever", defaultValue = "ours", paramLabel = "NAME",
            description = "ours (default), bm25-standard or minilm.")
    String retriever;

    @Option(names = "--explain", paramLabel = "ID",
            description = "Show how one question was searched: units, lexicon entries, candidates and scores.")
    String explain;

    @Option(names = "--json", description = "Print the metrics as one JSON object, last.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        List<EvalQuestion> list = EvalQuestion.read(questions);
        KnowledgeSettings settings = app.config().section("kb", KnowledgeSettings.class);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeBase base = ingestedInMemory(app, kb, err)) {
            PassageRetriever chosen = retriever(base, retriever);
            if ("all".equals(explain) && chosen instanceof io.tenure.knowledge.search.MultilingualRetriever ours) {
                for (EvalQuestion question : list) {
                    out.println("== " + question.id() + " " + (question.answerable() ? "answerable" : "out-of-scope"));
                    ours.explain(question.question(), app.languageDetector().detect(question.question())).forEach(out::println);
                }
                out.flush();
                return 0;
            }
            if (explain != null) {
                EvalQuestion question = list.stream().filter(q -> q.id().equals(explain)).findFirst()
                        .orElseThrow(() -> new UserError("--explain: no question with id '" + explain + "' in " + questions));
                if (!(chosen instanceof io.tenure.knowledge.search.MultilingualRetriever ours)) {
                    throw new UserError("--explain works with --retriever ours");
                }
                String language = app.languageDetector().detect(question.question());
                ours.explain(question.question(), language).forEach(out::println);
                out.flush();
                return 0;
            }
            HelpCenter helpCenter = base.helpCenter(chosen, app.languageModel(), app.prompts());
            // With a model every answer is a paid, slow call: one warm-up pass is enough to load everything.
            List<Evaluation.Outcome> outcomes = Evaluation.run(helpCenter, list,
                    app.languageModel().available() ? list.size() : Evaluation.WARM_UP_ANSWERS);
            report(out, outcomes, "retriever " + chosen.name() + ", " + list.size() + " questions, "
                    + base.currentSource(), json);
        }
        return 0;
    }

    /** A fresh in-memory index of the folder, with the configured retrieval settings; rejected files on err. */
    public static KnowledgeBase ingestedInMemory(App app, Path kb, PrintWriter err) {
        KnowledgeSettings settings = app.config().section("kb", KnowledgeSettings.class);
        KnowledgeBase base = new KnowledgeBase(settings, KnowledgeIndex.inMemory(new LanguageAnalyzers()),
                IngestLedger.inMemory(), app.languageDetector());
        IngestReport report = base.ingest(HelpCenterSource.folder(kb), false);
        for (IngestReport.Rejected rejected : report.rejected()) {
            err.println("skipped " + rejected.path() + ": " + rejected.reason());
        }
        err.println(kb + ": " + report.summary());
        err.flush();
        return base;
    }

    /** The retriever an evaluation names: ours, bm25-standard or minilm (minilm only in tenure-bench.jar). */
    public static PassageRetriever retriever(KnowledgeBase base, String name) {
        return switch (name) {
            case "ours" -> base.retriever();
            case "bm25-standard" -> new StandardBm25Retriever(base.index());
            case "minilm" -> BenchBaselines.miniLm(base.index());
            default -> throw new UserError("--retriever must be ours, bm25-standard or minilm, got '" + name + "'");
        };
    }

    /** Per question, per language and in total; with {@code json} the metrics again as one JSON object, last. */
    public static void report(PrintWriter out, List<Evaluation.Outcome> outcomes, String summary, boolean json)
            throws java.io.IOException {
        out.printf("%-8s %-4s %-9s %-5s %-5s %8s  %-30s %s%n", "id", "lang", "answered", "rank", "fact", "ms",
                "outcome", "cited");
        for (Evaluation.Outcome o : outcomes) {
            out.printf("%-8s %-4s %-9s %-5s %-5s %8.1f  %-30s %s%n", o.question().id(), o.question().lang(),
                    o.abstained() ? "abstained" : "yes", o.question().answerable() ? String.valueOf(o.rank()) : "-",
                    o.question().answerable() ? String.valueOf(o.fact()) : "-", o.millis(),
                    o.failure().label(), String.join(",", o.answer().citations().stream()
                            .map(c -> c.article() + "." + c.language()).toList()));
        }
        Evaluation.Metrics metrics = Evaluation.metrics(outcomes);
        out.println();
        out.printf("%-5s %9s", "lang", "questions");
        for (Evaluation.Failure failure : Evaluation.Failure.values()) {
            out.printf(" %" + Math.max(8, failure.label().length()) + "s", failure.label());
        }
        out.println();
        Evaluation.breakdown(outcomes).forEach((lang, row) -> {
            out.printf("%-5s %9d", lang, row.get("questions"));
            for (Evaluation.Failure failure : Evaluation.Failure.values()) {
                out.printf(" %" + Math.max(8, failure.label().length()) + "d", row.get(failure.label()));
            }
            out.println();
        });
        out.println();
        out.printf("%s: %s%n", summary, metrics.asMap());
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(metrics.asMap()));
        }
        out.flush();
    }
}
