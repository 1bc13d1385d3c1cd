package io.tenure.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a plain-text export's article begins. A page saved as text keeps what stood above the article: the
 * site's or section's name ("CRM", "Knowledge base"), a list of the page's topics, a note about the page
 * ("This article was machine translated"), and between the title and the text who wrote it and when. Users see
 * the title in every citation, so it is chosen from the page's own header, not taken as its first line:
 * <ul>
 *   <li>the header is the lines before the first paragraph (a line too long to be a heading);</li>
 *   <li>a byline (a short line with a date: "Yssel Salas, 29 Mei 2024", "Published: 2021-01-25") follows
 *       the title, so when the header has one, the title is the heading-like line nearest before it; an
 *       author's initials shown as an avatar ("YS") stand between them and are neither;</li>
 *   <li>without a byline, a short leading line followed by a longer heading-like line is the site's or
 *       section's name, not this article's: the title is the first line not followed by a longer one;</li>
 *   <li>a byline is never the title.</li>
 * </ul>
 * What stands before the title is the site's, not the article's: it is neither title, heading nor text.
 */
final class PlainTextHeader {
    /** A date written with digits: 2021-01-25, 25/01/2021, 29 Mei 2024, May 29, 2024, 2024年5月29日, 2024년 5월, 2024. 5. 29. */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\s+[\\p{L}\\p{M}]{3,12}\\.?,?\\s+\\d{4}"
                    + "|\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{4}年\\d{1,2}月|\\d{4}년\\s?\\d{1,2}월"
                    + "|\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}");
    /** An avatar: the capitals of an author's initials on a line of their own. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");

    private PlainTextHeader() {
    }

    /**
     * The index of the title among the lines, or -1 when there is no line to title the article.
     *
     * @param lines the file's lines, stripped
     * @param skipped whether a line is no line of the page at all (blank, a picture's file name)
     */
    static int titleLine(List<String> lines, Predicate<String> skipped) {
        List<Integer> header = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skipped.test(line)) {
                continue;
            }
            if (!header.isEmpty() && !ArticleParser.shortLine(line)) {
                break;
            }
            header.add(i);
            if (!ArticleParser.shortLine(line)) {
                break;
            }
        }
        if (header.isEmpty()) {
            return -1;
        }
        for (int h = 0; h < header.size(); h++) {
            if (byline(lines.get(header.get(h)))) {
                String by = lines.get(header.get(h));
                for (int t = h - 1; t >= 0; t--) {
                    String line = lines.get(header.get(t));
                    if (avatarOf(line, by)) {
                        continue;
                    }
                    if (ArticleParser.looksLikeHeading(line) && !byline(line)) {
                        return header.get(t);
                    }
                    break;
                }
                break;
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int index : header) {
            String line = lines.get(index);
            if (byline(line)) {
                continue;
            }
            if (!ArticleParser.looksLikeHeading(line)) {
                break;
            }
            run.add(index);
        }
        if (run.isEmpty()) {
            // Nothing shaped like a title before the text: the first line that is not a byline, as before.
            return header.stream().filter(i -> !byline(lines.get(i))).findFirst().orElse(header.get(0));
        }
        int title = 0;
        while (title + 1 < run.size() && length(lines.get(run.get(title + 1))) > length(lines.get(run.get(title)))) {
            title++;
        }
        return run.get(title);
    }

    /** Who wrote the page and when: a short line with a date ("Yssel Salas, 29 Mei 2024", "게시 됨: 2024-12-31"). */
    static boolean byline(String line) {
        return ArticleParser.shortLine(line) && DATE.matcher(line).find();
    }

    /** An author's initials shown as an avatar above the byline ("YS" above "Yssel Salas, …"). */
    static boolean avatarOf(String line, String byline) {
        if (!INITIALS.matcher(line).matches()) {
            return false;
        }
        String[] words = byline.split("[\\s,]+");
        if (words.length < line.length()) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (words[i].isEmpty() || words[i].charAt(0) != line.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int length(String line) {
        return line.codePointCount(0, line.length());
    }
}
