package io.tenure.logging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes secrets take (API keys, chat tokens, passwords in URLs, tokens in query strings) and the
 * secret values this process was given: every log line goes through {@link #redact}, and configuration
 * values that look like a secret are refused at start. A provider that echoes our API key in an error
 * body, or a user who pastes a token into a URL, must not put it into a log file or a chat message.
 */
public final class SecretRedaction {
    public static final String MASK = "[REDACTED]";
    /** Values shorter than this are not remembered: masking "abc" everywhere would garble logs. */
    private static final int MIN_REMEMBERED = 8;

    /** Each pattern's group 1, when present, is kept: it is the label, not the secret. */
    private static final List<Pattern> SHAPES = List.of(
            // OpenAI / Anthropic / compatible keys: sk-..., sk-ant-..., sk-proj-...
            Pattern.compile("\\bsk-[A-Za-z0-9_\\-]{8,}"),
            // Slack tokens: bot, user, app-level, refresh, config
            Pattern.compile("\\bx(?:ox[abposre]|app)-[A-Za-z0-9\\-]{8,}"),
            // Discord bot tokens: three base64url segments
            Pattern.compile("\\b[MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,}"),
            // Google API keys, GitHub tokens
            Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{30,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}"),
            // Authorization headers
            Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=\\-]{8,}"),
            // user:password@ in a URL
            Pattern.compile("(?i)([a-z][a-z0-9+.\\-]*://)[^/\\s:@]+:[^/\\s@]+@"),
            // ?token=..., &api_key=..., "api_key": "..." and the like
            Pattern.compile("(?i)(\\b(?:access_token|api[_-]?key|apikey|token|secret|password|passwd|pwd|key|sig)"
                    + "\"?\\s*[=:]\\s*\"?)[^\\s&\"',;}]{6,}"));
    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

    private SecretRedaction() {
    }

    /** Masks every secret shape and every remembered secret value in the text. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : REMEMBERED) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        for (Pattern shape : SHAPES) {
            Matcher matcher = shape.matcher(out);
            if (matcher.find()) {
                out = matcher.replaceAll(m -> Matcher.quoteReplacement(
                        (m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "") + MASK));
            }
        }
        return out;
    }

    /** Whether a configuration value holds something shaped like a secret (it belongs in the environment). */
    public static boolean looksSecret(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return !redact(value).equals(value);
    }

    /** A secret value this process holds (from the environment): masked wherever it appears from now on. */
    public static void remember(String secret) {
        if (secret != null && secret.strip().length() >= MIN_REMEMBERED) {
            REMEMBERED.add(secret.strip());
        }
    }
}
