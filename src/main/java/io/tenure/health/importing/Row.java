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

    /** Larger amounts (MRR, a payment) are a broken export, not a customer: 1e400 would be stored as Infinity. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_EMAIL_CHARS = 254;
    /** One address: dot-atoms before the @, a domain of letter/digit labels with at least one dot after it. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}");

    private final Map<String, Integer> columns;
    private final Map<String, Long> accountKeys;
    private final java.util.List<String> header;
    /** Per unique column, the line each value was first seen on in this file. */
    private final Map<String, Map<String, Long>> seen = new java.util.HashMap<>();
    private de.siegmar.fastcsv.reader.CsvRecord record;

    Row(Map<String, Integer> columns, Map<String, Long> accountKeys) {
        this(columns, accountKeys, java.util.List.of());
    }

    /** @param header the header's column names in order (a row with more fields than it is refused) */
    Row(Map<String, Integer> columns, Map<String, Long> accountKeys, java.util.List<String> header) {
        this.columns = columns;
        this.accountKeys = accountKeys;
        this.header = java.util.List.copyOf(header);
    }

    /**
     * A row with more fields than the header had a separator inside an unquoted value: reading it by
     * position would import a cut value ("too expensive, switched" as "too expensive") and drop the rest.
     */
    void checkFieldCount() throws BadValue {
        int fields = record.getFieldCount();
        if (!header.isEmpty() && fields > header.size()) {
            throw new BadValue(header.get(header.size() - 1), "too many fields: " + fields + " where the header has "
                    + header.size() + " (a comma inside a value that is not quoted? write it as \"a, b\")");
        }
    }

    /** Refuses a value seen before in this column of this file, naming the line it was first on. */
    void unique(String column) throws BadValue {
        String value = optional(column);
        if (value.isEmpty()) {
            return;
        }
        Long first = seen.computeIfAbsent(column, c -> new java.util.HashMap<>())
                .putIfAbsent(value, record.getStartingLineNumber());
        if (first != null) {
            throw new BadValue(column, "'" + value + "' is also on line " + first + "; a file holds each " + column
                    + " once (which row is right?)");
        }
    }

    /** A non-negative amount of money within {@link #MAX_AMOUNT} and at most six decimals. */
    BigDecimal amount(String column) throws BadValue {
        BigDecimal number = decimal(column);
        if (number.compareTo(MAX_AMOUNT) > 0) {
            throw new BadValue(column, "too large: '" + optional(column) + "' (the limit is "
                    + MAX_AMOUNT.toPlainString() + ")");
        }
        if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new BadValue(column, "more than " + MAX_DECIMALS + " decimal places: '" + optional(column) + "'");
        }
        return number;
    }

    /** One email address that a mail server will take: not a list, no line breaks (a header injection). */
    String email(String column) throws BadValue {
        String value = text(column);
        String shown = printable(value);
        if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw new BadValue(column, "an email address with a line break or control character: '" + shown + "'");
        }
        if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('@') != value.lastIndexOf('@')) {
            throw new BadValue(column, "more than one email address: '" + shown + "' (one contact address per account)");
        }
        if (value.length() > MAX_EMAIL_CHARS || !EMAIL.matcher(value).matches()) {
            throw new BadValue(column, "not an email address: '" + shown + "'");
        }
        return value;
    }

    /** Control characters made visible, so a message shows what is in the cell. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    void reset(de.siegmar.fastcsv.reader.CsvRecord next) {
        this.record = next;
    }

    /** The cell, or "" when empty or beyond the end of a short row. */
    String optional(String column) throws BadValue {
        Integer index = columns.get(column);
        if (index == null || index >= record.getFieldCount()) {
            return "";
        }
        String value = record.getField(index).strip();
        if (value.indexOf('\u0000') >= 0) {
            // PostgreSQL's text cannot hold it: the whole file would fail in the database, no cell named.
            throw new BadValue(column, "a NUL character (byte 0) in the value");
        }
        return value;
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
