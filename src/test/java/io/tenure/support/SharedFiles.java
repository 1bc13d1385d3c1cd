package io.tenure.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The steering repository's shared folder (real help center, evaluation questions), next to the
 * project: {@code ../shared} from the project root in CI, or wherever {@code -Dtenure.shared} says.
 * A clone without it skips the tests that need it, saying why, rather than failing.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The shared folder; skips the calling test (or class, from a {@code @BeforeAll}) when it is absent. */
    public static Path shared() {
        String property = System.getProperty("tenure.shared");
        Path folder = property != null && !property.isBlank() ? Path.of(property) : Path.of("..", "shared");
        assumeTrue(Files.isDirectory(folder.resolve("kb")), () -> "skipped: no shared help center at "
                + folder.toAbsolutePath().normalize() + "/kb (set -Dtenure.shared=DIR to run it)");
        return folder;
    }
}
