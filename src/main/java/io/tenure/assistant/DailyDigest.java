package io.tenure.assistant;

import java.time.LocalDate;

/** Produces the managers' daily risk summary as a reply (text, with the chart attached). */
@FunctionalInterface
public interface DailyDigest {
    Reply forDay(LocalDate asOf);
}
