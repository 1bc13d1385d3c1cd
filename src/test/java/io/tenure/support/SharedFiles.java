package io.tenure.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The steering repository's shared folder (real help center, evaluation questions), next to the
 * project: {@code ../shared} from the project root in CI, overridable with {@code -Dtenure.shared}.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path shared() {
        String property = System.getProperty("tenure.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path sibling = Path.of("..", "shared");
        if (Files.isDirectory(sibling.resolve("kb"))) {
            return sibling;
        }
        return Path.of("/work/shared");
    }
}
