package io.tenure.knowledge.ingest;

import io.tenure.knowledge.index.KnowledgeIndex;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to date with a help-center folder: files whose content hash changed are parsed
 * and re-indexed, files gone are removed, unchanged files are not read past their hash, and a file
 * that cannot be an article is reported and skipped while the rest goes in.
 */
public final class Ingester {
    private static final Logger log = LoggerFactory.getLogger(Ingester.class);

    private final KnowledgeIndex index;
    private final IngestLedger ledger;
    private final ArticleParser parser;
    private final ArticleScreen screen;

    public Ingester(KnowledgeIndex index, IngestLedger ledger, ArticleParser parser, ArticleScreen screen) {
        this.index = index;
        this.ledger = ledger;
        this.parser = parser;
        this.screen = screen;
    }

    /** The source the index holds now, or null when it holds none. */
    public String currentSource() {
        return ledger.entries().values().stream().map(IngestLedger.Entry::source).findFirst().orElse(null);
    }

    /** @param progress show a progress bar (only on a terminal) */
    public IngestReport ingest(HelpCenterSource source, boolean progress) {
        return ingest(source, progress, false);
    }

    /**
     * @param progress show a progress bar (only on a terminal)
     * @param strict refuse (rather than only report) files with text aimed at a language model or links
     *               outside the allowed domains; a refused file that was indexed before is taken out
     */
    public synchronized IngestReport ingest(HelpCenterSource source, boolean progress, boolean strict) {
        long started = System.nanoTime();
        Map<String, IngestLedger.Entry> recorded = ledger.entries();
        boolean otherSource = recorded.values().stream().anyMatch(e -> !e.source().equals(source.id()));
        boolean indexLost = !recorded.isEmpty() && index.passageCount() == 0;
        boolean olderFormat = ledger.olderFormat();
        if (otherSource || indexLost || olderFormat) {
            // Another folder (or an index deleted by hand, or one an older Tenure wrote): start from nothing
            // rather than mix.
            log.info("indexing {} from scratch ({})", source.id(), otherSource ? "it replaces "
                    + recorded.values().iterator().next().source() : olderFormat
                    ? "the index was written by an older Tenure" : "the index was empty");
            index.clear();
            ledger.clear();
            recorded = Map.of();
        }
        HelpCenterSource.Listing listing = source.list();
        List<String> files = listing.files();
        List<String> changed = new ArrayList<>();
        List<IngestLedger.Entry> ingested = new ArrayList<>();
        List<IngestReport.Rejected> rejected = new ArrayList<>(listing.skipped());
        List<IngestReport.Rejected> flagged = new ArrayList<>();
        Set<String> forgotten = new LinkedHashSet<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (IngestReport.Rejected entry : listing.skipped()) {
            skipped.add(entry.path());
            if (recorded.containsKey(entry.path())) {
                // Indexed when it was a plain file; now a link (or worse): stop quoting it.
                index.replace(entry.path(), List.of());
                forgotten.add(entry.path());
            }
        }
        int unchanged = 0;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files.size())
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null) {
            for (String path : files) {
                IngestLedger.Entry before = recorded.get(path);
                try {
                    parser.checkSize(source.size(path));
                    byte[] content = source.read(path);
                    String hash = sha256(content);
                    boolean same = before != null && before.sha256().equals(hash);
                    Article article = same ? null : parser.parse(new HelpCenterFile(path, content));
                    // Screened on every run, unchanged files too: the allowed domains or --strict may differ.
                    List<String> findings = screen.findings(content);
                    findings.forEach(finding -> flagged.add(new IngestReport.Rejected(path, finding)));
                    if (strict && !findings.isEmpty()) {
                        throw new FileRejected("refused by --strict: " + findings.get(0)
                                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : ""));
                    }
                    if (same) {
                        unchanged++;
                    } else {
                        index.replace(path, article.passages());
                        changed.add(path);
                        ingested.add(new IngestLedger.Entry(path, source.id(), hash, article.id(), article.language(),
                                article.passages().size()));
                    }
                } catch (FileRejected | IOException e) {
                    rejected.add(new IngestReport.Rejected(path, e instanceof IOException
                            ? "cannot read (" + e.getMessage() + ")" : e.getMessage()));
                    if (before != null) {
                        // Its earlier content is no longer what the folder says: do not keep quoting it.
                        index.replace(path, List.of());
                        forgotten.add(path);
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        List<String> removed = new ArrayList<>();
        for (String path : recorded.keySet()) {
            if (!files.contains(path) && !skipped.contains(path)) {
                index.replace(path, List.of());
                forgotten.add(path);
                removed.add(path);
            }
        }
        if (!changed.isEmpty() || !forgotten.isEmpty() || otherSource || indexLost || olderFormat) {
            // The ledger's record goes with the index's commit (IndexLedger stages it on the writer): one step.
            ledger.update(ingested, forgotten);
            index.commit();
        }
        return new IngestReport(source.id(), changed, removed, unchanged, rejected, flagged, index.passageCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
