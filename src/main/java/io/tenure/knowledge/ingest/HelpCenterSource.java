package io.tenure.knowledge.ingest;

import io.tenure.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A help-center folder: one on disk, or the demo help center bundled in the jar (listed by a file
 * beside it and read through the class loader).
 *
 * @param id what the index records as the source: the folder's absolute path, or {@link #DEMO}
 * @param root the folder on disk; for the demo, its resource name (never opened as a path)
 */
public record HelpCenterSource(String id, Path root) {
    public static final String DEMO = "bundled:demo/kb";
    private static final String DEMO_RESOURCE = "demo/kb";

    public static HelpCenterSource folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("help-center folder not found: " + dir);
        }
        // The folder the user names may itself be a link (a deployment's "current" folder): that one is
        // followed, once, here; nothing inside it is.
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            throw new UserError("help-center folder cannot be read: " + dir + " (" + e.getMessage() + ")");
        }
        return new HelpCenterSource(dir.toAbsolutePath().normalize().toString(), real);
    }

    /**
     * The demo help center bundled in the jar. Its files are named by {@code demo/kb.files} (checked against
     * the folder by {@code HelpCenterSourceTest}) and read through the class loader: opening the jar as a
     * file system just to list them read the central directory of all its ~34,000 entries at every start.
     */
    public static HelpCenterSource demo() {
        if (HelpCenterSource.class.getClassLoader().getResource(DEMO_LIST) == null) {
            throw new IllegalStateException("the bundled demo help center is missing from the jar");
        }
        return new HelpCenterSource(DEMO, Path.of(DEMO_RESOURCE));
    }

    private static final String DEMO_LIST = "demo/kb.files";

    public boolean isDemo() {
        return id.equals(DEMO);
    }

    /**
     * What a walk of the folder found: the files that may be articles (by extension), sorted, and the
     * article-named entries that are not read because they are not regular files physically under the
     * folder (links, devices, names that could be read as another path).
     */
    public record Listing(List<String> files, List<IngestReport.Rejected> skipped) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Walks the folder without following links: a link inside the folder could point anywhere (another
     * customer's export, /etc/passwd), and whatever is indexed is quoted to customers.
     */
    public Listing list() {
        if (isDemo()) {
            return new Listing(bundledFiles(), List.of());
        }
        List<String> files = new ArrayList<>();
        List<IngestReport.Rejected> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(path -> {
                String relative = relative(path);
                boolean link = Files.isSymbolicLink(path);
                boolean backslash = relative.indexOf('\\') >= 0;
                if (!link && !backslash && !isArticleName(relative)) {
                    return;
                }
                // Every link is reported, whatever its name (a linked folder of articles is not read either),
                // and so is every name with a backslash: elsewhere it separates folders ("..\\x" is "../x").
                String refused = refusal(path);
                if (refused != null) {
                    skipped.add(new IngestReport.Rejected(relative, refused));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(relative);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + root, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(IngestReport.Rejected::path));
        return new Listing(files, skipped);
    }

    private static List<String> bundledFiles() {
        try (InputStream in = HelpCenterSource.class.getClassLoader().getResourceAsStream(DEMO_LIST)) {
            if (in == null) {
                throw new IllegalStateException("the bundled demo help center is missing from the jar");
            }
            List<String> files = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && isArticleName(line.strip())) {
                    files.add(line.strip());
                }
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled demo help center", e);
        }
    }

    /** A bundled file's bytes, through the class loader (the jar is already open). */
    private byte[] readBundled(String path) throws IOException {
        contained(path);
        try (InputStream in = HelpCenterSource.class.getClassLoader()
                .getResourceAsStream(DEMO_RESOURCE + "/" + path)) {
            if (in == null) {
                throw new IOException("not in the bundled demo help center");
            }
            return in.readAllBytes();
        }
    }

    /** Relative paths of the files that may be articles, sorted. */
    public List<String> files() {
        return list().files();
    }

    public long size(String path) throws IOException {
        return isDemo() ? readBundled(path).length : attributes(path).size();
    }

    public byte[] read(String path) throws IOException {
        if (isDemo()) {
            return readBundled(path);
        }
        Path file = contained(path);
        attributes(path);
        // Read without following a link swapped in since the walk; the real path is checked again so a
        // folder on the way that became a link cannot lead outside either.
        var options = java.util.Set.of(java.nio.file.StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        try (var channel = Files.newByteChannel(file, options)) {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw new IOException("not under the help-center folder");
            }
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("too large to read");
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // Reads until full or the end.
            }
            return buffer.position() == buffer.capacity() ? buffer.array()
                    : java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** The file's own attributes (never a link's target's); refuses anything but a regular file. */
    private BasicFileAttributes attributes(String path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(contained(path), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new IOException(attributes.isSymbolicLink() ? "a symbolic link (not followed)" : "not a regular file");
        }
        return attributes;
    }

    /**
     * The file a relative path names, built segment by segment so that no segment can climb out (a file
     * literally named {@code ..\x} is one segment here, never {@code ../x}), and checked to be under the
     * folder after normalizing.
     */
    private Path contained(String path) throws IOException {
        Path file = root;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0) {
                throw new IOException("not a plain path under the help-center folder");
            }
            file = file.resolve(segment);
        }
        Path normalized = file.normalize();
        if (!normalized.startsWith(root.normalize()) || normalized.equals(root.normalize())) {
            throw new IOException("not under the help-center folder");
        }
        return normalized;
    }

    /** The relative path with forward slashes, joined from the path's own names (never by replacing text). */
    private String relative(Path path) {
        List<String> names = new ArrayList<>();
        for (Path name : root.relativize(path)) {
            names.add(name.toString());
        }
        return String.join("/", names);
    }

    /** Why an article-named entry is not read, or null when it is a plain regular file under the folder. */
    private String refusal(Path path) {
        for (Path name : root.relativize(path)) {
            String segment = name.toString();
            if (segment.indexOf('\\') >= 0 || segment.equals("..") || segment.equals(".")) {
                return "its name could be read as another path (contains '\\' or '..'); not read";
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return "cannot read (" + e.getMessage() + ")";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link; links are not followed, copy the file into the folder instead";
        }
        if (attributes.isDirectory()) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            return "not a regular file";
        }
        return null;
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
