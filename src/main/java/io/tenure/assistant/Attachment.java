package io.tenure.assistant;

import java.nio.file.Path;

/** A file that goes with a reply, such as the digest's chart. */
public record Attachment(String title, Path file, String mimeType) {
}
