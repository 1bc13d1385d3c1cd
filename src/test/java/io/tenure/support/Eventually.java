package io.tenure.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background thread or another process does (Awaitility does not resolve here). */
public final class Eventually {
    private Eventually() {
    }

    /** Polls every 20 ms until the condition holds; fails with {@code what} after {@code within}. */
    public static void until(Duration within, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what);
            }
        }
    }
}
