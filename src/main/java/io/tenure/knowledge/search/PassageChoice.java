package io.tenure.knowledge.search;

import io.tenure.knowledge.AnswerKinds;
import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.ingest.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.tenure.knowledge.index.LanguageAnalyzers;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which passages of the articles found are shown: the ranking decides the articles and how many places
 * each gets; inside an article, the passage holding the question's core (the amount of the thing asked,
 * under a heading that asks for it) goes first. A passage too short to answer alone, or one that
 * introduces what follows (ends with a colon), is shown with the passage after it; so is the rest of its
 * heading's text while it fits (a list or table the splitter cut into several passages).
 */
final class PassageChoice {
    /**
     * A number as amounts are written (1,200; 50k; 5-10%), not a list marker ("1. ", "2) "): what
     * follows it is the thing counted.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])\\d(?:[\\d,.]*\\d)?[kKmM]?(?:\\s?[-–]\\s?\\d(?:[\\d,.]*\\d)?[kKmM]?)?(?!\\d)");
    /** A list marker: one or two digits, then a dot or parenthesis and a space ("1. ", "2) "). */
    private static final Pattern LIST_MARKER = Pattern.compile("\\d{1,2}[.)](?:\\s|$)");
    /** How many characters after a number are read for the thing counted. */
    private static final int COUNTED_CHARS = 16;
    /** The most characters one term of the window beside an amount is read in (a long Thai or German word). */
    private static final int CHARS_PER_TERM = 24;
    private final Glossary glossary;
    private final LanguageAnalyzers analyzers;
    private final RetrievalWeights weights;
    private final RetrievalSettings settings;
    private final Evidence evidence;

    PassageChoice(Glossary glossary, LanguageAnalyzers analyzers, RetrievalSettings settings, Evidence evidence) {
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.weights = settings.weights();
        this.settings = settings;
        this.evidence = evidence;
    }

    /** Every passage of an article variant that matches any of a question's units, best first. */
    @FunctionalInterface
    interface Pool {
        List<Candidate> of(String article, String variant, AnalyzedQuestion question);
    }

    /**
     * @param ranked the passages the ranking would show, best first, each article in one language
     * @param pool every passage of an article variant that matches any of the question's units, best first
     */
    List<ScoredPassage> choose(IndexSearcher searcher, IndexVersionCache cache, List<Candidate> ranked,
                               AnalyzedQuestion question, int limit, Pool pool) {
        return choose(searcher, cache, ranked, question, Map.of(), limit, pool, null);
    }

    /**
     * As above; an article variant in a language the question was translated into ({@code translatedInto}, by
     * language) is read by the asked question and by that translation, whose words need no bridge to the article's,
     * and their orders of its passages are fused as the versions' rankings of articles are: by reciprocal rank
     * ({@code kb.weights.fusion_rank_offset}), the asked question's place weighing {@code fusion_asked_weight}. A
     * passage either reading finds eligible may be shown. {@code kb.weights.fusion_inside_article} 0: the asked
     * question alone reads every article. With a trace, each article's re-ranked passages and what they earned are
     * added to it.
     */
    List<ScoredPassage> choose(IndexSearcher searcher, IndexVersionCache cache, List<Candidate> ranked,
                               AnalyzedQuestion asked, Map<String, AnalyzedQuestion> translatedInto, int limit,
                               Pool pool, List<String> trace) {
        Map<String, List<Candidate>> pools = new HashMap<>();
        for (Candidate slot : ranked) {
            String variant = slot.passage().language();
            pools.computeIfAbsent(slot.passage().article(), article -> {
                List<AnalyzedQuestion> readings = new ArrayList<>(List.of(asked));
                AnalyzedQuestion translation = translatedInto.get(variant);
                if (translation != null && weights.fusionInsideArticle() > 0) {
                    readings.add(translation);
                }
                Map<String, Double> scores = new HashMap<>();
                String[] askedFirst = new String[1];
                // The asked reading's eligible passages first: the order ties keep.
                Map<String, Candidate> eligible = new LinkedHashMap<>();
                for (AnalyzedQuestion question : readings) {
                    Set<String> kinds = glossary.answerKinds().asked(question.asked(), question.language());
                    List<Candidate> all = pool.of(article, variant, question);
                    Judged judged = reranked(searcher, cache, all, question, kinds);
                    if (readings.size() == 1) {
                        scores.putAll(judged.scores());
                    } else {
                        double vote = question == asked ? weights.fusionAskedWeight() : 1;
                        List<String> order = judged.order();
                        if (question == asked && !order.isEmpty() && judged.eligible().contains(order.get(0))) {
                            askedFirst[0] = order.get(0);
                        }
                        for (int place = 0; place < order.size(); place++) {
                            scores.merge(order.get(place), vote / (weights.fusionRankOffset() + place + 1),
                                    Double::sum);
                        }
                    }
                    all.stream().filter(c -> judged.eligible().contains(c.key()))
                            .forEach(c -> eligible.putIfAbsent(c.key(), c));
                    if (trace != null) {
                        if (readings.size() > 1) {
                            trace.add("  read as (" + question.language() + "): " + question.asked());
                        }
                        trace(trace, searcher, cache, article, all, judged, question, kinds);
                    }
                }
                // The asker's own best passage keeps the article's first place: a translation is another's reading of
                // the question, and an article with one place shows what the asker's words find, as without one.
                if (askedFirst[0] == null && translation != null && weights.fusionInsideArticle() > 0) {
                    askedFirst[0] = slot.key(); // the asker's words find no passage strong enough: the ranking's stays
                }
                if (askedFirst[0] != null) {
                    scores.merge(askedFirst[0], Double.MAX_VALUE / 2, Double::sum);
                }
                List<Candidate> chosen = eligible.values().stream()
                        .sorted(Comparator.comparingDouble((Candidate c) -> scores.get(c.key())).reversed()).toList();
                if (trace != null && readings.size() > 1) {
                    chosen.stream().limit(8).forEach(c -> trace.add(String.format("  fused %s.%s #%d score %.4f",
                            article, c.passage().language(), c.passage().ordinal(), scores.get(c.key()))));
                }
                return chosen;
            });
        }
        Set<String> used = new HashSet<>();
        List<ScoredPassage> shown = new ArrayList<>();
        for (Candidate slot : ranked) {
            if (shown.size() >= limit) {
                break;
            }
            // The slot keeps its article and rank; the article's best passage for the question not yet
            // shown (or merged into one shown) takes it.
            Candidate best = pools.getOrDefault(slot.passage().article(), List.of()).stream()
                    .filter(c -> !used.contains(c.key())).findFirst()
                    .orElse(used.contains(slot.key()) ? null : slot);
            if (best == null) {
                continue;
            }
            used.add(best.key());
            Passage passage = best.passage();
            List<Passage> article = ordered(searcher, cache, KnowledgeIndex.variant(passage.article(),
                    passage.language()));
            shown.add(new ScoredPassage(withFollowing(passage, article, used), slot.score()));
            if (trace != null) {
                trace.add(String.format("shown %s.%s #%d [%s] %s", passage.article(), passage.language(),
                        passage.ordinal(), passage.section(), snippet(shown.get(shown.size() - 1).passage().text())));
            }
        }
        return shown;
    }

    /** One article's re-ranked passages for one reading of the question, and what they earned, for --explain. */
    private void trace(List<String> trace, IndexSearcher searcher, IndexVersionCache cache, String article,
                       List<Candidate> all, Judged judged, AnalyzedQuestion question, Set<String> kinds) {
        double reachable = reachable(searcher, all, question);
        Map<QuestionUnit, Integer> holding = holding(cache, all, question);
        int passages = passages(searcher, cache, all);
        Set<QuestionUnit> themes = themes(holding, passages);
        all.stream().filter(c -> judged.eligible().contains(c.key()))
                .sorted(Comparator.comparingDouble((Candidate c) -> judged.scores().get(c.key())).reversed()).limit(8)
                .forEach(c -> trace.add(String.format(
                        "  in %s.%s #%d score %.3f amount %.3f near %.3f attribute %.3f [%s] %s", article,
                        c.passage().language(), c.passage().ordinal(), c.score(), amount(cache, c, question, kinds),
                        amountNear(cache, c, question, reachable, themes, kinds),
                        attribute(cache, c, kinds, stepsFor(cache, c, question, holding, passages)),
                        c.passage().section(), snippet(c.passage().text()))));
    }

    /**
     * One reading's judgement of an article's passages: each passage's score plus what it holds of the question's
     * core, by key, and the keys of those eligible to be shown.
     */
    private record Judged(Map<String, Double> scores, Set<String> eligible) {
        /** The passages in this reading's order: the eligible by score, then the rest by score. */
        List<String> order() {
            return scores.keySet().stream().sorted(Comparator.comparing((String key) -> !eligible.contains(key))
                    .thenComparing(key -> -scores.get(key))).toList();
        }
    }

    /**
     * The article's passages by their score plus what they hold of the question's core; eligible: those that match
     * the question well enough, and those holding what it asks for (the amount, the kind of answer) however few of
     * its words they repeat, since the article around them was found for it.
     */
    private Judged reranked(IndexSearcher searcher, IndexVersionCache cache, List<Candidate> pool,
                            AnalyzedQuestion question, Set<String> kinds) {
        Map<String, Double> scores = new HashMap<>();
        Set<String> eligible = new HashSet<>();
        int units = question.known().size();
        Map<QuestionUnit, Integer> holding = holding(cache, pool, question);
        int passages = passages(searcher, cache, pool);
        double reachable = reachable(searcher, pool, question);
        Set<QuestionUnit> themes = themes(holding, passages);
        for (Candidate found : pool) {
            Candidate candidate = holdingMeasure(cache, found, question, kinds, reachable);
            double attribute = attribute(cache, candidate, kinds, stepsFor(cache, candidate, question, holding, passages));
            if (evidence.strongEnough(candidate, units) || attribute > 0 || answersItsHeading(cache, candidate, question)
                    || evidence.strongEnough(withTheme(cache, candidate, question, holding, passages, reachable), units)) {
                eligible.add(candidate.key());
            }
            scores.put(candidate.key(), candidate.score() + amount(cache, candidate, question, kinds) + attribute
                    + amountNear(cache, candidate, question, reachable, themes, kinds)
                    + priceInWords(cache, candidate, question));
        }
        return new Judged(scores, eligible);
    }

    /**
     * The candidate as evidence when the units its article is about count as its own: inside an article
     * found for the question, a passage of an article about Kampanye is about Kampanye even where it does not
     * name it again ("Gunakan penggeser … antara 1k dan 50k tempat pelanggan"). A unit the article is about is
     * one of its title or one at least {@code kb.weights.theme_share} of its passages hold; a unit written
     * once somewhere in a long article says nothing about this passage.
     */
    private Candidate withTheme(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question,
                                Map<QuestionUnit, Integer> holding, int passages, double total) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (analyzed == null || weights.themeEvidence() == 0 || passages == 0) {
            return candidate;
        }
        Passage passage = analyzed.passage();
        String language = passage.language();
        String searchable = KnowledgeIndex.searchable(passage);
        int matched = candidate.matched();
        double added = 0;
        for (QuestionUnit unit : question.known()) {
            if (unit.matchedForm(language, analyzed.terms(), searchable) != null) {
                continue;
            }
            List<String> inTitle = unit.matchedForm(language, analyzed.title(), passage.searchTitle());
            boolean theme = holding.getOrDefault(unit, 0) >= weights.themeShare() * passages;
            List<String> form = inTitle != null ? inTitle : theme ? unit.forms(language).get(0) : null;
            if (form != null) {
                matched++;
                added += weights.themeEvidence() * unit.weight * unit.factor(form, language);
            }
        }
        if (added == 0) {
            return candidate;
        }
        return new Candidate(candidate.doc(), passage, matched,
                total == 0 ? candidate.coverage() : candidate.coverage() + added / total, candidate.score());
    }

    /**
     * The candidate holding the measure asked when it states an amount in the measure's units: "15 สัปดาห์" holds the
     * duration a how-long question asks for, though no word of the duration concept is written. A measure kind of
     * answer is named as the concept it measures (duration, rate); the concept counts at
     * {@code kb.weights.measure_evidence} of its weight, as evidence and in the passage's score.
     */
    private Candidate holdingMeasure(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question,
                                     Set<String> kinds, double reachable) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (weights.measureEvidence() == 0 || reachable == 0 || analyzed == null
                || !Boolean.TRUE.equals(measured(cache, candidate, kinds))) {
            return candidate;
        }
        Passage passage = analyzed.passage();
        String searchable = KnowledgeIndex.searchable(passage);
        int matched = candidate.matched();
        double added = 0;
        for (QuestionUnit unit : question.known()) {
            boolean measure = unit.isConcept() && unit.concepts.stream().anyMatch(concept -> kinds.contains(concept)
                    && glossary.answerKinds().measure(concept)
                    && Boolean.TRUE.equals(measured(cache, candidate, Set.of(concept))));
            if (measure && unit.matchedForm(passage.language(), analyzed.terms(), searchable) == null) {
                matched++;
                added += weights.measureEvidence() * unit.weight;
            }
        }
        return added == 0 ? candidate : new Candidate(candidate.doc(), passage, matched,
                candidate.coverage() + added / reachable, candidate.score() + added / reachable);
    }

    /** How many of the article variant's passages (the pool holds every one matching any unit) hold each unit. */
    private static Map<QuestionUnit, Integer> holding(IndexVersionCache cache, List<Candidate> pool,
                                                      AnalyzedQuestion question) {
        Map<QuestionUnit, Integer> holding = new HashMap<>();
        for (Candidate candidate : pool) {
            AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
            if (analyzed == null) {
                continue;
            }
            String searchable = KnowledgeIndex.searchable(analyzed.passage());
            for (QuestionUnit unit : question.known()) {
                if (unit.matchedForm(analyzed.passage().language(), analyzed.terms(), searchable) != null) {
                    holding.merge(unit, 1, Integer::sum);
                }
            }
        }
        return holding;
    }

    /**
     * Whether the passage could be the steps for what the question asks inside its article: it holds (or its
     * article's title holds) every unit of the question that few of the article's passages hold (one, or at
     * most {@code kb.weights.procedure_focus_share} of them). In a cancellation guide, "how do I stop the auto renew" is
     * about the renewal, which two passages mention; the guide's steps for cancelling do not answer it. "How
     * do I cancel my subscription" asks for nothing the guide mentions only here and there.
     */
    private boolean stepsFor(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question,
                             Map<QuestionUnit, Integer> holding, int passages) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (analyzed == null || passages == 0) {
            return false;
        }
        Passage passage = analyzed.passage();
        String searchable = KnowledgeIndex.searchable(passage);
        for (QuestionUnit unit : question.known()) {
            int held = holding.getOrDefault(unit, 0);
            // One passage alone holding it is few in a short article too.
            if (held == 0 || held > Math.max(1, weights.procedureFocusShare() * passages)) {
                continue;
            }
            if (unit.matchedForm(passage.language(), analyzed.terms(), searchable) == null
                    && unit.matchedForm(passage.language(), analyzed.title(), passage.searchTitle()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the passage holds of the kinds of answer the question asks for besides an amount ("when": a
     * time; "how often": a frequency; "where": a page; "who": a role; "what colour": colour names; "how do I":
     * steps, only when they are steps for what was asked), by the answer words of each kind in the passage's language: in full from
     * two of them.
     */
    private double attribute(IndexVersionCache cache, Candidate candidate, Set<String> kinds, boolean stepsForQuestion) {
        AnswerKinds answerKinds = glossary.answerKinds();
        Passage passage = candidate.passage();
        double attribute = 0;
        for (String kind : kinds) {
            if (AnswerKinds.STEPS.equals(kind) && !stepsForQuestion) {
                continue;
            }
            // A passage's answer words do not depend on the question: read once per index version.
            int words = candidate.doc() < 0
                    ? answerKinds.answers(kind, passage.section() + "\n" + passage.text(), passage.language())
                    : cache.answerWords.computeIfAbsent(candidate.doc() + " " + kind, key ->
                            answerKinds.answers(kind, passage.section() + "\n" + passage.text(), passage.language()));
            attribute = Math.max(attribute, weights.attribute() * Math.min(1.0, words / 2.0));
        }
        return attribute;
    }

    /**
     * What the passage holds of the amount the question asks for ("how many weeks", "berapa minggu",
     * "กี่ประเภท"): a number written with the thing counted ("15 สัปดาห์", "4 ประเภท"), a number followed by
     * one of the question's units. A heading that asks for an amount itself ("How much does a CRM cost?") is
     * the help center's own answer to one.
     */
    private double amount(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question, Set<String> kinds) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (analyzed == null || !question.quantity() || !analyzed.hasNumber()) {
            return 0;
        }
        Boolean measured = measured(cache, candidate, kinds);
        if (Boolean.FALSE.equals(measured)) {
            return 0;
        }
        double core = 0;
        Set<String> counted = cache.counted.computeIfAbsent(candidate.doc(), doc -> counted(analyzed.passage()));
        // An amount in the unit of the measure asked ("15 สัปดาห์" for how long) is the thing counted.
        if (measured != null || countsAskedUnit(counted, analyzed.passage().language(), question)) {
            core += weights.core();
        }
        Passage passage = analyzed.passage();
        if (!passage.section().isEmpty() && glossary.asksForQuantity(passage.section(), passage.language())) {
            core += weights.core();
        }
        return core;
    }

    /**
     * For a question asking for a measure ("how long": time units; "what percentage": %), whether the passage writes
     * an amount in one of its units; null when no measure is asked. An amount in another unit does not answer it:
     * "60%" is no answer to how long an implementation takes, "15 สัปดาห์" is.
     */
    private Boolean measured(IndexVersionCache cache, Candidate candidate, Set<String> kinds) {
        AnswerKinds answerKinds = glossary.answerKinds();
        Boolean measured = null;
        Passage passage = candidate.passage();
        for (String kind : kinds) {
            if (!answerKinds.measure(kind)) {
                continue;
            }
            boolean inUnit = candidate.doc() < 0
                    ? answerKinds.measured(kind, passage.text(), passage.language())
                    : cache.answerWords.computeIfAbsent(candidate.doc() + " measured " + kind, key ->
                            answerKinds.measured(kind, passage.text(), passage.language()) ? 1 : 0) > 0;
            measured = Boolean.TRUE.equals(measured) || inUnit;
        }
        return measured;
    }

    /**
     * For a question asking what something costs (an amount, and one of {@code kb.billed_concepts}), a price written
     * as a word ("ฟรีตลอดไป", "free forever") is an amount of money: the passage earns what the ranking gives one with
     * a currency sign ({@code money} times {@code number_bonus}), less the number bonus it earned already. Inside the
     * article only: across articles, every "free trial" would rise for every price question.
     */
    private double priceInWords(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (analyzed == null || !question.quantity() || analyzed.money() || !analyzed.priceInWords()
                || question.known().stream().noneMatch(u -> u.isConcept()
                        && u.concepts.stream().anyMatch(settings.billedConcepts()::contains))) {
            return 0;
        }
        return weights.money() * settings.numberBonus() - (analyzed.hasNumber() ? settings.numberBonus() : 0);
    }

    /**
     * What the passage holds of the amount asked when the article states many: the share of the question's
     * weight (of what the passage's language can hold) written within {@code kb.weights.amount_window} terms of
     * one of its amounts, the best amount's, not counting the units the article is about. In a churn guide
     * with a dozen percentages, "ลดลงอย่างน้อย 5-10%" answers how much to reduce churn: the asked "reduce" stands
     * beside it; "customer" and "churn", in half the guide's passages, stand beside every percentage.
     */
    private double amountNear(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question, double reachable,
                              Set<QuestionUnit> themes, Set<String> kinds) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (weights.amountNear() == 0 || analyzed == null || !question.quantity() || !analyzed.hasNumber()
                || reachable == 0 || Boolean.FALSE.equals(measured(cache, candidate, kinds))) {
            return 0;
        }
        String language = analyzed.passage().language();
        double best = 0;
        for (TermSequence beside : cache.besideAmounts.computeIfAbsent(candidate.doc(),
                doc -> besideAmounts(analyzed.passage()))) {
            double weight = 0;
            for (QuestionUnit unit : question.known()) {
                if (themes.contains(unit)) {
                    continue;
                }
                for (List<String> form : unit.forms(language)) {
                    if (beside.contains(form)) {
                        weight += unit.weight * unit.factor(form, language);
                        break;
                    }
                }
            }
            best = Math.max(best, weight);
        }
        return weights.amountNear() * Math.min(1.0, best / reachable);
    }

    /**
     * For each amount the passage states (not a list marker), the terms written beside it on its line:
     * {@code kb.weights.amount_window} before it and as many after it.
     */
    private List<TermSequence> besideAmounts(Passage passage) {
        List<TermSequence> beside = new ArrayList<>();
        String text = passage.text();
        int window = (int) weights.amountWindow();
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            if (LIST_MARKER.matcher(text).region(amount.start(), text.length()).lookingAt()) {
                continue;
            }
            // A window's terms stand within a few dozen characters: a long line is not analysed once per amount.
            int reach = window * CHARS_PER_TERM;
            int lineStart = Math.max(text.lastIndexOf('\n', amount.start() - 1) + 1, amount.start() - reach);
            int lineEnd = text.indexOf('\n', amount.end());
            lineEnd = Math.min(lineEnd < 0 ? text.length() : lineEnd, amount.end() + reach);
            List<String> before = words(passage.language(), text.substring(lineStart, amount.start()));
            List<String> after = words(passage.language(), text.substring(amount.end(), lineEnd));
            List<String> terms = new ArrayList<>(before.subList(Math.max(0, before.size() - window), before.size()));
            terms.addAll(after.subList(0, Math.min(window, after.size())));
            beside.add(TermSequence.of(terms));
        }
        return beside;
    }

    /** The terms of a stretch of text, numbers left out: what an amount is written beside. */
    private List<String> words(String language, String text) {
        return analyzers.terms(language, text).stream().filter(t -> !Character.isDigit(t.codePointAt(0))).toList();
    }

    /**
     * The question's units its article is about: held by at least {@code kb.weights.theme_share} of the article
     * variant's passages. Written beside one amount among many, such a unit (the customer of a churn guide)
     * says nothing about which amount is asked.
     */
    private Set<QuestionUnit> themes(Map<QuestionUnit, Integer> holding, int passages) {
        Set<QuestionUnit> themes = new HashSet<>();
        holding.forEach((unit, held) -> {
            if (passages > 0 && held >= weights.themeShare() * passages) {
                themes.add(unit);
            }
        });
        return themes;
    }

    /** How many passages the pool's article variant has. */
    private int passages(IndexSearcher searcher, IndexVersionCache cache, List<Candidate> pool) {
        return pool.isEmpty() ? 0 : (int) ordered(searcher, cache, KnowledgeIndex.variant(
                pool.get(0).passage().article(), pool.get(0).passage().language())).stream()
                .filter(java.util.Objects::nonNull).count();
    }

    /** What the pool's passages could hold of the question: the pool is one article variant, so one language. */
    private static double reachable(IndexSearcher searcher, List<Candidate> pool, AnalyzedQuestion question) {
        return pool.isEmpty() ? 0 : CandidateScoring.reachableWeight(searcher.getIndexReader(), question.known(),
                pool.get(0).passage().language(), question.language());
    }

    /**
     * Whether the passage is the help center's own answer to an amount of what is asked: under a heading that
     * asks for an amount ("CRM มีค่าใช้จ่ายเท่าไร?"), a number followed by one of the question's units ("500
     * รายการ" after "แผนการติดต่อ"). Such a passage is eligible inside its article however few of the question's
     * other words it repeats; a number followed by a word of the question alone is not enough (round six:
     * weak passages holding some number took places).
     */
    private boolean answersItsHeading(IndexVersionCache cache, Candidate candidate, AnalyzedQuestion question) {
        AnalyzedPassage analyzed = cache.passages.get(candidate.doc());
        if (analyzed == null || !question.quantity() || !analyzed.hasNumber()) {
            return false;
        }
        Passage passage = analyzed.passage();
        return !passage.section().isEmpty() && glossary.asksForQuantity(passage.section(), passage.language())
                && countsAskedUnit(cache.counted.computeIfAbsent(candidate.doc(), doc -> counted(passage)),
                        passage.language(), question);
    }

    /** Whether a number in the passage is followed by one of the question's units ("15 weeks"). */
    private static boolean countsAskedUnit(Set<String> counted, String language, AnalyzedQuestion question) {
        for (QuestionUnit unit : question.known()) {
            for (List<String> form : unit.forms(language)) {
                if (counted.contains(form.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first two terms after each amount in the passage: what it counts ("50k tempat pelanggan"). */
    Set<String> counted(Passage passage) {
        Set<String> counted = new HashSet<>();
        String text = passage.text();
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            if (LIST_MARKER.matcher(text).region(amount.start(), text.length()).lookingAt()) {
                continue;
            }
            // The window ends at a word's end: "50k tempat pelanggan" cut at 16 characters is "pelangga".
            int end = Math.min(text.length(), amount.end() + COUNTED_CHARS);
            while (end < text.length() && Character.isLetter(text.codePointAt(end)) && end - amount.end() < 3 * COUNTED_CHARS
                    && Character.isLetter(text.codePointBefore(end)) && !isUnspaced(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String after = text.substring(amount.end(), end);
            int line = after.indexOf('\n');
            List<String> terms = analyzers.terms(passage.language(), line < 0 ? after : after.substring(0, line));
            counted.addAll(terms.stream().filter(t -> !Character.isDigit(t.codePointAt(0))).limit(2).toList());
        }
        return counted;
    }

    /**
     * The passage with the ones after it in its article when it cannot answer alone: too short (a line
     * between two headings), or introducing what follows ("Track these metrics:"), up to a length a
     * reader still takes in at once; and its siblings under the same heading while they fit together. A
     * passage taken in this way is not shown again, and one shown already is not taken in.
     */
    private Passage withFollowing(Passage passage, List<Passage> article, Set<String> used) {
        String text = passage.text();
        int next = passage.ordinal() + 1;
        while (next < article.size() && article.get(next) != null && article.get(next - 1) != null) {
            Passage following = article.get(next);
            if (used.contains(following.path() + "#" + following.ordinal())) {
                break; // shown already, in a place before this one
            }
            boolean introduces = endsWithColon(text);
            boolean tooShort = length(text) < weights.mergeShortChars()
                    && following.section().equals(passage.section());
            String joined = text + "\n\n" + (following.section().equals(article.get(next - 1).section()) ? ""
                    : following.section() + "\n") + following.text();
            boolean fits = (introduces || tooShort) && length(joined) <= weights.mergeMaxChars();
            if (!fits && !siblingFits(passage, following, joined)) {
                break;
            }
            text = joined;
            used.add(following.path() + "#" + following.ordinal());
            next++;
        }
        return text.equals(passage.text()) ? passage : new Passage(passage.article(), passage.language(),
                passage.title(), passage.searchTitle(), passage.section(), text, passage.path(), passage.ordinal());
    }

    /**
     * Whether the passage after one shown is its sibling under the same heading and both fit together: a
     * list or table cut into several passages (the tools compared one to a passage, the hidden fees after
     * their introduction) is read whole under its heading, not one item at a time.
     */
    private boolean siblingFits(Passage shown, Passage following, String joined) {
        return following.section().equals(shown.section()) && length(joined) <= weights.mergeSiblingChars();
    }

    /** Thai, CJK and Hangul runs have no spaces (or few): a window there ends where it is. */
    private static boolean isUnspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static String snippet(String text) {
        return text.substring(0, Math.min(90, text.length())).replace('\n', ' ');
    }

    private static boolean endsWithColon(String text) {
        String stripped = text.strip();
        return stripped.endsWith(":") || stripped.endsWith("：");
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The variant's passages indexed by ordinal (null where a passage is missing), read once per index version. */
    static List<Passage> ordered(IndexSearcher searcher, IndexVersionCache cache, String variant) {
        return cache.variants.computeIfAbsent(variant, key -> ordered(searcher, key));
    }

    private static List<Passage> ordered(IndexSearcher searcher, String variant) {
        List<Passage> parts = new ArrayList<>();
        try {
            var stored = searcher.storedFields();
            for (org.apache.lucene.search.ScoreDoc doc : searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(KnowledgeIndex.VARIANT, variant)), 10_000).scoreDocs) {
                parts.add(KnowledgeIndex.passage(stored.document(doc.doc)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int size = parts.stream().mapToInt(Passage::ordinal).max().orElse(-1) + 1;
        List<Passage> ordered = new ArrayList<>(java.util.Collections.nCopies(size, null));
        for (Passage part : parts) {
            ordered.set(part.ordinal(), part);
        }
        return java.util.Collections.unmodifiableList(ordered);
    }
}
