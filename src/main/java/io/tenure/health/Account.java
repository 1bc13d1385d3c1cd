package io.tenure.health;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An account as imported from {@code accounts.csv}. Dates and texts that were empty are null. */
public record Account(String id, String name, String plan, BigDecimal mrr, String currency, int seats,
                      LocalDate signupDate, LocalDate renewalDate, String owner, String contactEmail,
                      String language, AccountStatus status, LocalDate cancelledAt, String cancelReason) {
}
