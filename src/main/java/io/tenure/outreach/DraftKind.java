package io.tenure.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an outreach message sets out to do. Which one an account gets follows from why it is at risk. */
public enum DraftKind {
    CHECK_IN("check-in"), SAVE_OFFER("save-offer"), WIN_BACK("win-back"), BILLING("billing");

    private final String key;

    DraftKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DraftKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.key.equals(wanted)).findFirst();
    }

    /** "check-in, save-offer, win-back, billing", for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(DraftKind::key).collect(Collectors.joining(", "));
    }
}
