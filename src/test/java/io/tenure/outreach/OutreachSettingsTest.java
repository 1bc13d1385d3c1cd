package io.tenure.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import io.tenure.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutreachSettingsTest {
    @TempDir
    Path data;

    private OutreachSettings load(Map<String, String> env) {
        return ConfigLoader.load(null, data, env).section("outreach", OutreachSettings.class).checked();
    }

    @Test
    void theDefaultsAreAFileOutboxWithSevenDayExpiry() {
        OutreachSettings settings = load(Map.of());

        assertThat(settings.outboxKind()).isEqualTo("file");
        assertThat(settings.expiryDays()).isEqualTo(7);
        assertThat(settings.digestSummaries()).isEqualTo(3);
        assertThat(Outboxes.fromSettings(settings, data, null)).isInstanceOf(FileOutbox.class);
    }

    @Test
    void smtpSettingsComeFromTheEnvironmentToo() {
        OutreachSettings settings = load(Map.of("TENURE_OUTREACH_OUTBOX", "smtp", "TENURE_OUTREACH_SMTP_HOST",
                "mail.example.com", "TENURE_OUTREACH_SMTP_PORT", "465", "TENURE_OUTREACH_SMTP_SECURITY", "tls"));

        assertThat(settings.smtp().host()).isEqualTo("mail.example.com");
        assertThat(settings.smtpSecurity()).isEqualTo("tls");
    }

    @Test
    void aBadSettingFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> load(Map.of("TENURE_OUTREACH_OUTBOX", "smtp")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outreach.smtp.host");
        assertThatThrownBy(() -> load(Map.of("TENURE_OUTREACH_OUTBOX", "pigeon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outreach.outbox");
        assertThatThrownBy(() -> load(Map.of("TENURE_OUTREACH_OUTBOX", "smtp", "TENURE_OUTREACH_SMTP_HOST", "h",
                "TENURE_OUTREACH_SMTP_SECURITY", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outreach.smtp.security");
        assertThatThrownBy(() -> load(Map.of("TENURE_OUTREACH_EXPIRY_DAYS", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outreach.expiry_days");
    }
}
