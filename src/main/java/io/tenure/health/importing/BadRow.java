package io.tenure.health.importing;

/** Why one row of an import file was refused, pointing at the exact cell. */
public record BadRow(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + " line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
