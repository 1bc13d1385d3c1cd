package io.tenure.knowledge.eval;

import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.knowledge.QuestionAnswerer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs questions through an answerer and scores the answers. Answerable questions (with a source)
 * count for hits, MRR, facts and false abstentions; the others for correct abstentions. Latency is
 * per question, measured after a warm-up over the same questions (at least one pass and 100 answers).
 */
public final class Evaluation {
    /** One question's outcome. */
    public record Outcome(EvalQuestion question, Answer answer, double millis, int rank, boolean fact) {
        /** Declined, or answered without quoting the help center (a reply to a greeting or thanks). */
        public boolean abstained() {
            return answer.abstained() || answer.citations().isEmpty();
        }

        /** What went wrong, if anything: the kinds the breakdown counts. */
        public Failure failure() {
            if (!question.answerable()) {
                return abstained() ? Failure.NONE : Failure.ANSWERED_OUT_OF_SCOPE;
            }
            if (abstained()) {
                return Failure.DECLINED;
            }
            if (rank < 1 || rank > 3) {
                return Failure.WRONG_ARTICLE;
            }
            return fact ? Failure.NONE : Failure.FACT_NOT_SHOWN;
        }
    }

    /** Why a question's outcome is wrong: declined, wrong article, right article but the fact not shown. */
    public enum Failure {
        NONE("ok"), DECLINED("declined"), WRONG_ARTICLE("wrong article"),
        FACT_NOT_SHOWN("right article, fact not shown"), ANSWERED_OUT_OF_SCOPE("answered out of scope");

        private final String label;

        Failure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Per question language: how many questions, how many right (the fact shown, or rightly declined),
     * and how many failed in each way.
     */
    public static Map<String, Map<String, Integer>> breakdown(List<Outcome> outcomes) {
        Map<String, Map<String, Integer>> byLanguage = new java.util.TreeMap<>();
        for (Outcome o : outcomes) {
            for (String key : List.of(o.question().lang(), "all")) {
                Map<String, Integer> row = byLanguage.computeIfAbsent(key, k -> {
                    Map<String, Integer> fresh = new LinkedHashMap<>();
                    fresh.put("questions", 0);
                    for (Failure failure : Failure.values()) {
                        fresh.put(failure.label(), 0);
                    }
                    return fresh;
                });
                row.merge("questions", 1, Integer::sum);
                row.merge(o.failure().label(), 1, Integer::sum);
            }
        }
        return byLanguage;
    }

    /** The figures; {@link #asMap()} gives exactly the reported keys. */
    public record Metrics(int questions, double hitAt1, double hitAt3, double mrr, double factAt3,
                          double abstainCorrect, double falseAbstain, double p50, double p95, double max) {
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("questions", questions);
            map.put("hit_at_1", round(hitAt1));
            map.put("hit_at_3", round(hitAt3));
            map.put("mrr", round(mrr));
            map.put("fact_at_3", round(factAt3));
            map.put("abstain_correct", round(abstainCorrect));
            map.put("false_abstain", round(falseAbstain));
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("p50", round(p50));
            latency.put("p95", round(p95));
            latency.put("max", round(max));
            map.put("latency_ms", latency);
            return map;
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    private Evaluation() {
    }

    /** Answers asked before measuring, at least, so the JIT compiler has warmed up. */
    public static final int WARM_UP_ANSWERS = 100;

    public static List<Outcome> run(QuestionAnswerer answerer, List<EvalQuestion> questions) {
        return run(answerer, questions, WARM_UP_ANSWERS);
    }

    /** @param warmUp answers to give before measuring; at least one pass over the questions is made */
    public static List<Outcome> run(QuestionAnswerer answerer, List<EvalQuestion> questions, int warmUp) {
        // Warm-up: the questions themselves, in passes, until enough answers were given.
        for (int asked = 0; asked < Math.max(warmUp, questions.size()); asked++) {
            answerer.answer(questions.get(asked % questions.size()).question());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion question : questions) {
            long started = System.nanoTime();
            Answer answer = answerer.answer(question.question());
            double millis = (System.nanoTime() - started) / 1e6;
            outcomes.add(outcome(question, answer, millis));
        }
        return outcomes;
    }

    static Outcome outcome(EvalQuestion question, Answer answer, double millis) {
        List<Citation> shown = answer.abstained() ? List.of() : answer.citations();
        int rank = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).article().equals(question.source())) {
                rank = i + 1;
                break;
            }
        }
        boolean fact = false;
        for (Citation citation : shown.subList(0, Math.min(3, shown.size()))) {
            for (String expected : question.expectAny()) {
                fact |= citation.passage().contains(expected);
            }
        }
        return new Outcome(question, answer, millis, rank, fact);
    }

    public static Metrics metrics(List<Outcome> outcomes) {
        List<Outcome> answerable = outcomes.stream().filter(o -> o.question().answerable()).toList();
        List<Outcome> unanswerable = outcomes.stream().filter(o -> !o.question().answerable()).toList();
        double hit1 = share(answerable, o -> o.rank() == 1);
        double hit3 = share(answerable, o -> o.rank() >= 1 && o.rank() <= 3);
        double mrr = answerable.isEmpty() ? 0 : answerable.stream()
                .mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum() / answerable.size();
        double fact = share(answerable, Outcome::fact);
        double abstainCorrect = share(unanswerable, Outcome::abstained);
        double falseAbstain = share(answerable, Outcome::abstained);
        double[] millis = outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
        return new Metrics(outcomes.size(), hit1, hit3, mrr, fact, abstainCorrect, falseAbstain,
                percentile(millis, 50), percentile(millis, 95), millis.length == 0 ? 0 : millis[millis.length - 1]);
    }

    private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
