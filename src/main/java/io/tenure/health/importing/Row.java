package io.tenure.health.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * One CSV record read through the header, with typed accessors that name the column when a value is
 * wrong. Cells are trimmed; an empty cell means "none".
 */
final class Row {
    private static final long DAY = 86_400;

    private final Map<String, Integer> columns;
    private final Map<String, Long> accountKeys;
    private de.siegmar.fastcsv.reader.CsvRecord record;

    Row(Map<String, Integer> columns, Map<String, Long> accountKeys) {
        this.columns = columns;
        this.accountKeys = accountKeys;
    }

    void reset(de.siegmar.fastcsv.reader.CsvRecord next) {
        this.record = next;
    }

    /** The cell, or "" when empty or beyond the end of a short row. */
    String optional(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.getFieldCount()) {
            return "";
        }
        return record.getField(index).strip();
    }

    String text(String column) throws BadValue {
        String value = optional(column);
        if (value.isEmpty()) {
            throw new BadValue(column, "a value is required");
        }
        return value;
    }

    String oneOf(String column, java.util.Set<String> allowed) throws BadValue {
        String value = text(column).toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new BadValue(column, "'" + optional(column) + "' is not one of " + String.join(", ",
                    new java.util.TreeSet<>(allowed)));
        }
        return value;
    }

    long account(String column) throws BadValue {
        String id = text(column);
        Long key = accountKeys.get(id);
        if (key == null) {
            throw new BadValue(column, "unknown account '" + id + "' (not in accounts.csv nor imported before)");
        }
        return key;
    }

    BigDecimal decimal(String column) throws BadValue {
        String value = text(column);
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0) {
                throw new BadValue(column, "must not be negative: '" + value + "'");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadValue(column, "not a number: '" + value + "'");
        }
    }

    int integer(String column, int min, int max) throws BadValue {
        String value = text(column);
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadValue(column, "not a whole number: '" + value + "'");
        }
        if (number < min || number > max) {
            throw new BadValue(column, "out of range " + min + "–" + max + ": " + number);
        }
        return number;
    }

    LocalDate date(String column) throws BadValue {
        String value = optional(column);
        if (value.isEmpty()) {
            return null;
        }
        return LocalDate.ofEpochDay(Math.floorDiv(parseInstant(column, value), DAY));
    }

    LocalDate requiredDate(String column) throws BadValue {
        text(column);
        return date(column);
    }

    /** Unix seconds of an ISO-8601 date or timestamp, or null when the cell is empty. */
    Long instant(String column) throws BadValue {
        String value = optional(column);
        return value.isEmpty() ? null : parseInstant(column, value);
    }

    long requiredInstant(String column) throws BadValue {
        return parseInstant(column, text(column));
    }

    /**
     * Parses {@code yyyy-MM-dd[( |T)HH:mm[:ss[.fff]]][Z|±HH:MM]} by hand: the activity file has millions
     * of timestamps and java.time's parsers would dominate the import. No zone means UTC.
     */
    static long parseInstant(String column, String s) throws BadValue {
        try {
            int n = s.length();
            if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw bad(column, s);
            }
            long days = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).toEpochDay();
            long seconds = days * DAY;
            if (n == 10) {
                return seconds;
            }
            char sep = s.charAt(10);
            if ((sep != 'T' && sep != ' ') || n < 16 || s.charAt(13) != ':') {
                throw bad(column, s);
            }
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = 0;
            int i = 16;
            if (i < n && s.charAt(i) == ':') {
                second = digits(s, 17, 19);
                i = 19;
                if (i < n && s.charAt(i) == '.') {
                    i++;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                }
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw bad(column, s);
            }
            long offset = 0;
            if (i < n) {
                char zone = s.charAt(i);
                if (zone == 'Z' && i == n - 1) {
                    offset = 0;
                } else if ((zone == '+' || zone == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
                    offset = (digits(s, i + 1, i + 3) * 3600L + digits(s, i + 4, i + 6) * 60L) * (zone == '-' ? -1 : 1);
                } else {
                    throw bad(column, s);
                }
            }
            return seconds + hour * 3600L + minute * 60L + second - offset;
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw bad(column, s);
        }
    }

    private static BadValue bad(String column, String value) {
        return new BadValue(column, "not an ISO-8601 date or timestamp: '" + value + "'");
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
