package io.tenure.health.importing;

/** A cell that cannot be imported; caught per row and turned into a {@link BadRow}. */
final class BadValue extends Exception {
    final String column;

    BadValue(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }
}
