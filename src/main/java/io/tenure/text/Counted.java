package io.tenure.text;

/** A number with its noun, singular or plural as English wants it: "1 day", "3 days", "1 bad row". */
public final class Counted {
    private Counted() {
    }

    /** @param noun the singular; the plural adds an "s" (every noun Tenure counts does) */
    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
