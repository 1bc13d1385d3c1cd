package io.tenure.storage;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite connections that wait for the write lock by looking every millisecond, for up to ten seconds.
 * SQLite's own busy timeout sleeps longer and longer (up to 100 ms a time) between looks: a writer that
 * commits and begins again at once (an import's batches, a few ms apart) then keeps the lock nearly all
 * the time, and a question waiting to be logged misses every gap until it gives up. Looking often finds
 * the gaps the import leaves after each batch.
 */
final class WaitingSqliteDataSource extends SQLiteDataSource {
    static final long WAIT_MILLIS = 10_000;

    WaitingSqliteDataSource(SQLiteConfig config) {
        super(config);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        SQLiteConnection connection = super.getConnection(username, password);
        BusyHandler.setHandler(connection, new BusyHandler() {
            private long since;

            @Override
            protected int callback(int previousCalls) {
                long now = System.nanoTime();
                if (previousCalls == 0) {
                    since = now;
                }
                if (now - since > TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS)) {
                    return 0;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                return 1;
            }
        });
        return connection;
    }
}
