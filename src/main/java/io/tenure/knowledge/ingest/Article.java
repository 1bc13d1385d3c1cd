package io.tenure.knowledge.ingest;

import java.util.List;

/** One locale variant of a help-center article, cut into passages. */
public record Article(String id, String language, String title, String path, List<Passage> passages) {
    public Article {
        passages = List.copyOf(passages);
    }
}
