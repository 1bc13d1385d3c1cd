package io.tenure.health.digest;

import java.time.LocalDate;

/** Counts the customers behind a churn figure. */
public interface ChurnHistory {
    /** Churn over (from, to]: see {@link Churn} for who counts. */
    Churn between(LocalDate from, LocalDate to);
}
