package io.tenure.knowledge.index;

import io.tenure.knowledge.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of passages: one document per passage, its text in the field of its language
 * (analyzed for that language) and stored for quoting. Files are replaced as a whole, by path.
 */
public final class KnowledgeIndex implements AutoCloseable {
    public static final String PATH = "path";
    public static final String ARTICLE = "article";
    public static final String LANGUAGE = "lang";
    /** Article and language together, to tell at once whether an article has a variant in a language. */
    public static final String VARIANT = "variant";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String TEXT = "text";
    static final String ORDINAL = "ordinal";

    private final LanguageAnalyzers analyzers;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private KnowledgeIndex(Directory directory, LanguageAnalyzers analyzers) throws IOException {
        this.analyzers = analyzers;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** The index kept under {@code <data>/index}. */
    public static KnowledgeIndex open(Path dir, LanguageAnalyzers analyzers) {
        try {
            return new KnowledgeIndex(FSDirectory.open(dir), analyzers);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new io.tenure.UserError("the search index at " + dir + " is in use by another Tenure process; "
                    + "stop it first or use another --data folder");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir, e);
        }
    }

    /** An index in memory, for evaluations that index a folder afresh. */
    public static KnowledgeIndex inMemory(LanguageAnalyzers analyzers) {
        try {
            return new KnowledgeIndex(new ByteBuffersDirectory(), analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LanguageAnalyzers analyzers() {
        return analyzers;
    }

    /** Replaces everything indexed from a file by these passages (none: the file is gone). */
    public void replace(String path, List<Passage> passages) {
        try {
            writer.deleteDocuments(new Term(PATH, path));
            for (Passage passage : passages) {
                writer.addDocument(document(passage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + path, e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    public int passageCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every passage in the index, in no particular order (for the embedding baseline). */
    public List<Passage> allPassages() {
        IndexSearcher searcher = acquire();
        try {
            List<Passage> all = new ArrayList<>();
            var reader = searcher.getIndexReader();
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    all.add(passage(stored.document(doc)));
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    static Document document(Passage passage) {
        Document doc = new Document();
        doc.add(new StringField(PATH, passage.path(), Field.Store.YES));
        doc.add(new StringField(ARTICLE, passage.article(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, passage.language(), Field.Store.YES));
        doc.add(new StringField(VARIANT, variant(passage.article(), passage.language()), Field.Store.NO));
        doc.add(new StoredField(TITLE, passage.title()));
        doc.add(new StoredField(SECTION, passage.section()));
        doc.add(new StoredField(TEXT, passage.text()));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        // Title and heading are searched with the text: they say what the passage is about.
        doc.add(new TextField(LanguageAnalyzers.field(passage.language()), searchable(passage), Field.Store.NO));
        return doc;
    }

    public static String variant(String article, String language) {
        return article + "\u0000" + language;
    }

    /** What is searched of a passage: its title, section heading and text. */
    public static String searchable(Passage passage) {
        return passage.title() + "\n" + passage.section() + "\n" + passage.text();
    }

    public static Passage passage(Document doc) {
        return new Passage(doc.get(ARTICLE), doc.get(LANGUAGE), doc.get(TITLE), doc.get(SECTION), doc.get(TEXT),
                doc.get(PATH), doc.getField(ORDINAL).numericValue().intValue());
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
