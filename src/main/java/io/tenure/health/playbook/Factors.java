package io.tenure.health.playbook;

import io.tenure.config.ConfigException;

/** The weighted factors of the health score; each is worth 0 (bad) to 1 (good). */
public record Factors(LoginRecency loginRecency, ActivityTrend activityTrend, FeatureBreadth featureBreadth,
                      TicketLoad ticketLoad, Nps nps, Weighted paymentStatus, Weighted onboardingProgress) {

    public double totalWeight() {
        return loginRecency.weight() + activityTrend.weight() + featureBreadth.weight() + ticketLoad.weight()
                + nps.weight() + paymentStatus.weight() + onboardingProgress.weight();
    }

    void check(String path) {
        if (loginRecency == null || activityTrend == null || featureBreadth == null || ticketLoad == null
                || nps == null || paymentStatus == null || onboardingProgress == null) {
            throw new ConfigException("playbook " + path + ": factors need login_recency, activity_trend, "
                    + "feature_breadth, ticket_load, nps, payment_status and onboarding_progress");
        }
        if (totalWeight() <= 0) {
            throw new ConfigException("playbook " + path + ": factor weights must add up to more than 0");
        }
        if (loginRecency.zeroDays() <= loginRecency.fullDays()) {
            throw new ConfigException("playbook " + path + ": login_recency.zero_days must exceed full_days");
        }
        if (activityTrend.windowDays() < 1 || featureBreadth.windowDays() < 1 || featureBreadth.target() < 1
                || ticketLoad.windowDays() < 1 || ticketLoad.zeroAt() < 1) {
            throw new ConfigException("playbook " + path + ": factor windows, targets and zero_at must be at least 1");
        }
    }

    public record Weighted(double weight) {
    }

    public record LoginRecency(double weight, int fullDays, int zeroDays) {
    }

    public record ActivityTrend(double weight, int windowDays) {
    }

    public record FeatureBreadth(double weight, int windowDays, int target) {
    }

    public record TicketLoad(double weight, int windowDays, int zeroAt) {
    }

    public record Nps(double weight, double missing) {
    }
}
