package io.tenure.health.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic account CSVs in the import format: a mix of healthy, declining, onboarding-stalled,
 * payment-failure and cancelled accounts, the same for the same seed and end date. Every date is
 * relative to the end date, so a demo set made today shows today's risk.
 */
public final class DemoAccounts {
    /** The kinds of account the demo mixes, with their share out of 100. */
    public enum Profile {
        HEALTHY(55), DECLINING(15), ONBOARDING_STALLED(10), PAYMENT_FAILURE(10), CANCELLED(10);

        final int share;

        Profile(int share) {
            this.share = share;
        }
    }

    /** How many rows went into each file. */
    public record Written(int accounts, long activity, long tickets, long nps, long payments, long milestones) {
        public long total() {
            return accounts + activity + tickets + nps + payments + milestones;
        }
    }

    private static final List<String> LANGUAGES = List.of("en", "ko", "ja", "th", "id");
    private static final List<List<String>> NAME_WORDS = List.of(
            List.of("Acme", "Northwind", "Bluebird", "Summit", "Harbor", "Maple", "Orbit", "Juniper"),
            List.of("Hanbit", "Saebyeok", "Hangang", "Dasom", "Nuri", "Barun", "Haneul", "Saerom"),
            List.of("Sakura", "Fujimi", "Hikari", "Kawaguchi", "Midori", "Asahi", "Tsubasa", "Yamato"),
            List.of("Siam", "Chao Phraya", "Lanna", "Sukhothai", "Ratchada", "Phuket", "Isan", "Ayutthaya"),
            List.of("Nusantara", "Garuda", "Merapi", "Bintang", "Cendana", "Samudra", "Rinjani", "Melati"));
    private static final List<String> NAME_KINDS = List.of("Foods", "Logistics", "Clinic", "Studio", "Retail",
            "Analytics", "Travel", "Textiles", "Academy", "Motors");
    private static final List<String> OWNERS = List.of("ana", "li", "minji", "haruto", "somchai", "putri");
    private static final List<String> FEATURES = List.of("reports", "dashboards", "exports", "integrations",
            "automations", "api", "sso", "mobile");
    private static final List<String> MILESTONES = List.of("kickoff", "data-import", "first-integration",
            "team-invited");
    private static final int[] MILESTONE_DAYS = {7, 14, 21, 30};
    private static final String[] PLANS = {"starter", "team", "business", "enterprise"};
    private static final int[] PLAN_MRR = {49, 199, 799, 2500};
    private static final List<String> CANCEL_REASONS = List.of("too expensive", "missing features",
            "switched to a competitor", "company closed", "not using it enough");
    private static final List<String> SUBJECTS = List.of("Export fails on large reports", "SSO login loop",
            "Invoice shows the wrong VAT", "Dashboard is slow", "API returns 429", "Cannot invite teammates");
    private static final List<String> LOW_NPS = List.of("Too slow lately", "Support takes days to answer",
            "Missing the integration we need", "Price went up");
    private static final List<String> HIGH_NPS = List.of("Great product", "Saves us hours every week", "",
            "Support is quick");

    private DemoAccounts() {
    }

    /** Writes accounts.csv, activity.csv, tickets.csv, nps.csv, payments.csv and milestones.csv into {@code out}. */
    public static Written write(int accounts, int days, long seed, LocalDate end, Path out) {
        if (accounts < 1 || days < 1) {
            throw new IllegalArgumentException("--accounts and --days must be at least 1");
        }
        try {
            Files.createDirectories(out);
            try (Files6 files = new Files6(out)) {
                Random random = new Random(seed);
                Counts counts = new Counts();
                for (int i = 1; i <= accounts; i++) {
                    account(i, pick(i), days, end, random, files, counts);
                }
                return new Written(accounts, counts.activity, counts.tickets, counts.nps, counts.payments,
                        counts.milestones);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write demo data to " + out, e);
        }
    }

    /** Interleaves the profiles by index (not in blocks of ids), so even a small set has every kind. */
    private static Profile pick(int index) {
        int spread = (int) ((index * 37L) % 100);
        int bound = 0;
        for (Profile profile : Profile.values()) {
            bound += profile.share;
            if (spread < bound) {
                return profile;
            }
        }
        return Profile.HEALTHY;
    }

    private static void account(int index, Profile profile, int days, LocalDate end, Random r, Files6 f,
                                Counts counts) throws IOException {
        String id = String.format("ACC-%05d", index);
        int lang = r.nextInt(LANGUAGES.size());
        String language = LANGUAGES.get(lang);
        String name = NAME_WORDS.get(lang).get(r.nextInt(8)) + " " + NAME_KINDS.get(r.nextInt(NAME_KINDS.size()));
        int plan = r.nextInt(10) < 4 ? 0 : r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 7 ? 2 : 3;
        int seats = plan == 0 ? 1 + r.nextInt(5) : plan == 1 ? 5 + r.nextInt(20) : plan == 2 ? 20 + r.nextInt(80)
                : 100 + r.nextInt(400);
        int mrr = PLAN_MRR[plan] + (plan == 0 ? 0 : r.nextInt(PLAN_MRR[plan] / 2));
        boolean onboarding = profile == Profile.ONBOARDING_STALLED;
        int age = onboarding ? 25 + r.nextInt(Math.max(1, Math.min(days, 60) - 24)) : days + r.nextInt(700);
        LocalDate signup = end.minusDays(age);
        LocalDate renewal = signup.plusYears(1);
        while (renewal.isBefore(end)) {
            renewal = renewal.plusYears(1);
        }
        if (profile == Profile.DECLINING && r.nextBoolean()) {
            // A declining account close to its renewal: the case a renewal plan is for.
            renewal = end.plusDays(5 + r.nextInt(25));
        }
        LocalDate cancelled = null;
        String reason = "";
        if (profile == Profile.CANCELLED) {
            // Some exactly on a win-back day, so the demo shows the 30-60-90 follow-ups.
            int[] winBack = {30, 60, 90};
            int ago = r.nextInt(3) == 0 ? winBack[r.nextInt(3)] : 5 + r.nextInt(Math.max(1, days - 5));
            cancelled = end.minusDays(Math.min(ago, age - 1));
            reason = CANCEL_REASONS.get(r.nextInt(CANCEL_REASONS.size()));
        }
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String email = "ops." + slug + "." + index + "@example." + (index % 3 == 0 ? "org" : index % 3 == 1 ? "com" : "net");
        f.accounts.append(id).append(',').append(name).append(',').append(PLANS[plan]).append(',')
                .append(Integer.toString(mrr)).append(",USD,").append(Integer.toString(seats)).append(',')
                .append(signup.toString()).append(',').append(renewal.toString()).append(',')
                .append(OWNERS.get(index % OWNERS.size())).append(',').append(email).append(',').append(language)
                .append(',').append(cancelled == null ? "active" : "cancelled").append(',')
                .append(cancelled == null ? "" : cancelled.toString()).append(',').append(reason).append('\n');

        activity(id, profile, days, end, signup, cancelled, seats, r, f, counts);
        tickets(id, profile, days, end, signup, cancelled, r, f, counts, index);
        nps(id, profile, end, signup, cancelled, r, f, counts);
        payments(id, profile, end, signup, cancelled, mrr, r, f, counts);
        milestones(id, profile, end, signup, r, f, counts);
    }

    private static void activity(String id, Profile profile, int days, LocalDate end, LocalDate signup,
                                 LocalDate cancelled, int seats, Random r, Files6 f, Counts counts)
            throws IOException {
        LocalDate first = end.minusDays(days - 1L);
        if (signup.isAfter(first)) {
            first = signup;
        }
        LocalDate last = cancelled != null ? cancelled.minusDays(1) : end;
        int users = Math.max(1, Math.min(seats, 6));
        // Declining accounts fade out 10–40 days before the end; stalled ones barely start.
        int fadeAt = profile == Profile.DECLINING ? 10 + r.nextInt(31) : -1;
        long total = DAYS.between(first, last);
        for (long d = 0; d <= total; d++) {
            LocalDate day = first.plusDays(d);
            long daysLeft = DAYS.between(day, end);
            double pLogin = switch (profile) {
                case HEALTHY, PAYMENT_FAILURE -> 0.7;
                case DECLINING -> daysLeft < fadeAt ? 0.02 : 0.5;
                case ONBOARDING_STALLED -> d < 5 ? 0.5 : 0.05;
                case CANCELLED -> 0.3;
            };
            if (r.nextDouble() >= pLogin) {
                continue;
            }
            String date = day.toString();
            int minute = 8 * 60 + r.nextInt(8 * 60);
            String user = "user" + (1 + r.nextInt(users));
            row(f.activity, id, date, minute, "login", user, "");
            counts.activity++;
            int uses = profile == Profile.HEALTHY || profile == Profile.PAYMENT_FAILURE ? r.nextInt(3)
                    : r.nextInt(2);
            int breadth = profile == Profile.HEALTHY ? FEATURES.size() : 3;
            for (int u = 0; u < uses; u++) {
                minute += 1 + r.nextInt(20);
                row(f.activity, id, date, Math.min(minute, 23 * 60 + 59 - u), "feature_use", user,
                        FEATURES.get(r.nextInt(breadth)));
                counts.activity++;
            }
        }
    }

    private static void row(Writer w, String id, String date, int minute, String kind, String user, String feature)
            throws IOException {
        w.append(id).append(',').append(date).append('T');
        int h = minute / 60;
        int m = minute % 60;
        w.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':')
                .append((char) ('0' + m / 10)).append((char) ('0' + m % 10)).append(":00Z,");
        w.append(kind).append(',').append(user).append(',').append(feature).append('\n');
    }

    private static void tickets(String id, Profile profile, int days, LocalDate end, LocalDate signup,
                                LocalDate cancelled, Random r, Files6 f, Counts counts, int index) throws IOException {
        LocalDate last = cancelled != null ? cancelled : end;
        int number = 0;
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            LocalDate opened = last.minusDays(8 + r.nextInt(Math.max(1, days - 8)));
            if (opened.isBefore(signup)) {
                continue;
            }
            ticket(f, id, ++number, opened, opened.plusDays(r.nextInt(4)), r, counts);
        }
        if (profile == Profile.DECLINING && r.nextBoolean()) {
            // A burst of tickets in the last week, one of them left open.
            for (int i = 0; i < 3; i++) {
                LocalDate opened = end.minusDays(r.nextInt(7));
                ticket(f, id, ++number, opened, i == 0 ? null : opened.plusDays(r.nextInt(2)), r, counts);
            }
        } else if (profile == Profile.DECLINING || (profile == Profile.HEALTHY && index % 17 == 0)) {
            LocalDate opened = end.minusDays(6 + r.nextInt(6));
            ticket(f, id, ++number, opened, null, r, counts);
        }
    }

    private static void ticket(Files6 f, String id, int number, LocalDate opened, LocalDate closed, Random r,
                               Counts counts) throws IOException {
        String priority = r.nextInt(4) == 0 ? "high" : "normal";
        LocalDate close = closed != null && closed.isAfter(opened.plusDays(60)) ? null : closed;
        f.tickets.append("T-").append(id.substring(4)).append('-').append(Integer.toString(number)).append(',')
                .append(id).append(',').append(opened.toString()).append("T09:30:00Z,")
                .append(close == null ? "" : close + "T16:00:00Z").append(',').append(priority).append(',')
                .append(SUBJECTS.get(r.nextInt(SUBJECTS.size()))).append('\n');
        counts.tickets++;
    }

    private static void nps(String id, Profile profile, LocalDate end, LocalDate signup, LocalDate cancelled,
                            Random r, Files6 f, Counts counts) throws IOException {
        if (r.nextInt(10) < 4 && profile == Profile.HEALTHY) {
            return;
        }
        LocalDate on = (cancelled != null ? cancelled : end).minusDays(3 + r.nextInt(40));
        if (on.isBefore(signup)) {
            return;
        }
        boolean low = profile == Profile.DECLINING || profile == Profile.CANCELLED || r.nextInt(10) == 0;
        int score = low ? r.nextInt(7) : 7 + r.nextInt(4);
        String comment = low ? LOW_NPS.get(r.nextInt(LOW_NPS.size())) : HIGH_NPS.get(r.nextInt(HIGH_NPS.size()));
        f.nps.append(id).append(',').append(on.toString()).append(',').append(Integer.toString(score)).append(',')
                .append(comment).append('\n');
        counts.nps++;
    }

    private static void payments(String id, Profile profile, LocalDate end, LocalDate signup, LocalDate cancelled,
                                 int mrr, Random r, Files6 f, Counts counts) throws IOException {
        LocalDate last = cancelled != null ? cancelled : end;
        // The last three monthly charges on the signup day of the month.
        LocalDate due = signup;
        while (!due.plusMonths(1).isAfter(last)) {
            due = due.plusMonths(1);
        }
        for (int i = 2; i >= 0; i--) {
            LocalDate on = due.minusMonths(i);
            if (on.isBefore(signup)) {
                continue;
            }
            boolean failed = profile == Profile.PAYMENT_FAILURE && i == 0;
            f.payments.append(id).append(',').append(on.toString()).append("T03:00:00Z,")
                    .append(failed ? "failed" : "succeeded").append(',').append(Integer.toString(mrr)).append(".00\n");
            counts.payments++;
        }
        if (profile == Profile.HEALTHY && r.nextInt(20) == 0) {
            // A failed charge that was retried successfully the next day: not a risk.
            f.payments.append(id).append(',').append(due.minusMonths(1).plusDays(1).toString())
                    .append("T03:00:00Z,failed,").append(Integer.toString(mrr)).append(".00\n");
            counts.payments++;
        }
    }

    private static void milestones(String id, Profile profile, LocalDate end, LocalDate signup, Random r, Files6 f,
                                   Counts counts) throws IOException {
        for (int i = 0; i < MILESTONES.size(); i++) {
            LocalDate due = signup.plusDays(MILESTONE_DAYS[i]);
            LocalDate completed = due.minusDays(r.nextInt(5));
            if (profile == Profile.ONBOARDING_STALLED && i > 0) {
                completed = null;
            }
            if (completed != null && completed.isAfter(end)) {
                completed = null;
            }
            f.milestones.append(id).append(',').append(MILESTONES.get(i)).append(',').append(due.toString())
                    .append(',').append(completed == null ? "" : completed + "T12:00:00Z").append('\n');
            counts.milestones++;
        }
    }

    private static final class Counts {
        long activity;
        long tickets;
        long nps;
        long payments;
        long milestones;
    }

    /** The six files, open for writing with their header rows. */
    private static final class Files6 implements AutoCloseable {
        final Writer accounts;
        final Writer activity;
        final Writer tickets;
        final Writer nps;
        final Writer payments;
        final Writer milestones;

        Files6(Path out) throws IOException {
            accounts = open(out, "accounts.csv", "account_id,name,plan,mrr,currency,seats,signup_date,renewal_date,"
                    + "owner,contact_email,language,status,cancelled_at,cancel_reason");
            activity = open(out, "activity.csv", "account_id,occurred_at,kind,user,feature");
            tickets = open(out, "tickets.csv", "ticket_id,account_id,opened_at,closed_at,priority,subject");
            nps = open(out, "nps.csv", "account_id,responded_at,score,comment");
            payments = open(out, "payments.csv", "account_id,occurred_at,status,amount");
            milestones = open(out, "milestones.csv", "account_id,milestone,due_date,completed_at");
        }

        private static Writer open(Path out, String name, String header) throws IOException {
            BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8);
            w.write(header);
            w.write('\n');
            return new BufferedWriter(w, 1 << 16);
        }

        @Override
        public void close() throws IOException {
            for (Writer w : List.of(accounts, activity, tickets, nps, payments, milestones)) {
                w.close();
            }
        }
    }
}
