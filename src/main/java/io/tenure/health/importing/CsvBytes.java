package io.tenure.health.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches an import file's bytes on their way to the CSV parser: counts them (for the progress bar),
 * follows the CSV structure (lines, quotes, fields) and notes the first thing the parser would hide or
 * report without a place: a byte sequence that is not UTF-8 (a decoder turns it into "�" and the row
 * would import changed) and a value larger than {@link #MAX_CELL_BYTES} (an unclosed quote swallowing
 * the rest of the file, usually). Structure is followed on bytes, which is exact for UTF-8 and for the
 * ASCII-compatible encodings {@code --encoding} accepts: separators, quotes and line ends are one byte.
 */
final class CsvBytes extends FilterInputStream {
    /** No cell of these files is legitimately this large; the parser's own limit is 16 MB per field. */
    static final int MAX_CELL_BYTES = 1 << 20;

    /** Where the first problem is: physical line (1-based), field index in its record (0-based), why. */
    record Problem(long line, int field, String reason) {
    }

    private final boolean utf8;
    private final int separator;
    long count;
    private Problem problem;

    private long line = 1;
    private int field;
    private long cellBytes;
    private long cellLine = 1;
    private boolean atFieldStart = true;
    private boolean quoted;
    private boolean quoteSeen;
    /** Characters seen on the current line. */
    private int column;
    /** UTF-8: continuation bytes still expected, the bounds of the next one, and where the sequence began. */
    private int pending;
    private int nextMin = 0x80;
    private int nextMax = 0xBF;
    private int sequenceColumn;
    private int lead;

    CsvBytes(InputStream in, boolean utf8) {
        this(in, utf8, ',');
    }

    /** @param separator the field separator the parser is given (an ASCII character) */
    CsvBytes(InputStream in, boolean utf8, char separator) {
        super(in);
        if (separator >= 0x80 || separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("not a field separator: " + separator);
        }
        this.utf8 = utf8;
        this.separator = separator;
    }

    /** The first problem seen so far, or null. */
    Problem problem() {
        return problem;
    }

    /** At the end of the input: a sequence cut off by the end is a problem too. */
    Problem finish() {
        if (pending > 0) {
            note(line, field, "not valid UTF-8: the file ends inside a character");
        }
        return problem;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            for (int i = offset; i < offset + n && problem == null; i++) {
                int b = buffer[i] & 0xff;
                if (b > ',' && b < 0x80 && b != separator && pending == 0 && !quoteSeen) {
                    // The common case, kept short: a printable ASCII byte inside a value (no separator,
                    // quote, line end or multi-byte character), quoted or not.
                    column++;
                    cell(b);
                } else {
                    see(b);
                }
            }
        }
        return n;
    }

    private void see(int b) {
        if (problem != null) {
            return;
        }
        if (utf8) {
            utf8(b);
        }
        if (b == '\n') {
            line++;
            column = 0;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
        if (quoteSeen) {
            quoteSeen = false;
            if (b == '"') {
                // An escaped quote inside a quoted value.
                cell(b);
                return;
            }
            quoted = false;
        }
        if (quoted) {
            if (b == '"') {
                quoteSeen = true;
            } else {
                cell(b);
            }
            return;
        }
        if (b == separator) {
            field++;
            startCell();
        } else if (b == '\n') {
            field = 0;
            startCell();
        } else if (b == '\r') {
            // Part of a line end; a bare CR is rare enough in these files to count lines by LF.
            return;
        } else if (b == '"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        } else {
            cell(b);
        }
    }

    private void startCell() {
        atFieldStart = true;
        cellBytes = 0;
        cellLine = line;
    }

    private void cell(int b) {
        atFieldStart = false;
        if (++cellBytes > MAX_CELL_BYTES) {
            note(cellLine, field, "a value larger than " + (MAX_CELL_BYTES >> 20) + " MB starts here"
                    + (quoted ? " (a quote opened here is probably never closed)" : ""));
        }
    }

    /** Follows UTF-8's well-formed sequences (Unicode table 3-7): no overlongs, surrogates or values past U+10FFFF. */
    private void utf8(int b) {
        if (pending > 0) {
            if (b < nextMin || b > nextMax) {
                bad(lead);
                return;
            }
            pending--;
            nextMin = 0x80;
            nextMax = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        lead = b;
        sequenceColumn = column + 1;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            nextMin = 0xA0;
        } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
            pending = 2;
        } else if (b == 0xED) {
            pending = 2;
            nextMax = 0x9F;
        } else if (b == 0xF0) {
            pending = 3;
            nextMin = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            nextMax = 0x8F;
        } else {
            bad(b);
        }
    }

    private void bad(int b) {
        note(line, field, String.format("not valid UTF-8: byte 0x%02X at character %d of the line "
                + "(save the file as UTF-8, or import with --encoding, e.g. --encoding windows-1252)", b,
                pending > 0 ? sequenceColumn : column + 1));
    }

    private void note(long at, int index, String reason) {
        if (problem == null) {
            problem = new Problem(at, index, reason);
        }
    }
}
