package io.tenure.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a configuration file (playbook, glossary, prompt) by its configured path: the file on disk
 * when it exists, otherwise the copy bundled in the jar under the same relative path, so the jar runs
 * from any folder and a user overrides a default by putting a file at that path.
 */
public final class ConfigFiles {
    private ConfigFiles() {
    }

    public static boolean exists(String path) {
        return Files.isRegularFile(Path.of(path)) || ConfigFiles.class.getClassLoader().getResource(bundled(path)) != null;
    }

    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open(String path) {
        Path file = Path.of(path);
        try {
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        InputStream bundled = ConfigFiles.class.getClassLoader().getResourceAsStream(bundled(path));
        if (bundled == null) {
            throw new ConfigException("file not found: " + path + " (neither on disk nor bundled)");
        }
        return bundled;
    }

    /** Where a relative path lives in the jar; absolute paths are never bundled. */
    private static String bundled(String path) {
        String normalized = path.replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        return normalized;
    }
}
