package io.tenure.knowledge.search;

import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * A bilingual lexicon learned from the help center itself. A real help center is partly translated: an
 * article with several locale variants is parallel text. Each variant is cut into segments (title,
 * headings, list items, paragraph lines) that are aligned by position; numbers and Latin names shared by
 * two segments pull them together. Over all aligned segment pairs of a language pair, a Dice coefficient
 * says how often two words occur opposite each other compared with how often each occurs at all. Where
 * two languages share no article, the lexicon pivots through a third language they both share.
 *
 * <p>Words are the index's own terms (each language's analyzer), so a learned translation is searched
 * as it is. Retrieval weighs a learned translation below a glossary one: the glossary is curated, this
 * is statistics over a few dozen articles.
 */
public final class Lexicon {
    /**
     * A learned translation: the target language's term and how sure the aligner is (0..1).
     *
     * @param common whether either word is one of its language's frequent words (the theme, or a word
     *               such as 場合 "case" that a function-word list may not name): learned from strong
     *               evidence, used only for a glossary concept the help center writes in other words
     */
    public record Translation(String term, double score, boolean pivot, boolean common) {
    }

    /**
     * Words that occur this often among a language's segments are function words or the help center's
     * theme ("subscription" in most lines): by chance they meet every word opposite them.
     */
    private static final double MAX_SEGMENT_SHARE = 0.2;
    /**
     * Such a frequent word is still learned when the evidence is strong: it and its translation are each
     * other's best partner and stand opposite each other in most segments where either occurs (Dice). Two
     * words in a third of the segments each meet by chance in about a ninth: a Dice near 0.3, not 0.8.
     */
    private static final double FREQUENT_MIN_SCORE = 0.8;
    /** A translation through a third language multiplies two uncertain scores: it must stay this sure. */
    private static final double MIN_PIVOT_SCORE = 0.5;
    private static final int MIN_PAIRS = 2;
    private static final int MAX_TRANSLATIONS = 3;

    private final Map<String, Map<String, List<Translation>>> byPair;

    private Lexicon(Map<String, Map<String, List<Translation>>> byPair) {
        this.byPair = byPair;
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    /** A lexicon as {@link #table} gave it (kept with the index between processes). */
    static Lexicon of(Map<String, Map<String, List<Translation>>> table) {
        return new Lexicon(table);
    }

    /** Every entry, by language pair ("en|ko") and source term. */
    Map<String, Map<String, List<Translation>>> table() {
        return byPair;
    }

    /**
     * @param minScore the lowest Dice score kept
     * @param ignored terms never learned (the glossary's function words of a language)
     */
    public static Lexicon mine(List<Passage> passages, LanguageAnalyzers analyzers, double minScore,
                               BiPredicate<String, String> ignored) {
        Map<String, Map<String, List<Passage>>> articles = new TreeMap<>();
        for (Passage passage : passages) {
            articles.computeIfAbsent(passage.article(), a -> new TreeMap<>())
                    .computeIfAbsent(passage.language(), l -> new ArrayList<>()).add(passage);
        }
        // A word found in many segments of its language, across the whole help center, is a function word
        // or the help center's theme ("subscription" everywhere): it aligns with everything.
        Map<String, Map<String, List<Segment>>> byArticle = new TreeMap<>();
        Map<String, Map<String, Integer>> frequency = new HashMap<>();
        Map<String, Integer> segmentCount = new HashMap<>();
        articles.forEach((article, variants) -> variants.forEach((language, parts) -> {
            if (LanguageAnalyzers.LANGUAGES.contains(language)) {
                List<Segment> cut = segments(parts, analyzers, ignored);
                byArticle.computeIfAbsent(article, k -> new TreeMap<>()).put(language, cut);
                segmentCount.merge(language, cut.size(), Integer::sum);
                for (Segment segment : cut) {
                    segment.terms.forEach(t -> frequency.computeIfAbsent(language, k -> new HashMap<>())
                            .merge(t, 1, Integer::sum));
                }
            }
        }));
        Map<String, Counts> counts = new HashMap<>();
        for (Map<String, List<Segment>> all : byArticle.values()) {
            if (all.size() < 2) {
                continue;
            }
            List<String> languages = List.copyOf(all.keySet());
            for (int a = 0; a < languages.size(); a++) {
                for (int b = a + 1; b < languages.size(); b++) {
                    Counts pair = counts.computeIfAbsent(languages.get(a) + "|" + languages.get(b), k -> new Counts());
                    for (Segment[] aligned : align(all.get(languages.get(a)), all.get(languages.get(b)))) {
                        pair.add(aligned[0].terms, aligned[1].terms);
                    }
                }
            }
        }
        // A word in many segments of its language is a function word or the help center's theme; it is kept
        // out unless the evidence for one translation is strong (see Counts#translations).
        Map<String, Set<String>> frequent = new HashMap<>();
        frequency.forEach((language, seen) -> {
            int most = (int) Math.max(MIN_PAIRS + 1, MAX_SEGMENT_SHARE * segmentCount.get(language));
            Set<String> common = new java.util.HashSet<>();
            seen.forEach((term, n) -> {
                if (n > most) {
                    common.add(term);
                }
            });
            frequent.put(language, common);
        });
        Map<String, Map<String, List<Translation>>> byPair = new HashMap<>();
        counts.forEach((pair, c) -> {
            String[] languages = pair.split("\\|");
            Set<String> left = frequent.getOrDefault(languages[0], Set.of());
            Set<String> right = frequent.getOrDefault(languages[1], Set.of());
            byPair.put(languages[0] + "|" + languages[1], c.translations(false, minScore, left, right));
            byPair.put(languages[1] + "|" + languages[0], c.translations(true, minScore, right, left));
        });
        pivot(byPair, minScore);
        return new Lexicon(byPair);
    }

    /** Learned translations of a term of one language into another, best first. */
    public List<Translation> translate(String from, String term, String to) {
        return byPair.getOrDefault(from + "|" + to, Map.of()).getOrDefault(term, List.of());
    }

    /** Every entry of a language pair ("ko|ja"), by source term. */
    public Map<String, List<Translation>> entries(String from, String to) {
        return new TreeMap<>(byPair.getOrDefault(from + "|" + to, Map.of()));
    }

    /** The language pairs the lexicon holds entries for. */
    public Set<String> pairs() {
        Set<String> pairs = new java.util.TreeSet<>();
        byPair.forEach((pair, entries) -> {
            if (!entries.isEmpty()) {
                pairs.add(pair);
            }
        });
        return pairs;
    }

    public int size() {
        return byPair.values().stream().mapToInt(Map::size).sum();
    }

    private record Segment(Set<String> terms, Set<String> anchors) {
    }

    /** Title, headings and each line of the passages, in order, as sets of terms. */
    private static List<Segment> segments(List<Passage> parts, LanguageAnalyzers analyzers,
                                          BiPredicate<String, String> ignored) {
        List<Passage> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(Passage::ordinal));
        List<String> texts = new ArrayList<>();
        texts.add(ordered.get(0).searchTitle());
        String section = "";
        for (Passage passage : ordered) {
            if (!passage.section().isEmpty() && !passage.section().equals(section)) {
                section = passage.section();
                texts.add(section);
            }
            for (String line : passage.text().split("\n")) {
                if (!line.isBlank()) {
                    texts.add(line);
                }
            }
        }
        String language = ordered.get(0).language();
        List<Segment> segments = new ArrayList<>();
        for (String text : texts) {
            Set<String> terms = new LinkedHashSet<>();
            Set<String> anchors = new LinkedHashSet<>();
            for (String term : analyzers.terms(language, text)) {
                boolean latinInOtherScript = !List.of("en", "id").contains(language)
                        && term.codePoints().allMatch(c -> c < 128);
                if (latinInOtherScript || term.codePoints().anyMatch(Character::isDigit)) {
                    // Numbers and Latin names need no translation: they anchor the alignment instead.
                    anchors.add(term);
                } else if (!ignored.test(language, term)) {
                    terms.add(term);
                }
            }
            if (!terms.isEmpty() || !anchors.isEmpty()) {
                segments.add(new Segment(terms, anchors));
            }
        }
        return segments;
    }

    /**
     * Pairs each segment of the shorter variant with the segment of the other at the same relative
     * position, moved by at most two places to one sharing a number or a name with it.
     */
    private static List<Segment[]> align(List<Segment> a, List<Segment> b) {
        boolean swap = a.size() > b.size();
        List<Segment> shorter = swap ? b : a;
        List<Segment> longer = swap ? a : b;
        List<Segment[]> pairs = new ArrayList<>();
        for (int i = 0; i < shorter.size(); i++) {
            int j = shorter.size() == 1 ? 0 : (int) Math.round(i * (longer.size() - 1.0) / (shorter.size() - 1.0));
            Segment own = shorter.get(i);
            if (!own.anchors.isEmpty()) {
                int best = j;
                int shared = overlap(own.anchors, longer.get(j).anchors);
                for (int k = Math.max(0, j - 2); k <= Math.min(longer.size() - 1, j + 2); k++) {
                    int s = overlap(own.anchors, longer.get(k).anchors);
                    if (s > shared) {
                        shared = s;
                        best = k;
                    }
                }
                j = best;
            }
            Segment other = longer.get(j);
            pairs.add(swap ? new Segment[]{other, own} : new Segment[]{own, other});
        }
        return pairs;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** Co-occurrence counts over the aligned segment pairs of one language pair. */
    private static final class Counts {
        final Map<String, Integer> left = new HashMap<>();
        final Map<String, Integer> right = new HashMap<>();
        final Map<String, Map<String, Integer>> joint = new HashMap<>();
        int segments;

        void add(Set<String> a, Set<String> b) {
            segments++;
            a.forEach(x -> left.merge(x, 1, Integer::sum));
            b.forEach(y -> right.merge(y, 1, Integer::sum));
            for (String x : a) {
                Map<String, Integer> row = joint.computeIfAbsent(x, k -> new HashMap<>());
                b.forEach(y -> row.merge(y, 1, Integer::sum));
            }
        }

        /**
         * @param frequentFrom the source language's frequent words (in more than {@link #MAX_SEGMENT_SHARE} of
         *                     its segments), learned only as a strong pair
         * @param frequentTo   the target language's
         */
        Map<String, List<Translation>> translations(boolean reverse, double minScore, Set<String> frequentFrom,
                                                    Set<String> frequentTo) {
            Map<String, Map<String, Integer>> rows = new HashMap<>();
            joint.forEach((x, row) -> row.forEach((y, n) -> {
                if (reverse) {
                    rows.computeIfAbsent(y, k -> new HashMap<>()).put(x, n);
                } else {
                    rows.computeIfAbsent(x, k -> new HashMap<>()).put(y, n);
                }
            }));
            Map<String, Integer> from = reverse ? right : left;
            Map<String, Integer> to = reverse ? left : right;
            double common = Math.max(MIN_PAIRS + 1, 2 * MAX_SEGMENT_SHARE * segments);
            // The best score each target word reaches with any source word: a pair is kept only when it is
            // (nearly) the best for both words, the usual symmetric filter of word alignment.
            Map<String, Double> bestFor = new HashMap<>();
            // Over every word, frequent or not: a frequent word's translation must be the best for both.
            Map<String, Double> bestForAny = new HashMap<>();
            Map<String, Double> bestFromAny = new HashMap<>();
            rows.forEach((x, row) -> row.forEach((y, n) -> {
                double dice = 2.0 * n / (from.get(x) + to.get(y));
                bestForAny.merge(y, dice, Math::max);
                bestFromAny.merge(x, dice, Math::max);
                if (!frequentFrom.contains(x) && !frequentTo.contains(y)) {
                    bestFor.merge(y, dice, Math::max);
                }
            }));
            Map<String, List<Translation>> result = new LinkedHashMap<>();
            rows.forEach((x, row) -> {
                List<Translation> found = new ArrayList<>();
                row.forEach((y, n) -> {
                    double dice = 2.0 * n / (from.get(x) + to.get(y));
                    boolean strong = dice >= Math.max(minScore, FREQUENT_MIN_SCORE)
                            && dice >= bestForAny.get(y) && dice >= bestFromAny.get(x);
                    if (n < MIN_PAIRS) {
                        return;
                    }
                    if (frequentFrom.contains(x) || frequentTo.contains(y)) {
                        if (strong) {
                            found.add(new Translation(y, dice, false, true));
                        }
                    } else if (from.get(x) <= common && to.get(y) <= common && dice >= minScore
                            && dice >= 0.8 * bestFor.get(y)) {
                        found.add(new Translation(y, dice, false, false));
                    }
                });
                found.sort(Comparator.comparingDouble(Translation::score).reversed().thenComparing(Translation::term));
                if (!found.isEmpty()) {
                    double best = found.get(0).score();
                    result.put(x, List.copyOf(found.stream().filter(t -> t.score() >= 0.6 * best)
                            .limit(MAX_TRANSLATIONS).toList()));
                }
            });
            return result;
        }
    }

    /** Adds a -> c through b where the help center pairs a with b and b with c but a word lacks a -> c. */
    private static void pivot(Map<String, Map<String, List<Translation>>> byPair, double minScore) {
        List<String> languages = LanguageAnalyzers.LANGUAGES;
        Map<String, Map<String, List<Translation>>> added = new HashMap<>();
        for (String a : languages) {
            for (String c : languages) {
                if (a.equals(c)) {
                    continue;
                }
                Map<String, List<Translation>> direct = byPair.getOrDefault(a + "|" + c, Map.of());
                Map<String, List<Translation>> result = new LinkedHashMap<>();
                for (String b : languages) {
                    if (b.equals(a) || b.equals(c)) {
                        continue;
                    }
                    Map<String, List<Translation>> first = byPair.getOrDefault(a + "|" + b, Map.of());
                    Map<String, List<Translation>> second = byPair.getOrDefault(b + "|" + c, Map.of());
                    first.forEach((x, viaB) -> {
                        if (direct.containsKey(x)) {
                            return;
                        }
                        for (Translation t1 : viaB) {
                            for (Translation t2 : second.getOrDefault(t1.term(), List.of())) {
                                double score = t1.score() * t2.score();
                                if (score >= Math.max(minScore, MIN_PIVOT_SCORE)) {
                                    List<Translation> list = result.computeIfAbsent(x, k -> new ArrayList<>());
                                    if (list.stream().noneMatch(t -> t.term().equals(t2.term()))) {
                                        list.add(new Translation(t2.term(), score, true,
                                                t1.common() || t2.common()));
                                    }
                                }
                            }
                        }
                    });
                }
                result.replaceAll((x, list) -> List.copyOf(list.stream()
                        .sorted(Comparator.comparingDouble(Translation::score).reversed())
                        .limit(MAX_TRANSLATIONS).toList()));
                if (!result.isEmpty()) {
                    added.put(a + "|" + c, result);
                }
            }
        }
        added.forEach((pair, entries) -> {
            Map<String, List<Translation>> merged = new HashMap<>(byPair.getOrDefault(pair, Map.of()));
            entries.forEach(merged::putIfAbsent);
            byPair.put(pair, merged);
        });
    }
}
