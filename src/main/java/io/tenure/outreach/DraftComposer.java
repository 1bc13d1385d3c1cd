package io.tenure.outreach;

import io.tenure.health.Account;
import io.tenure.health.AccountHealth;
import io.tenure.health.Reason;
import io.tenure.llm.ContactDetails;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the subject and body of an outreach email for an account and topic: with the model from
 * {@code prompts/outreach-draft.txt} when one is configured and its answer is usable, otherwise from the
 * templates in the account's language. A person reviews every draft before anything is sent.
 */
public final class DraftComposer {
    private static final Logger log = LoggerFactory.getLogger(DraftComposer.class);
    static final String PROMPT = "outreach-draft";
    static final Set<String> PROMPT_VARIABLES = Set.of("language_name", "kind", "topic", "guidance", "customer_name",
            "sender_name", "plan", "renewal_date", "cancelled_on", "cancel_reason", "facts", "changes", "fixes");
    /** Stands for the customer's name in the prompt when names may not be sent; replaced afterwards. */
    static final String NAME_TOKEN = "[CUSTOMER]";
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "ko", "Korean (한국어)",
            "ja", "Japanese (日本語)", "th", "Thai (ภาษาไทย)", "id", "Indonesian (Bahasa Indonesia)");
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 6_000;

    /** A composed email, and whether the model or a template wrote it. */
    public record Composition(String language, String subject, String body, String composedBy) {
    }

    private final LanguageModel model;
    private final PromptLibrary.Prompt prompt;
    private final DraftTemplates templates;
    private final ProductChanges changes;
    private final String senderName;
    private final boolean shareContactDetails;

    /** Checks the prompt now, so a template naming an unknown variable fails at start. */
    public DraftComposer(LanguageModel model, PromptLibrary prompts, DraftTemplates templates, ProductChanges changes,
                         String senderName, boolean shareContactDetails) {
        this.model = model;
        this.prompt = prompts.require(PROMPT, PROMPT_VARIABLES);
        this.templates = templates;
        this.changes = changes;
        this.senderName = senderName;
        this.shareContactDetails = shareContactDetails;
    }

    public Composition compose(AccountHealth account, DraftTopics.Topic topic, LocalDate asOf) {
        Account a = account.account();
        String language = DraftTemplates.languageFor(a.language());
        String changesSince = a.cancelledAt() == null ? templates.noChanges(language)
                : bullets(changes.since(a.cancelledAt(), asOf), language, templates.noChanges(language));
        String fixes = bullets(changes.recentFixes(asOf), language, templates.noFixes(language));
        if (model.available()) {
            Optional<Composition> written = fromModel(account, topic, language, changesSince, fixes);
            if (written.isPresent()) {
                return written.get();
            }
        }
        Map<String, Object> values = new HashMap<>();
        values.put("customer_name", name(a));
        values.put("plan", orDash(a.plan()));
        values.put("sender_name", senderName);
        values.put("renewal_date", a.renewalDate() == null ? "-" : a.renewalDate().toString());
        values.put("cancelled_on", a.cancelledAt() == null ? "-" : a.cancelledAt().toString());
        values.put("changes", changesSince);
        values.put("fixes", fixes);
        DraftTemplates.Template template = templates.template(language, topic.name());
        return new Composition(language, template.subject().fill(values).strip(), template.body().fill(values).strip(),
                "template");
    }

    private Optional<Composition> fromModel(AccountHealth account, DraftTopics.Topic topic, String language,
                                            String changesSince, String fixes) {
        Account a = account.account();
        Map<String, Object> values = new HashMap<>();
        values.put("language_name", LANGUAGE_NAMES.get(language));
        values.put("kind", topic.kind().key());
        values.put("topic", topic.name());
        values.put("guidance", topic.guidance());
        values.put("customer_name", shareContactDetails ? name(a) : NAME_TOKEN);
        values.put("sender_name", senderName);
        values.put("plan", orDash(a.plan()));
        values.put("renewal_date", a.renewalDate() == null ? "none" : a.renewalDate().toString());
        values.put("cancelled_on", a.cancelledAt() == null ? "not cancelled" : a.cancelledAt().toString());
        String facts = account.health().reasons().isEmpty() ? "none recorded"
                : account.health().reasons().stream().map(Reason::detail).collect(Collectors.joining("; "));
        values.put("facts", shareContactDetails ? facts : ContactDetails.withhold(facts, a));
        values.put("cancel_reason", shareContactDetails ? orDash(a.cancelReason())
                : ContactDetails.withhold(orDash(a.cancelReason()), a));
        values.put("changes", changesSince);
        values.put("fixes", fixes);
        Optional<String> answer = model.complete(PROMPT, prompt.render(values));
        if (answer.isEmpty()) {
            log.warn("draft for {}: using the {} template because the model gave no answer (see the llm log line)",
                    a.id(), language);
            return Optional.empty();
        }
        Optional<Composition> parsed = parse(answer.get(), language, name(a));
        if (parsed.isEmpty()) {
            log.warn("draft for {}: using the {} template because the model's answer is not in the form "
                    + "'Subject: …' then 'Body:' (or is empty or too long)", a.id(), language);
        }
        return parsed;
    }

    /** Reads "Subject: …" and "Body:" followed by the body; anything else is unusable. */
    static Optional<Composition> parse(String answer, String language, String customerName) {
        String text = answer.strip().replace("\r\n", "\n");
        if (text.startsWith("```")) {
            return Optional.empty();
        }
        int subjectAt = text.regionMatches(true, 0, "Subject:", 0, 8) ? 0 : -1;
        int bodyAt = indexOfLine(text, "Body:");
        if (subjectAt != 0 || bodyAt < 0) {
            return Optional.empty();
        }
        String subject = text.substring(8, bodyAt).strip();
        String body = text.substring(bodyAt + 5).strip();
        if (subject.isEmpty() || subject.contains("\n") || subject.length() > MAX_SUBJECT || body.isEmpty()
                || body.length() > MAX_BODY || body.contains("{{")) {
            return Optional.empty();
        }
        return Optional.of(new Composition(language, subject.replace(NAME_TOKEN, customerName),
                body.replace(NAME_TOKEN, customerName), "model"));
    }

    private static int indexOfLine(String text, String label) {
        int from = 0;
        while (true) {
            int newline = text.indexOf('\n', from);
            if (newline < 0) {
                return -1;
            }
            int start = newline + 1;
            if (text.regionMatches(true, start, label, 0, label.length())) {
                return start;
            }
            from = start;
        }
    }

    private static String bullets(List<ProductChanges.Change> list, String language, String none) {
        if (list.isEmpty()) {
            return none;
        }
        return list.stream().map(change -> "- " + change.in(language)).collect(Collectors.joining("\n"));
    }

    private static String name(Account a) {
        return a.name() == null || a.name().isBlank() ? a.id() : a.name();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
