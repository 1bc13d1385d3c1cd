package io.tenure.health.importing;

import io.tenure.text.Counted;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the account CSV files of a folder. Each file is all or nothing: its rows are checked as they are
 * read and loaded out of sight ({@link ImportTables}, in storage); only when every row passed is the file
 * published, so nothing of a bad file is written, and the rest of the file is still read to report its
 * bad rows. Answers, approvals and reads go on during a large import. The other files still import.
 * accounts.csv goes first because the others refer to its accounts.
 */
public final class AccountImport {
    private static final Logger log = LoggerFactory.getLogger(AccountImport.class);
    /** Bad rows listed per file; the count covers them all. */
    private static final int ERRORS_SHOWN = 10;
    private static final int BATCH = 10_000;

    private final ImportTables tables;
    private final Clock clock;

    public AccountImport(ImportTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** The file names this import reads, in the order it reads them. */
    public static List<String> fileNames() {
        return java.util.Arrays.stream(ImportFile.values()).map(f -> f.fileName).toList();
    }

    /**
     * Imports every known file present in the folder.
     *
     * @param progress show a progress bar (only on a terminal)
     * @throws IllegalArgumentException when the folder has none of the files
     */
    public ImportReport importFolder(Path folder, boolean progress) {
        return importFolder(folder, progress, StandardCharsets.UTF_8);
    }

    /**
     * Imports every known file present in the folder, read in this encoding. In UTF-8 (the default) a
     * byte sequence that is not UTF-8 rejects the file: decoding it anyway would store "M�ller".
     *
     * @param encoding an ASCII-compatible encoding (see {@link #asciiCompatible})
     */
    public ImportReport importFolder(Path folder, boolean progress, Charset encoding) {
        if (!asciiCompatible(encoding)) {
            throw new IllegalArgumentException("cannot import files in " + encoding.name()
                    + ": only UTF-8 and encodings that write commas, quotes and line ends as in ASCII");
        }
        List<FileResult> results = new ArrayList<>();
        boolean any = false;
        try (ImportTables.Session session = tables.open(Instant.now(clock))) {
            Map<String, Long> accountKeys = null;
            for (ImportFile kind : ImportFile.values()) {
                Path file = folder.resolve(kind.fileName);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                any = true;
                if (kind != ImportFile.ACCOUNTS && accountKeys == null) {
                    accountKeys = session.accountKeys();
                }
                long started = System.nanoTime();
                Map<String, Long> keys = accountKeys == null ? Map.of() : accountKeys;
                FileResult result;
                try {
                    result = importFile(session, kind, file, keys, progress, encoding, false);
                } catch (ImportTables.LoadAgain again) {
                    log.info("{}: {}; loading it again, the careful way", kind.fileName, again.getMessage());
                    result = importFile(session, kind, file, keys, progress, encoding, true);
                }
                long ms = (System.nanoTime() - started) / 1_000_000;
                results.add(result);
                if (result.rejected()) {
                    log.warn("{} rejected: {} ({} ms)", kind.fileName, Counted.of(result.badRows(), "bad row"), ms);
                } else {
                    log.info("{}: {} imported in {} ms", kind.fileName, Counted.of(result.rows(), "row"), ms);
                }
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no account files in " + folder + " (expected any of "
                    + String.join(", ", fileNames()) + ")");
        }
        return new ImportReport(results);
    }

    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "account-import-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether the CSV structure (separators, quotes, line ends) is the same bytes as in ASCII. */
    public static boolean asciiCompatible(Charset encoding) {
        String sample = ",\"\r\nA0";
        return encoding.canEncode() && java.util.Arrays.equals(sample.getBytes(encoding),
                sample.getBytes(StandardCharsets.US_ASCII));
    }

    private static void awaitWriter(Future<?> written) {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Hands checked batches to storage on its own thread, in the order they were read. */
    private static final class BatchWriter implements Callable<Void> {
        private static final List<Object[]> END = new ArrayList<>();
        private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(4);
        private final ImportTables.Load load;
        private volatile boolean failed;

        BatchWriter(ImportTables.Load load) {
            this.load = load;
        }

        void put(List<Object[]> batch) throws InterruptedIOException {
            try {
                while (!failed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    // The writer stopped on an error: stop queueing, the error surfaces from its future.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("import interrupted");
            }
        }

        void finish() throws InterruptedIOException {
            put(END);
        }

        @Override
        public Void call() {
            try {
                while (true) {
                    List<Object[]> batch = queue.take();
                    if (batch == END) {
                        return null;
                    }
                    load.write(batch);
                }
            } catch (InterruptedException e) {
                failed = true;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (RuntimeException e) {
                failed = true;
                throw e;
            }
        }
    }

    /** Separators people export CSV with instead of a comma, checked in this order. */
    private static final String OTHER_SEPARATORS = ";\t|";

    /**
     * What is wrong with a header, said once: a header read as one field holding another separator is a
     * file saved with that separator (every column would otherwise be reported missing), and missing
     * columns are named together.
     */
    static BadRow headerProblem(String file, CsvRecord header, Map<String, Integer> columns, List<String> required) {
        List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        long line = header.getStartingLineNumber();
        if (header.getFieldCount() == 1) {
            String only = header.getField(0);
            for (char separator : OTHER_SEPARATORS.toCharArray()) {
                if (only.indexOf(separator) >= 0) {
                    String shown = separator == '\t' ? "tabs" : "'" + separator + "'";
                    return new BadRow(file, line, "",
                            "the header is separated by " + shown + ", not commas: save the file as comma-separated CSV");
                }
            }
        }
        return new BadRow(file, line, String.join(", ", missing),
                (missing.size() == 1 ? "missing required column" : "missing required columns")
                        + "; the header has: " + String.join(", ", columns.keySet().stream().sorted().toList()));
    }

    private FileResult importFile(ImportTables.Session session, ImportFile kind, Path file,
                                  Map<String, Long> accountKeys, boolean progress, Charset encoding, boolean careful) {
        String name = kind.fileName;
        List<BadRow> errors = new ArrayList<>();
        long badRows = 0;
        long rows = 0;
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return new FileResult(name, 0, List.of(new BadRow(name, 0, "", "cannot read: " + e.getMessage())), 1);
        }
        boolean committed = false;
        List<String> header = new ArrayList<>();
        CsvBytes watched = null;
        ImportTables.Load load = null;
        try (CsvBytes in = new CsvBytes(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                encoding.equals(StandardCharsets.UTF_8));
             CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ignoreDifferentFieldCount(true)
                     .skipEmptyLines(true).ofCsvRecord(in, encoding);
             ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName(name).setInitialMax(size)
                     .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).build() : null) {
            watched = in;
            var records = csv.iterator();
            if (!records.hasNext()) {
                return new FileResult(name, 0, List.of(new BadRow(name, 1, "", "the header row is missing")), 1);
            }
            CsvRecord headerRecord = records.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < headerRecord.getFieldCount(); i++) {
                String column = headerRecord.getField(i).strip().toLowerCase(Locale.ROOT);
                header.add(column);
                columns.putIfAbsent(column, i);
            }
            BadRow badHeader = headerProblem(name, headerRecord, columns, kind.columns);
            if (badHeader != null) {
                errors.add(badHeader);
            }
            if (!errors.isEmpty()) {
                return new FileResult(name, 0, errors, errors.size());
            }
            Row row = new Row(columns, accountKeys, header);
            RowValues values = new RowValues(kind.values);
            // Checking rows and writing them overlap: this thread parses and checks, a writer thread
            // hands batches to the database, so the two cores share an import.
            load = session.load(kind, name, Instant.now(clock), careful);
            BatchWriter writer = new BatchWriter(load);
            Future<?> written = WRITERS.submit(writer);
            List<Object[]> batch = new ArrayList<>(BATCH);
            try {
                while (records.hasNext()) {
                    CsvRecord record = records.next();
                    row.reset(record);
                    try {
                        kind.read(row, values);
                    } catch (BadValue bad) {
                        badRows++;
                        if (errors.size() < ERRORS_SHOWN) {
                            errors.add(new BadRow(name, record.getStartingLineNumber(), bad.column, bad.getMessage()));
                        }
                        values.take();
                        continue;
                    }
                    rows++;
                    Object[] cells = values.take();
                    if (!errors.isEmpty() || in.problem() != null) {
                        // Already rejected: keep reading only to report the other bad rows.
                        continue;
                    }
                    batch.add(cells);
                    if (batch.size() == BATCH) {
                        writer.put(batch);
                        batch = new ArrayList<>(BATCH);
                        if (bar != null) {
                            bar.stepTo(in.count);
                        }
                    }
                }
                if (errors.isEmpty() && in.problem() == null && !batch.isEmpty()) {
                    writer.put(batch);
                }
            } finally {
                writer.finish();
            }
            awaitWriter(written);
            CsvBytes.Problem problem = in.finish();
            if (problem != null) {
                badRows++;
                errors.add(badRow(name, problem, header));
                errors.sort(java.util.Comparator.comparingLong(BadRow::line));
                if (errors.size() > ERRORS_SHOWN) {
                    errors.remove(errors.size() - 1);
                }
            }
            if (!errors.isEmpty()) {
                return new FileResult(name, 0, errors, badRows);
            }
            if (bar != null) {
                bar.stepTo(size);
            }
            load.publish(rows, file.toAbsolutePath().getParent().toString(), Instant.now(clock));
            committed = true;
            return new FileResult(name, rows, List.of(), 0);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            CsvBytes.Problem problem = watched == null ? null : watched.problem();
            BadRow bad = problem != null ? badRow(name, problem, header)
                    : new BadRow(name, startingLine(e), "", "cannot read as CSV: " + rootMessage(e));
            return new FileResult(name, 0, List.of(bad), 1);
        } catch (IOException e) {
            return new FileResult(name, 0, List.of(new BadRow(name, 0, "", "cannot read as CSV: "
                    + e.getMessage())), 1);
        } finally {
            if (!committed && load != null) {
                // Nothing of a rejected (or failed) file stays anywhere.
                load.discard();
            }
        }
    }

    /** A problem in the file's bytes as a bad row: its line, and its column named from the header. */
    private static BadRow badRow(String name, CsvBytes.Problem problem, List<String> header) {
        String column = problem.field() < header.size() ? header.get(problem.field())
                : header.isEmpty() ? "" : "field " + (problem.field() + 1);
        return new BadRow(name, problem.line(), column, problem.reason());
    }

    private static final java.util.regex.Pattern PARSER_LINE = java.util.regex.Pattern.compile("started in line (\\d+)");

    /** The parser names the line of the record it could not read in its message, and only there. */
    private static long startingLine(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher line = PARSER_LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return Long.parseLong(line.group(1));
            }
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
