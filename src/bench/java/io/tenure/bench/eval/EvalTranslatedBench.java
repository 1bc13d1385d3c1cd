package io.tenure.bench.eval;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.eval.EvalCommand;
import io.tenure.knowledge.eval.EvalQuestion;
import io.tenure.knowledge.search.Translation;
import io.tenure.llm.LlmSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench eval-translated --kb DIR --questions FILE --translations FILE [--json] [--explain ID|all]}:
 * {@code tenure eval} through the LLM path, with a local fake model that translates each question as a careful
 * human did ({@link TranslatingModelServer}), so the fusion of the five versions is measured apart from any
 * model's translation quality.
 */
@Command(name = "eval-translated", description = "Evaluate the LLM path (query translation and fusion) with a "
        + "local fake model answering from human translations.")
public final class EvalTranslatedBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kb", required = true, paramLabel = "DIR", description = "The help-center folder.")
    Path kb;

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "JSONL questions, as for eval.")
    Path questions;

    @Option(names = "--translations", required = true, paramLabel = "FILE",
            description = "JSONL: {question_id, <lang>: <question in that language>, ...} per question.")
    Path translations;

    @Option(names = "--explain", paramLabel = "ID",
            description = "Show how the question and each of its translations were searched, and what was shown "
                    + "(every question of the file: --explain all).")
    String explain;

    @Option(names = "--json", description = "Print the metrics as one JSON object, last.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EvalQuestion> list = EvalQuestion.read(questions);
        QueryTranslations translated = QueryTranslations.read(list, translations);
        if (!translated.untranslated().isEmpty()) {
            err.println("no translations for " + translated.untranslated() + ": they are searched as asked only");
        }
        String promptsDir = app.config().section("llm", LlmSettings.class).promptsDir();
        try (KnowledgeBase base = EvalCommand.ingestedInMemory(app, kb, err)) {
            if (explain != null) {
                explain(app, base, list, translated, out);
                return 0;
            }
            TranslatedEvaluation.Result result = TranslatedEvaluation.run(base, app.prompts(), promptsDir, list,
                    translated);
            if (!result.unknownQuestions().isEmpty()) {
                err.println("the model was asked for questions the translations file lacks: " + result.unknownQuestions());
            }
            err.flush();
            EvalCommand.report(out, result.outcomes(), "retriever ours with translations, " + list.size()
                    + " questions, " + kb, json);
        }
        return 0;
    }

    private void explain(App app, KnowledgeBase base, List<EvalQuestion> list, QueryTranslations translated,
                         PrintWriter out) {
        if (explain.equals("all")) {
            for (EvalQuestion question : list) {
                out.println("#### " + question.id());
                explain(app, base, question, translated, out);
            }
            return;
        }
        EvalQuestion question = list.stream().filter(q -> q.id().equals(explain)).findFirst()
                .orElseThrow(() -> new UserError("--explain: no question with id '" + explain + "' in " + questions));
        explain(app, base, question, translated, out);
    }

    private void explain(App app, KnowledgeBase base, EvalQuestion question, QueryTranslations translated,
                         PrintWriter out) {
        String language = app.languageDetector().detect(question.question());
        out.println("== as asked (" + language + ")");
        base.retriever().explain(question.question(), language).forEach(out::println);
        Map<String, String> texts = translated.of(question.question()).orElse(Map.of());
        List<Translation> versions = new java.util.ArrayList<>();
        for (String other : LanguageDetector.SUPPORTED) {
            if (texts.containsKey(other) && !other.equals(language)) {
                out.println();
                out.println("== " + other + ": " + texts.get(other));
                base.retriever().explain(texts.get(other), other).forEach(out::println);
                versions.add(new Translation(texts.get(other), other));
            }
        }
        out.println();
        out.println("== fused");
        base.retriever().explain(question.question(), language, versions).forEach(out::println);
        out.flush();
    }
}
