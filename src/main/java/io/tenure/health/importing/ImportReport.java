package io.tenure.health.importing;

import java.util.List;

/** The outcome of importing a folder: one result per file found, in import order. */
public record ImportReport(List<FileResult> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public boolean anyRejected() {
        return files.stream().anyMatch(FileResult::rejected);
    }

    public long rows() {
        return files.stream().filter(f -> !f.rejected()).mapToLong(FileResult::rows).sum();
    }
}
