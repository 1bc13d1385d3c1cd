package io.tenure.health.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an import's checked rows go, implemented in storage ({@code storage/importing/JdbcImportTables}).
 * A file's rows are loaded out of sight and made visible whole by {@link Load#publish}, or thrown away
 * whole by {@link Load#discard}: a reader never sees part of a rejected file. Database failures are
 * {@link IllegalStateException}s whose message starts with "import failed in the database".
 */
public interface ImportTables {
    /** Opens the database for one folder's import, after finishing what a crash interrupted. */
    Session open(Instant now);

    /** One folder's import: one connection, files one after the other. */
    interface Session extends AutoCloseable {
        /** Every account id and its key, for the files that refer to accounts. */
        Map<String, Long> accountKeys();

        /**
         * Starts loading one file's rows into the table of its kind. Rows are the values {@link ImportFile}
         * reads, in its order.
         *
         * @param careful false lets the database take its fastest path (on PostgreSQL: COPY straight into
         *     an empty table), which may end in {@link LoadAgain}; true never does
         */
        Load load(ImportFile kind, String file, Instant now, boolean careful);

        @Override
        void close();
    }

    /** One file's rows on their way in. */
    interface Load {
        /** Writes a batch of checked rows; called from one thread, in the order the rows were read. */
        void write(List<Object[]> batch);

        /** Makes every written row visible and records the import of {@code rows} rows from {@code source}. */
        void publish(long rows, String source, Instant now);

        /** Throws away every written row: nothing of the file stays anywhere. */
        void discard();
    }

    /**
     * The fast path met two rows with one key (a repeated activity, a second NPS answer at the same
     * second): the file must be loaded again with {@code careful}, where of rows with one key the last
     * read wins. Nothing of the first attempt is left.
     */
    final class LoadAgain extends RuntimeException {
        public LoadAgain(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
