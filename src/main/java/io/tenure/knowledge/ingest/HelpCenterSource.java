package io.tenure.knowledge.ingest;

import io.tenure.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A help-center folder: one on disk, or the demo help center bundled in the jar (read through the
 * jar's own file system, so both are walked the same way).
 *
 * @param id what the index records as the source: the folder's absolute path, or {@link #DEMO}
 */
public record HelpCenterSource(String id, Path root) {
    public static final String DEMO = "bundled:demo/kb";
    private static final String DEMO_RESOURCE = "demo/kb";

    public static HelpCenterSource folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("help-center folder not found: " + dir);
        }
        return new HelpCenterSource(dir.toAbsolutePath().normalize().toString(), dir);
    }

    public static HelpCenterSource demo() {
        URL url = HelpCenterSource.class.getClassLoader().getResource(DEMO_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the bundled demo help center is missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened by an earlier call: reuse it.
                }
            }
            return new HelpCenterSource(DEMO, Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled demo help center: " + e.getMessage(), e);
        }
    }

    public boolean isDemo() {
        return id.equals(DEMO);
    }

    /** Relative paths of the files that may be articles (by extension), sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(HelpCenterSource::isArticleName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public long size(String path) throws IOException {
        return Files.size(root.resolve(path));
    }

    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    /**
     * Text, Markdown and HTML files are articles; a folder's README, LICENSE or CHANGELOG describes the
     * folder, not the product, and hidden files are editor leftovers.
     */
    static boolean isArticleName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".") || lower.startsWith("readme.") || lower.startsWith("license.")
                || lower.startsWith("changelog.")) {
            return false;
        }
        return ArticleParser.formatOf(name) != null;
    }
}
