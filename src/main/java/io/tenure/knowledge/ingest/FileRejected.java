package io.tenure.knowledge.ingest;

/** A file that cannot be an article (empty, binary, too large, not UTF-8); the reason says which. */
public final class FileRejected extends Exception {
    public FileRejected(String reason) {
        super(reason);
    }
}
