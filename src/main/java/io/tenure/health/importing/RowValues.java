package io.tenure.health.importing;

/** The parameters of one row's upsert, checked and converted, waiting to be written. */
final class RowValues {
    private Object[] values;

    RowValues(int size) {
        values = new Object[size];
    }

    /** Sets parameter {@code index} (1-based, as in JDBC); null writes SQL NULL. */
    void set(int index, Object value) {
        values[index - 1] = value;
    }

    /** The row's values; the next row starts from a fresh array. */
    Object[] take() {
        Object[] row = values;
        values = new Object[row.length];
        return row;
    }
}
