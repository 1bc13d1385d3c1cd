package io.tenure.health.importing;

import java.util.List;

/**
 * What became of one import file: rows written, or the bad rows that rejected it whole.
 *
 * @param errors the first bad rows found (empty when the file was imported)
 * @param badRows how many bad rows the file has in all
 */
public record FileResult(String file, long rows, List<BadRow> errors, long badRows) {
    public FileResult {
        errors = List.copyOf(errors);
    }

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
