package io.tenure.report;

import io.tenure.config.ConfigException;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code report} section.
 *
 * @param weeklyDay the day of the week (monday … sunday) on which the daily digest also carries the
 *                  questions report's headline figures for the week before; empty for never
 */
public record ReportSettings(String weeklyDay) {
    public ReportSettings {
        weeklyDay = weeklyDay == null ? "" : weeklyDay.strip();
    }

    public Optional<DayOfWeek> weeklyDayOfWeek() {
        if (weeklyDay.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DayOfWeek.valueOf(weeklyDay.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("report.weekly_day: '" + weeklyDay + "' is not a day of the week "
                    + "(monday … sunday, or empty for never)");
        }
    }
}
