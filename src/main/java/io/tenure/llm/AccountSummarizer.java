package io.tenure.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.health.Account;
import io.tenure.health.AccountHealth;
import io.tenure.health.HealthScore;
import io.tenure.health.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarizes an account for the team: the model writes it from the facts and fired rules the prompt
 * lists, citing rule ids in brackets; a summary that fails, times out, cites nothing or cites a rule that
 * did not fire is replaced by the template summary from the same facts, and the log says why.
 */
public final class AccountSummarizer {
    private static final Logger log = LoggerFactory.getLogger(AccountSummarizer.class);
    static final String PROMPT = "account-summary";
    static final Set<String> PROMPT_VARIABLES = Set.of("account_id", "customer_name", "contact", "status", "plan",
            "mrr", "renewal_date", "as_of", "score", "band", "rules", "example_rule");
    private static final Set<String> TEMPLATE_VARIABLES = Set.of("account_id", "account_name", "status", "plan",
            "mrr", "score", "band", "as_of", "renewal_date", "reasons", "actions");
    private static final Set<String> RULE_VARIABLES = Set.of("rule", "detail", "action", "owner_role");
    /** A bracketed kebab-case id, as the prompt asks rules to be cited: [payment-failed]. */
    private static final Pattern CITATION = Pattern.compile("\\[([a-z0-9]+(?:-[a-z0-9]+)+)]");
    private static final int MAX_CHARS = 3_000;

    private final LanguageModel model;
    private final PromptLibrary.Prompt prompt;
    private final boolean shareContactDetails;
    private final TemplateText atRisk;
    private final TemplateText reasonLine;
    private final TemplateText actionLine;
    private final TemplateText notAtRisk;
    private final String digestHeading;

    /**
     * Loads and checks the prompt and the template summary now, so a bad file fails at start.
     *
     * @param promptsDir where {@code account-summary.txt} and {@code templates/account-summary.yaml} are
     */
    public AccountSummarizer(LanguageModel model, PromptLibrary prompts, String promptsDir, boolean shareContactDetails) {
        this.model = model;
        this.prompt = prompts.require(PROMPT, PROMPT_VARIABLES);
        this.shareContactDetails = shareContactDetails;
        String path = (promptsDir == null || promptsDir.isBlank() ? "prompts" : promptsDir) + "/templates/account-summary.yaml";
        JsonNode root;
        try (InputStream in = ConfigFiles.open(path)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new ConfigException(path + ": not valid YAML: " + e.getMessage(), e);
        }
        this.atRisk = TemplateText.checked(path + ": at_risk", root.path("at_risk").asText(""), TEMPLATE_VARIABLES);
        this.notAtRisk = TemplateText.checked(path + ": not_at_risk", root.path("not_at_risk").asText(""), TEMPLATE_VARIABLES);
        this.reasonLine = TemplateText.checked(path + ": reason", root.path("reason").asText(""), RULE_VARIABLES);
        this.actionLine = TemplateText.checked(path + ": action", root.path("action").asText(""), RULE_VARIABLES);
        this.digestHeading = TemplateText.checked(path + ": digest_heading", root.path("digest_heading").asText(""),
                Set.of()).fill(Map.of());
    }

    public AccountSummary summarize(AccountHealth account) {
        HealthScore health = account.health();
        String id = account.account().id();
        if (health.reasons().isEmpty()) {
            return template(account, "no playbook rule fired");
        }
        if (!model.available()) {
            return template(account, "no model configured");
        }
        Optional<String> answer = model.complete(PROMPT, prompt.render(promptValues(account)));
        if (answer.isEmpty()) {
            return fallBack(account, "the model gave no answer (error, timeout or malformed response; see the llm log line)");
        }
        String text = answer.get();
        if (text.length() > MAX_CHARS) {
            return fallBack(account, "the model's summary is " + text.length() + " characters, over " + MAX_CHARS);
        }
        Set<String> cited = citedRules(text);
        if (cited.isEmpty()) {
            return fallBack(account, "the model's summary names no rule");
        }
        Set<String> notFired = cited.stream().filter(rule -> !health.fired(rule))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!notFired.isEmpty()) {
            return fallBack(account, "the model's summary cites rules that did not fire: " + String.join(", ", notFired));
        }
        log.debug("summary {}: written by the model, citing {}", id, cited);
        return new AccountSummary(id, text, List.copyOf(cited), true, "");
    }

    /** The heading the daily digest puts above the summaries. */
    public String digestHeading() {
        return digestHeading;
    }

    static Set<String> citedRules(String text) {
        Set<String> rules = new LinkedHashSet<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            rules.add(matcher.group(1));
        }
        return rules;
    }

    private AccountSummary fallBack(AccountHealth account, String why) {
        log.warn("summary {}: using the template summary because {}", account.account().id(), why);
        return template(account, why);
    }

    private Map<String, Object> promptValues(AccountHealth account) {
        Account a = account.account();
        HealthScore health = account.health();
        Map<String, Object> values = new HashMap<>();
        values.put("account_id", a.id());
        // The name and contact email identify people; they go to the model only when allowed.
        values.put("customer_name", shareContactDetails ? orNone(a.name()) : "name withheld");
        values.put("contact", shareContactDetails ? orNone(a.contactEmail()) : "withheld");
        values.put("status", a.status() == null ? "unknown" : a.status().name().toLowerCase(Locale.ROOT));
        values.put("plan", orNone(a.plan()));
        values.put("mrr", mrr(a));
        values.put("renewal_date", a.renewalDate() == null ? "none" : a.renewalDate().toString());
        values.put("as_of", health.asOf().toString());
        values.put("score", health.score());
        values.put("band", health.band().name().toLowerCase(Locale.ROOT));
        String rules = health.reasons().stream()
                .map(r -> "- [" + r.rule() + "] " + r.detail() + " | suggested action: " + orNone(r.action())
                        + " | owner: " + orNone(r.ownerRole()))
                .collect(Collectors.joining("\n"));
        values.put("rules", shareContactDetails ? rules : ContactDetails.withhold(rules, a));
        values.put("example_rule", health.reasons().get(0).rule());
        return values;
    }

    private AccountSummary template(AccountHealth account, String why) {
        Account a = account.account();
        HealthScore health = account.health();
        Map<String, Object> values = new HashMap<>();
        values.put("account_id", a.id());
        values.put("account_name", orNone(a.name()));
        values.put("status", a.status() == null ? "unknown" : a.status().name().toLowerCase(Locale.ROOT));
        values.put("plan", orNone(a.plan()));
        values.put("mrr", mrr(a));
        values.put("score", health.score());
        values.put("band", health.band().name().toLowerCase(Locale.ROOT));
        values.put("as_of", health.asOf().toString());
        values.put("renewal_date", a.renewalDate() == null ? "none" : a.renewalDate().toString());
        values.put("reasons", lines(health.reasons(), reasonLine));
        values.put("actions", lines(health.reasons(), actionLine));
        TemplateText text = health.reasons().isEmpty() ? notAtRisk : atRisk;
        List<String> rules = health.reasons().stream().map(Reason::rule).distinct().toList();
        return new AccountSummary(a.id(), text.fill(values), rules, false, why);
    }

    private static String lines(List<Reason> reasons, TemplateText line) {
        return reasons.stream().map(r -> line.fill(Map.of("rule", r.rule(), "detail", orNone(r.detail()),
                "action", orNone(r.action()), "owner_role", orNone(r.ownerRole())))).collect(Collectors.joining("\n"));
    }

    private static String mrr(Account a) {
        if (a.mrr() == null) {
            return "unknown";
        }
        return a.mrr().stripTrailingZeros().toPlainString() + (a.currency() == null ? "" : " " + a.currency());
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "none" : text;
    }
}
