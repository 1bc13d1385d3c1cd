package io.tenure.bench.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.ingest.Passage;
import io.tenure.knowledge.search.PassageRetriever;
import io.tenure.knowledge.search.ScoredPassage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline: the approach of LangChain4j's customer-support example. The same passages embedded
 * in-process with all-MiniLM-L6-v2 into an in-memory store; the best match only, if its cosine
 * score reaches 0.6.
 */
public final class MiniLmRetriever implements PassageRetriever {
    private static final int MAX_RESULTS = 1;
    private static final double MIN_SCORE = 0.6;

    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final Map<String, Passage> byId = new HashMap<>();

    public MiniLmRetriever(KnowledgeIndex source) {
        for (Passage passage : source.allPassages()) {
            TextSegment segment = TextSegment.from(passage.text());
            Embedding embedding = model.embed(segment).content();
            byId.put(store.add(embedding, segment), passage);
        }
    }

    @Override
    public String name() {
        return "minilm";
    }

    @Override
    public List<ScoredPassage> retrieve(String question, String language, int limit) {
        Embedding query = model.embed(question).content();
        List<ScoredPassage> found = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> match : store.search(EmbeddingSearchRequest.builder().queryEmbedding(query)
                .maxResults(Math.min(MAX_RESULTS, limit)).minScore(MIN_SCORE).build()).matches()) {
            found.add(new ScoredPassage(byId.get(match.embeddingId()), match.score()));
        }
        return found;
    }
}
