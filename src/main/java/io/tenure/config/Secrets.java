package io.tenure.config;

import io.tenure.logging.SecretRedaction;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets come only from the environment, never from configuration files. Tests pass their own map.
 */
public final class Secrets {
    public static final String LLM_API_KEY = "TENURE_LLM_API_KEY";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String DISCORD_BOT_TOKEN = "DISCORD_BOT_TOKEN";
    public static final String SMTP_USERNAME = "TENURE_SMTP_USERNAME";
    public static final String SMTP_PASSWORD = "TENURE_SMTP_PASSWORD";
    public static final String DATABASE_USERNAME = "TENURE_DATABASE_USERNAME";
    public static final String DATABASE_PASSWORD = "TENURE_DATABASE_PASSWORD";

    private final Map<String, String> env;

    public Secrets(Map<String, String> env) {
        this.env = Map.copyOf(env);
        for (String name : new String[] {LLM_API_KEY, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN,
                DISCORD_BOT_TOKEN, SMTP_PASSWORD}) {
            // Whatever shape it has, a secret we were given is masked in every log line.
            SecretRedaction.remember(env.get(name));
        }
    }

    public Optional<String> get(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static boolean isSecretName(String envName) {
        return envName.equals(LLM_API_KEY) || envName.equals(SMTP_USERNAME) || envName.equals(SMTP_PASSWORD)
                || envName.equals(DATABASE_USERNAME) || envName.equals(DATABASE_PASSWORD);
    }
}
