package io.tenure.chat;

/** The {@code http} section: where {@code tenure serve} listens. Port 0 picks a free port. */
public record HttpSettings(String host, int port) {
    public HttpSettings {
        if (host == null || host.isBlank()) {
            host = "0.0.0.0";
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("http.port must be between 0 and 65535, got " + port);
        }
    }
}
