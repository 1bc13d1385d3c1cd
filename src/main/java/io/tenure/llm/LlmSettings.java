package io.tenure.llm;

/**
 * The {@code llm} section. The API key is never here: it comes from {@code TENURE_LLM_API_KEY}.
 *
 * @param provider none | openai | anthropic | ollama
 * @param baseUrl the server's address; empty for the provider's own
 * @param timeoutSeconds how long one call may take before the template fallback is used
 * @param shareContactDetails whether contact names and email addresses may be sent to the model
 * @param promptsDir where prompt templates live; files there override the bundled ones
 */
public record LlmSettings(String provider, String model, String baseUrl, int timeoutSeconds, int maxTokens,
                          double temperature, boolean shareContactDetails, String promptsDir) {
}
