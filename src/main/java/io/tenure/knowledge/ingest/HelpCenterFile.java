package io.tenure.knowledge.ingest;

/**
 * One file of a help-center folder.
 *
 * @param path relative to the folder, with forward slashes
 */
public record HelpCenterFile(String path, byte[] content) {
    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
