package io.tenure.knowledge.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file of {@code <data>/cache}: what a process worked out and the next one may read instead, as JSON.
 * Only ever a shortcut: a file that is missing, cannot be read or cannot be written is worked out again,
 * never an error. Written whole or not at all, so a process reads the old file or the new one.
 */
public final class CacheFile<T> {
    private static final Logger log = LoggerFactory.getLogger(CacheFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final TypeReference<T> type;

    public CacheFile(Path file, TypeReference<T> type) {
        this.file = file;
        this.type = type;
    }

    /** What the file holds, or null when there is none or it cannot be read. */
    public T read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException | RuntimeException e) {
            log.debug("ignoring unreadable {}: {}", file, e.toString());
            return null;
        }
    }

    public void write(T value) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), value);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // A read-only or full data folder: the next process works it out again.
            log.debug("cannot write {}: {}", file, e.toString());
        }
    }
}
