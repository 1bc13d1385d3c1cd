package io.tenure.knowledge.index;

import io.tenure.knowledge.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
    static final String SEARCH_TITLE = "search_title";
    static final String SECTION = "section";
    static final String TEXT = "text";
    static final String ORDINAL = "ordinal";
    /** The terms of the searchable text, section, title and names, as analysed at ingest ({@link PassageTerms}). */
    static final String TERMS = "terms";
    static final String SECTION_TERMS = "section_terms";
    static final String TITLE_TERMS = "title_terms";
    static final String NAME_TERMS = "name_terms";
    /** Between stored terms: no analyzer keeps a control character in a term. */
    private static final String SEPARATOR = "\u001f";
    /** A capitalised word after a letter, digit or comma: written as a name, not at a sentence start. */
    private static final java.util.regex.Pattern NAME_IN_SENTENCE =
            java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N},;]\\s{1,3})\\p{Lu}[\\p{L}\\p{N}]*");

    private final LanguageAnalyzers analyzers;
    private final Directory directory;
    private final String where;
    /** Opened on the first change only: reading never takes the write lock another process may hold. */
    private IndexWriter writer;
    private final SearcherManager searchers;

    private KnowledgeIndex(Directory directory, LanguageAnalyzers analyzers, String where) throws IOException {
        this.analyzers = analyzers;
        this.directory = directory;
        this.where = where;
        if (!DirectoryReader.indexExists(directory)) {
            // A new index: an empty first commit, so readers can open it; the writer is released at once.
            try (IndexWriter created = newWriter()) {
                created.commit();
            }
        }
        this.searchers = new SearcherManager(directory, null);
    }

    private IndexWriter newWriter() throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new io.tenure.UserError("the search index at " + where + " is being updated by another Tenure "
                    + "process (an ingest, or a start that found changed help-center files); answering still works, "
                    + "but this change needs it to finish first, or another --data folder");
        }
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = newWriter();
        }
        return writer;
    }

    /** The index kept under {@code <data>/index}; opened to read, the writer taken only to change it. */
    public static KnowledgeIndex open(Path dir, LanguageAnalyzers analyzers) {
        try {
            return new KnowledgeIndex(FSDirectory.open(dir), analyzers, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir, e);
        }
    }

    /** An index in memory, for evaluations that index a folder afresh. */
    public static KnowledgeIndex inMemory(LanguageAnalyzers analyzers) {
        try {
            return new KnowledgeIndex(new ByteBuffersDirectory(), analyzers, "memory");
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
            IndexWriter writer = writer();
            writer.deleteDocuments(new Term(PATH, path));
            for (Passage passage : passages) {
                writer.addDocument(document(passage, terms(analyzers, passage)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + path, e);
        }
    }

    public void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Data to store with the next commit (Lucene's commit user data), replacing what the last commit stored:
     * what the index holds is recorded in the index itself, so it cannot disagree with it.
     */
    public void stageCommitData(Map<String, String> data) {
        try {
            writer().setLiveCommitData(Map.copyOf(data).entrySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data stored with the latest commit (by this process or another one); empty for a new index. */
    public Map<String, String> commitData() {
        try {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index's last commit", e);
        }
    }

    /** Makes the changes durable and visible to searches, and releases the write lock. */
    public void commit() {
        try {
            synchronized (this) {
                IndexWriter changed = writer();
                changed.commit();
                // Only an ingest holds the write lock, and only while it runs: other processes may ingest next.
                changed.close();
                writer = null;
            }
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
            // Another process (an ingest) may have committed since: see it without waiting for it.
            searchers.maybeRefresh();
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

    static Document document(Passage passage, PassageTerms terms) {
        Document doc = new Document();
        doc.add(new StringField(PATH, passage.path(), Field.Store.YES));
        doc.add(new StringField(ARTICLE, passage.article(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, passage.language(), Field.Store.YES));
        doc.add(new StringField(VARIANT, variant(passage.article(), passage.language()), Field.Store.NO));
        doc.add(new StoredField(TITLE, passage.title()));
        doc.add(new StoredField(SEARCH_TITLE, passage.searchTitle()));
        doc.add(new StoredField(SECTION, passage.section()));
        doc.add(new StoredField(TEXT, passage.text()));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        // Title and heading are searched with the text: they say what the passage is about.
        doc.add(new TextField(LanguageAnalyzers.field(passage.language()), searchable(passage), Field.Store.NO));
        // Stored as analysed, so ranking a passage never loads its language's dictionary (most of a second
        // for Korean or Japanese) in a process that answers one question.
        doc.add(new StoredField(TERMS, String.join(SEPARATOR, terms.searchable())));
        doc.add(new StoredField(SECTION_TERMS, String.join(SEPARATOR, terms.section())));
        doc.add(new StoredField(TITLE_TERMS, String.join(SEPARATOR, terms.title())));
        doc.add(new StoredField(NAME_TERMS, String.join(SEPARATOR, terms.names())));
        return doc;
    }

    /**
     * A passage's terms as its language's analyzer sees them: its searchable text ({@link #searchable}),
     * section heading and article title each on its own, and the words its text writes as names inside
     * sentences ("halaman Kampanye dengan"), in order.
     */
    public record PassageTerms(List<String> searchable, List<String> section, List<String> title, List<String> names) {
    }

    /** Analyses a passage now. */
    public static PassageTerms terms(LanguageAnalyzers analyzers, Passage passage) {
        List<String> names = new ArrayList<>();
        var found = NAME_IN_SENTENCE.matcher(passage.text());
        while (found.find()) {
            names.addAll(analyzers.terms(passage.language(), found.group()));
        }
        return new PassageTerms(analyzers.terms(passage.language(), searchable(passage)),
                analyzers.terms(passage.language(), passage.section()),
                analyzers.terms(passage.language(), passage.searchTitle()), List.copyOf(names));
    }

    /** The terms stored with a passage at ingest, or null for a document indexed before they were stored. */
    public static PassageTerms storedTerms(Document doc) {
        String searchable = doc.get(TERMS);
        if (searchable == null) {
            return null;
        }
        return new PassageTerms(split(searchable), split(doc.get(SECTION_TERMS)), split(doc.get(TITLE_TERMS)),
                split(doc.get(NAME_TERMS)));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }

    /**
     * Names the index version a reader reads: Lucene gives every commit a random id, so a help center changed
     * (even back to what it was) or an index built again never has the name of an earlier one.
     *
     * @return null for a reader that is not of one commit
     */
    public static String version(org.apache.lucene.index.IndexReader reader) {
        if (reader instanceof org.apache.lucene.index.StandardDirectoryReader commit) {
            var infos = commit.getSegmentInfos();
            return java.util.HexFormat.of().formatHex(infos.getId()) + "-" + infos.getGeneration() + "-"
                    + infos.getVersion();
        }
        return null;
    }

    public static String variant(String article, String language) {
        return article + "\u0000" + language;
    }

    /** What is searched of a passage: its article's search title, section heading and text. */
    public static String searchable(Passage passage) {
        return passage.searchTitle() + "\n" + passage.section() + "\n" + passage.text();
    }

    public static Passage passage(Document doc) {
        String searchTitle = doc.get(SEARCH_TITLE);
        return new Passage(doc.get(ARTICLE), doc.get(LANGUAGE), doc.get(TITLE),
                searchTitle == null ? doc.get(TITLE) : searchTitle, doc.get(SECTION), doc.get(TEXT),
                doc.get(PATH), doc.getField(ORDINAL).numericValue().intValue());
    }

    @Override
    public void close() {
        try {
            searchers.close();
            synchronized (this) {
                if (writer != null) {
                    writer.close();
                    writer = null;
                }
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
