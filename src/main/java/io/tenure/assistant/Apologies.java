package io.tenure.assistant;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.logging.SecretRedaction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person is told when something fails inside Tenure: a short apology in their language with a
 * reference id, never the exception (SQL and its arguments, a Slack API error). The log gets the whole
 * failure under the same id, and so does staff asking in an internal place, so either can find it.
 */
public final class Apologies {
    public static final String DEFAULT_FILE = "config/messages.yaml";
    private static final Logger log = LoggerFactory.getLogger(Apologies.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String KEY = "internal_error";
    private static final String PLACEHOLDER = "{{reference}}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static volatile Apologies bundled;

    private final Map<String, String> sentences;
    /** One for all: its model for Latin-script languages is loaded once, on first use. */
    private static final LanguageDetector LANGUAGES = new LanguageDetector();

    Apologies(Map<String, String> sentences) {
        if (sentences == null || sentences.get("en") == null) {
            throw new ConfigException("messages: '" + KEY + "' needs at least an English ('en') sentence");
        }
        sentences.forEach((language, sentence) -> {
            if (!sentence.contains(PLACEHOLDER)) {
                throw new ConfigException("messages: '" + KEY + "." + language + "' must contain " + PLACEHOLDER
                        + ", so a person can quote the reference to the team");
            }
        });
        this.sentences = Map.copyOf(sentences);
    }

    /** The apologies of a messages file; a file without them (written before they existed) gets the bundled ones. */
    public static Apologies load(String messagesFile) {
        Map<String, Map<String, String>> all;
        try {
            all = YAML.readValue(ConfigFiles.read(messagesFile), new TypeReference<>() {
            });
        } catch (ConfigException e) {
            throw new ConfigException(messagesFile + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ConfigException(messagesFile + ": not a valid messages file: " + e.getMessage(), e);
        }
        if (all == null || all.get(KEY) == null) {
            return bundled();
        }
        try {
            return new Apologies(all.get(KEY));
        } catch (ConfigException e) {
            throw new ConfigException(messagesFile + ": " + e.getMessage(), e);
        }
    }

    /** The apologies in the jar's {@code config/messages.yaml} (or the file at that path). */
    public static Apologies bundled() {
        Apologies current = bundled;
        if (current == null) {
            synchronized (Apologies.class) {
                if (bundled == null) {
                    Map<String, Map<String, String>> all;
                    try {
                        all = YAML.readValue(ConfigFiles.read(DEFAULT_FILE), new TypeReference<>() {
                        });
                    } catch (Exception e) {
                        throw new ConfigException(DEFAULT_FILE + ": not a valid messages file: " + e.getMessage(), e);
                    }
                    bundled = new Apologies(all.get(KEY));
                }
                current = bundled;
            }
        }
        return current;
    }

    /**
     * Logs a failure under a new reference id and returns the id: for places that tell someone a failure
     * without a whole reply (an ephemeral note, a card).
     *
     * @param what what was being done, for the log ("answering Slack event Ev1")
     */
    public static String logged(Throwable failure, String what) {
        String reference = newReference();
        log.error("{} failed (reference {})", what, reference, failure);
        return reference;
    }

    /** The apology for one person: in the language of what they wrote, with the reference id. */
    public Reply reply(Throwable failure, String what, Inbound inbound) {
        String reference = logged(failure, what);
        String language = languageOf(inbound.text());
        String text = text(language, reference);
        if (inbound.caller().isStaff() && inbound.channel() != ChannelKind.CUSTOMER_FACING) {
            // Staff asking where no customer reads may see what failed; secrets are masked even here.
            text = text + "\n(Staff only) " + SecretRedaction.redact(detail(failure));
        }
        return new Reply(Reply.Kind.FAILED, text, language, List.of(), false, List.of(), null, null);
    }

    /** The apology sentence in a language (English when the file has none for it). */
    public String text(String language, String reference) {
        return sentences.getOrDefault(language, sentences.get("en")).replace(PLACEHOLDER, reference);
    }

    /** The apology in the language of a text the person wrote (English for an empty one). */
    public String textFor(String writtenByThem, String reference) {
        return text(languageOf(writtenByThem), reference);
    }

    private String languageOf(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        try {
            return LANGUAGES.detect(text);
        } catch (RuntimeException e) {
            return "en";
        }
    }

    static String newReference() {
        StringBuilder id = new StringBuilder("E-");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private static String detail(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
