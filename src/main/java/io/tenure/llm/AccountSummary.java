package io.tenure.llm;

import java.util.List;

/**
 * Why an account is at risk and what to do next.
 *
 * @param rules the rule ids the text relies on (all of them fired)
 * @param fromModel whether the model wrote it; false for the template summary
 * @param fallbackReason why the template was used ("no model configured", "cited rules that did not fire: …"), or "" 
 */
public record AccountSummary(String accountId, String text, List<String> rules, boolean fromModel,
                             String fallbackReason) {
    public AccountSummary {
        rules = List.copyOf(rules);
    }
}
