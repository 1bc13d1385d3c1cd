package io.tenure.jobs;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database's data source, except that while {@link #joining} runs, this thread gets the caller's open
 * connection (its transaction) instead of a new one. db-scheduler neither commits a connection whose
 * auto-commit is off nor, through the proxy, closes it: its row becomes part of the caller's transaction,
 * committed or rolled back with the change that caused it.
 */
final class JoiningDataSource implements DataSource {
    private final DataSource delegate;
    private final ThreadLocal<Connection> joined = new ThreadLocal<>();

    JoiningDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    <T> T joining(Connection transaction, Supplier<T> work) {
        Connection before = joined.get();
        joined.set(transaction);
        try {
            return work.get();
        } finally {
            if (before == null) {
                joined.remove();
            } else {
                joined.set(before);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection transaction = joined.get();
        if (transaction == null) {
            return delegate.getConnection();
        }
        if (transaction.getAutoCommit()) {
            throw new IllegalStateException("a job row must join an open transaction; this connection has none");
        }
        return unclosable(transaction);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return connection.isClosed();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
