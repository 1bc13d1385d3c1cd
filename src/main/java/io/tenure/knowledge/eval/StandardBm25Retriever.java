package io.tenure.knowledge.eval;

import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.ingest.Passage;
import io.tenure.knowledge.search.PassageRetriever;
import io.tenure.knowledge.search.ScoredPassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Baseline: the same passages in one field with Lucene's StandardAnalyzer, the question searched as
 * is (no glossary, no language handling); abstains only when nothing matches at all.
 */
public final class StandardBm25Retriever implements PassageRetriever {
    private static final String BODY = "body";
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final List<Passage> passages;
    private final IndexSearcher searcher;

    public StandardBm25Retriever(KnowledgeIndex source) {
        this.passages = source.allPassages();
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < passages.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField("n", i));
                    doc.add(new TextField(BODY, KnowledgeIndex.searchable(passages.get(i)), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "bm25-standard";
    }

    @Override
    public List<ScoredPassage> retrieve(String question, String language, int limit) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(BODY, question, BooleanClause.Occur.SHOULD);
        if (query == null) {
            return List.of();
        }
        try {
            List<ScoredPassage> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                int n = searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue();
                found.add(new ScoredPassage(passages.get(n), hit.score));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
