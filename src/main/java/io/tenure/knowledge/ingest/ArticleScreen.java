package io.tenure.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Looks through a help-center file for what should not be quoted to customers as official help: text
 * aimed at a language model ({@code config/model-directed-text.yaml}) and links to domains outside
 * {@code kb.allowed_link_domains}. Works on the raw text, so links in HTML attributes and Markdown
 * targets (which passages drop) are seen too.
 */
public final class ArticleScreen {
    public static final String PATTERNS_FILE = "config/model-directed-text.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** A URL's host: scheme links, protocol-relative links, and bare www. names. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:\\b[a-z][a-z0-9+.-]*://|(?<![\\w/])//|\\bwww\\.)(?:[^\\s/@\"'<>()\\[\\]]*@)?([\\p{L}\\p{N}.-]+)");
    private static final int QUOTE_CHARS = 60;

    private final List<Pattern> modelDirected;
    private final List<String> allowedDomains;

    public ArticleScreen(List<Pattern> modelDirected, List<String> allowedDomains) {
        this.modelDirected = List.copyOf(modelDirected);
        this.allowedDomains = allowedDomains.stream().map(ArticleScreen::host).filter(d -> !d.isEmpty()).toList();
    }

    /** The bundled (or the user's) patterns, with these allowed link domains (empty: any domain). */
    public static ArticleScreen load(List<String> allowedDomains) {
        List<Pattern> patterns = new ArrayList<>();
        try {
            JsonNode tree = YAML.readTree(ConfigFiles.read(PATTERNS_FILE));
            for (JsonNode pattern : tree.path("patterns")) {
                patterns.add(Pattern.compile(pattern.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS));
            }
        } catch (PatternSyntaxException e) {
            throw new ConfigException(PATTERNS_FILE + ": not a valid regular expression: " + e.getMessage(), e);
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException(PATTERNS_FILE + ": not a valid patterns file: " + e.getMessage(), e);
        }
        if (patterns.isEmpty()) {
            throw new ConfigException(PATTERNS_FILE + ": 'patterns' lists no pattern");
        }
        return new ArticleScreen(patterns, allowedDomains == null ? List.of() : allowedDomains);
    }

    /** What is wrong with this file's text, one finding per line (empty when nothing is). */
    public List<String> findings(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Set<String> findings = new LinkedHashSet<>();
        // One finding for such text, at its first place: the file needs a person's look, not a list.
        int first = -1;
        for (Pattern pattern : modelDirected) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find() && (first < 0 || matcher.start() < first)) {
                first = matcher.start();
            }
        }
        if (first >= 0) {
            findings.add("text aimed at a language model, line " + line(text, first) + ": \"" + quote(text, first) + "\"");
        }
        if (!allowedDomains.isEmpty()) {
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String host = host(link.group(1));
                if (host.indexOf('.') > 0 && !allowed(host)) {
                    findings.add("link to " + host + " (line " + line(text, link.start())
                            + "), a domain not in kb.allowed_link_domains");
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The domain itself or any subdomain of an allowed domain. */
    boolean allowed(String host) {
        for (String domain : allowedDomains) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, ASCII (punycode) form, no trailing dot: "Evil.Example." and "evil.example" are one host. */
    static String host(String name) {
        String host = name.strip().toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String quote(String text, int from) {
        String rest = text.substring(from, Math.min(text.length(), from + QUOTE_CHARS)).replaceAll("\\s+", " ").strip();
        return from + QUOTE_CHARS < text.length() ? rest + "…" : rest;
    }
}
