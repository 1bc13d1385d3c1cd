package io.tenure.knowledge.ingest;

import io.tenure.knowledge.LanguageDetector;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a help-center file (plain text, Markdown or HTML) into an article cut into passages that keep
 * their title and section heading. The article id and language come from the file name
 * {@code <article-id>.<lang>.<ext>} when it has one; otherwise the id is the name and the language is
 * detected from the text.
 */
public final class ArticleParser {
    private static final Pattern NAMED = Pattern.compile(
            "^(?<id>.+)\\.(?<lang>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})?\\.(?<ext>[A-Za-z]+)$");
    private static final Pattern PLAIN = Pattern.compile("^(?<id>.+)\\.(?<ext>[A-Za-z]+)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([•·▪◦●*\\-–]|\\d{1,3}[.)]|[a-z][.)])\\s+.*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|__|`|==)");
    /** An embed ("![[diagram.png]]"): a picture or another note pulled in, not words of this article. */
    private static final Pattern WIKI_EMBED = Pattern.compile("!\\[\\[[^\\]]*]]");
    /** A wiki link "[[target|label]]" reads as its label, "[[target#section]]" as its target. */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]|]*)]]");
    /** A block id at the end of a line ("^a1b2c3"), an anchor for links, not a word. */
    private static final Pattern BLOCK_ID = Pattern.compile("\\s\\^[A-Za-z0-9-]+$");
    /** A fenced callout ":::note Title" / ":::" or a quoted one "> [!note] Title": the marker goes, text stays. */
    private static final Pattern FENCED_CALLOUT = Pattern.compile("^:::+\\s*(?:\\{?[\\w-]*}?)\\s*(.*)$");
    private static final Pattern QUOTED_CALLOUT = Pattern.compile("^\\[![\\w-]+][+-]?\\s*(.*)$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|?(.*\\|.*?)\\|?$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    /** A picture in a plain-text export: a line that is its file name, or a bracketed placeholder. */
    private static final Pattern PICTURE = Pattern.compile("(?i)^\\S+\\.(png|jpe?g|gif|svg|webp)$|^\\[[^\\]]*]$");
    /** A line ending like this is a sentence, not a heading ('?' is allowed: FAQ headings are questions). */
    private static final String SENTENCE_END = ".。!！,，、;；:：…";
    private static final String OPENING_QUOTES = "\"“‘'「『(（";

    public enum Format { TEXT, MARKDOWN, HTML }

    private final LanguageDetector detector;
    private final PassageSplitter splitter;
    private final long maxBytes;

    public ArticleParser(LanguageDetector detector, PassageSplitter splitter, long maxBytes) {
        this.detector = detector;
        this.splitter = splitter;
        this.maxBytes = maxBytes;
    }

    /** The format a file name says, or null when it is not a kind of file we read. */
    public static Format formatOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Format.TEXT;
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm" -> Format.HTML;
            default -> null;
        };
    }

    /** Refuses a file by its size before it is read. */
    public void checkSize(long size) throws FileRejected {
        if (size == 0) {
            throw new FileRejected("empty file");
        }
        if (size > maxBytes) {
            throw new FileRejected("too large (" + size + " bytes; the limit kb.max_file_bytes is " + maxBytes + ")");
        }
    }

    public Article parse(HelpCenterFile file) throws FileRejected {
        checkSize(file.content().length);
        String text = decode(file.content());
        if (text.isBlank()) {
            throw new FileRejected("no text (only white space)");
        }
        String name = file.name();
        Format format = formatOf(name);
        List<Block> blocks = switch (format == null ? Format.TEXT : format) {
            case TEXT -> plainText(text);
            case MARKDOWN -> markdown(text);
            case HTML -> html(text);
        };
        String id;
        String language;
        Matcher named = NAMED.matcher(name);
        if (named.matches()) {
            id = named.group("id");
            language = named.group("lang").toLowerCase(Locale.ROOT);
        } else {
            Matcher plain = PLAIN.matcher(name);
            id = plain.matches() ? plain.group("id") : name;
            StringBuilder sample = new StringBuilder();
            for (Block block : blocks) {
                if (sample.length() > 2000) {
                    break;
                }
                sample.append(block.text()).append('\n');
            }
            language = detector.detect(sample.toString());
        }
        String title = blocks.stream().filter(b -> b.kind() == Block.Kind.TITLE).map(Block::text).findFirst().orElse(id);
        String searchTitle = blocks.stream().filter(b -> b.kind() == Block.Kind.SEARCH_TITLE).map(Block::text)
                .findFirst().orElse(title);
        List<Passage> passages = splitter.split(id, language, title, searchTitle, file.path(), blocks);
        if (passages.isEmpty()) {
            throw new FileRejected("no text to quote");
        }
        return new Article(id, language, title, file.path(), passages);
    }

    static String decode(byte[] bytes) throws FileRejected {
        // The whole file, not a prefix: a NUL after the first kilobytes is still a binary file.
        int sample = bytes.length;
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new FileRejected("binary file (a NUL byte at byte " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > sample / 20) {
            throw new FileRejected("binary file (" + control + " control bytes in " + sample + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new FileRejected("not valid UTF-8 (bad byte sequence near byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new FileRejected("not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    /**
     * Plain-text exports lose their markup: the title is chosen from the page's header (see
     * {@link PlainTextHeader}; what stands above it is the site's, not the article's); a heading is a short
     * line that does not end like a sentence, is not a list item, and is followed by body text rather than by
     * another short line (runs of short lines are menus or table cells, kept as text).
     */
    static List<Block> plainText(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        List<Block> blocks = new ArrayList<>();
        int title = PlainTextHeader.titleLine(lines, ArticleParser::notALine);
        int first = 0;
        while (first < lines.size() && notALine(lines.get(first))) {
            first++;
        }
        if (title > first) {
            // Measured: a long real title searched with each of a long article's passages makes its words
            // useless for telling them apart (round ten); the search keeps reading the page's first line.
            blocks.add(new Block(Block.Kind.SEARCH_TITLE, lines.get(first)));
        }
        for (int i = Math.max(title, 0); i < lines.size(); i++) {
            String line = lines.get(i);
            if (notALine(line)) {
                // A picture's file name or placeholder ("[image]") is neither a title, a heading nor an answer.
                continue;
            }
            if (i == title) {
                blocks.add(new Block(Block.Kind.TITLE, line));
                continue;
            }
            String next = nextNonEmpty(lines, i + 1);
            if (next != null && PlainTextHeader.byline(next) && PlainTextHeader.avatarOf(line, next)) {
                // An author's initials shown as an avatar: a picture, not words of the article.
                continue;
            }
            if (BULLET.matcher(line).matches()) {
                blocks.add(new Block(Block.Kind.ITEM, line));
                continue;
            }
            boolean heading = looksLikeHeading(line) && next != null && !looksLikeHeading(next)
                    && !BULLET.matcher(next).matches();
            blocks.add(new Block(heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, line));
        }
        return blocks;
    }

    /** A blank line, or a picture's file name or placeholder: no line of the page's text. */
    private static boolean notALine(String line) {
        return line.isEmpty() || PICTURE.matcher(line).matches();
    }

    /** Short enough to be a heading or a title (longer, a line is a paragraph). */
    static boolean shortLine(String line) {
        return line.codePointCount(0, line.length()) <= 90;
    }

    private static String nextNonEmpty(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return lines.get(i);
            }
        }
        return null;
    }

    static boolean looksLikeHeading(String line) {
        if (line.codePointCount(0, line.length()) < 2 || !shortLine(line)) {
            return false;
        }
        if (OPENING_QUOTES.indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        return SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    static List<Block> markdown(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean titled = false;
        boolean frontMatter = false;
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.equals("---")) {
                frontMatter = true;
                continue;
            }
            if (frontMatter) {
                frontMatter = !line.equals("---");
                continue;
            }
            line = dialect(line);
            if (line == null) {
                continue;
            }
            if (TABLE_ROW.matcher(line).matches() && i + 1 < lines.size()
                    && TABLE_RULE.matcher(lines.get(i + 1).strip()).matches()) {
                // A pipe table: each row on its own, read with its header ("Plan: Pro; Price: $10").
                flush(blocks, paragraph, titled);
                titled |= !blocks.isEmpty();
                List<String> header = cells(line);
                i += 2;
                for (; i < lines.size() && TABLE_ROW.matcher(lines.get(i).strip()).matches(); i++) {
                    List<String> row = cells(dialect(lines.get(i).strip()));
                    List<String> parts = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c).isEmpty()) {
                            continue;
                        }
                        String name = c < header.size() ? header.get(c) : "";
                        parts.add(name.isEmpty() ? row.get(c) : name + ": " + row.get(c));
                    }
                    if (!parts.isEmpty()) {
                        blocks.add(new Block(Block.Kind.ITEM, String.join("; ", parts)));
                    }
                }
                i--;
                continue;
            }
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            if (line.isEmpty() || heading.matches() || BULLET.matcher(line).matches()) {
                flush(blocks, paragraph, titled);
                titled |= !blocks.isEmpty();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                String words = inline(heading.group(2));
                blocks.add(new Block(!titled ? Block.Kind.TITLE : Block.Kind.HEADING, words));
                titled = true;
            } else if (BULLET.matcher(line).matches()) {
                blocks.add(new Block(Block.Kind.ITEM, inline(line)));
            } else if (paragraph.isEmpty() && !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Block.Kind.ITEM
                    && !lines.get(i - 1).isBlank()) {
                // A wrapped list item: its next line continues it.
                Block item = blocks.remove(blocks.size() - 1);
                blocks.add(new Block(Block.Kind.ITEM, item.text() + " " + inline(line)));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(inline(line));
            }
        }
        flush(blocks, paragraph, titled);
        return blocks;
    }

    /**
     * A Markdown line with the dialects' marks taken off (Obsidian, Docusaurus, GitHub): quote marks and
     * callout markers go and their text stays, a block id goes; null for a line that is only a mark
     * (a callout fence, an embed).
     */
    private static String dialect(String line) {
        line = BLOCK_ID.matcher(line).replaceAll("");
        while (line.startsWith(">")) {
            line = line.substring(1).strip();
        }
        Matcher quoted = QUOTED_CALLOUT.matcher(line);
        if (quoted.matches()) {
            line = quoted.group(1);
        }
        Matcher fenced = FENCED_CALLOUT.matcher(line);
        if (fenced.matches()) {
            line = fenced.group(1);
        }
        line = WIKI_EMBED.matcher(line).replaceAll("").strip();
        if (line.isEmpty() && !quoted.matches() && !fenced.matches()) {
            return "";
        }
        return line.isEmpty() ? null : line;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(inline(cell));
        }
        return cells;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, boolean titled) {
        if (paragraph.isEmpty()) {
            return;
        }
        blocks.add(new Block(titled || !blocks.isEmpty() ? Block.Kind.PARAGRAPH : Block.Kind.TITLE,
                paragraph.toString()));
        paragraph.setLength(0);
    }

    private static String inline(String markdown) {
        String text = WIKI_EMBED.matcher(markdown).replaceAll("");
        text = MARKDOWN_IMAGE.matcher(text).replaceAll("");
        text = WIKI_LINK.matcher(text).replaceAll("$1");
        text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        return MARKDOWN_EMPHASIS.matcher(text).replaceAll("").strip();
    }

    static List<Block> html(String html) {
        Document document = Jsoup.parse(html);
        List<Block> blocks = new ArrayList<>();
        String title = document.title().strip();
        Element h1 = document.selectFirst("h1");
        if (title.isEmpty() && h1 != null) {
            title = h1.text().strip();
        }
        if (!title.isEmpty()) {
            blocks.add(new Block(Block.Kind.TITLE, title));
        }
        document.select("script, style, nav, header, footer").remove();
        for (Element element : document.body().select("h1, h2, h3, h4, h5, h6, p, li, pre, blockquote, tr, dt, dd")) {
            if (element.parents().stream().anyMatch(p -> p.is("p, li, pre, blockquote, tr, dt, dd"))) {
                continue;
            }
            String words = element.is("tr") ? String.join(" | ", element.select("td, th").eachText())
                    : element.text();
            words = words.strip();
            if (words.isEmpty()) {
                continue;
            }
            if (element.is("h1, h2, h3, h4, h5, h6")) {
                if (blocks.isEmpty()) {
                    blocks.add(new Block(Block.Kind.TITLE, words));
                } else if (!(element.is("h1") && words.equals(blocks.get(0).text()))) {
                    blocks.add(new Block(Block.Kind.HEADING, words));
                }
            } else if (element.is("li")) {
                blocks.add(new Block(Block.Kind.ITEM, "• " + words));
            } else {
                blocks.add(new Block(blocks.isEmpty() ? Block.Kind.TITLE : Block.Kind.PARAGRAPH, words));
            }
        }
        return blocks;
    }
}
