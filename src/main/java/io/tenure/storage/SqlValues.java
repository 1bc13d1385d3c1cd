package io.tenure.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * How values cross into each database. Java has one representation of time ({@link Instant}, and
 * {@link LocalDate} for days); PostgreSQL stores {@code timestamptz} and {@code date}. SQLite keeps the
 * representation its released migrations chose: instants of the signal tables (activity, tickets, NPS,
 * payments, milestones, cancel intents) as Unix seconds, every other instant as fixed-width UTC text,
 * days as ISO text. Repositories bind through here and read through here, so no feature sees either.
 */
public final class SqlValues {
    /** Fixed width so that comparing the text compares the times ({@link Instant#toString()} would not sort). */
    private static final DateTimeFormatter TEXT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    /**
     * JDBI binds {@link Instant} and {@link LocalDate} the vendor's way: bind an instant stored as text on
     * SQLite directly; bind a Unix-seconds column with {@link #seconds(Handle, long)}.
     */
    static Jdbi configure(Jdbi jdbi, Vendor vendor) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.OTHER) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                Object bound = instant(vendor, value);
                return (position, statement, ctx) -> statement.setObject(position, bound);
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.OTHER) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                Object bound = date(vendor, value);
                return (position, statement, ctx) -> statement.setObject(position, bound);
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> instant(rs, column));
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, ctx) -> date(rs, column));
        return jdbi;
    }

    /** An instant for a column that SQLite stores as text. */
    public static Object instant(Vendor vendor, Instant value) {
        if (value == null) {
            return null;
        }
        return vendor == Vendor.POSTGRESQL ? OffsetDateTime.ofInstant(value, ZoneOffset.UTC) : TEXT.format(value);
    }

    public static Object instant(Connection c, Instant value) {
        return instant(Vendor.of(c), value);
    }

    public static Object instant(Handle h, Instant value) {
        return instant(h.getConnection(), value);
    }

    /** An instant for a column that SQLite stores as Unix seconds (the signal tables). */
    public static Object seconds(Vendor vendor, long epochSeconds) {
        return vendor == Vendor.POSTGRESQL
                ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC) : (Object) epochSeconds;
    }

    public static Object seconds(Connection c, long epochSeconds) {
        return seconds(Vendor.of(c), epochSeconds);
    }

    public static Object seconds(Handle h, long epochSeconds) {
        return seconds(h.getConnection(), epochSeconds);
    }

    public static Object seconds(Vendor vendor, Long epochSeconds) {
        return epochSeconds == null ? null : seconds(vendor, epochSeconds.longValue());
    }

    /** A day: ISO text on SQLite, {@code date} on PostgreSQL. */
    public static Object date(Vendor vendor, LocalDate value) {
        if (value == null) {
            return null;
        }
        return vendor == Vendor.POSTGRESQL ? value : value.toString();
    }

    public static Object date(Connection c, LocalDate value) {
        return date(Vendor.of(c), value);
    }

    public static Object date(Handle h, LocalDate value) {
        return date(h.getConnection(), value);
    }

    /** Money: exact {@code numeric} on PostgreSQL; SQLite's released column is REAL. */
    public static Object money(Vendor vendor, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return vendor == Vendor.POSTGRESQL ? value : (Object) value.doubleValue();
    }

    /** Reads an instant however it is stored (text, Unix seconds or {@code timestamptz}); null stays null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return toInstant(rs.getObject(column));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return toInstant(rs.getObject(column));
    }

    /** Reads an instant as Unix seconds, or null. */
    public static Long epochSeconds(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return toInstant(value).getEpochSecond();
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return date(rs, rs.findColumn(column));
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return null;
        }
        return Instant.parse(text);
    }
}
