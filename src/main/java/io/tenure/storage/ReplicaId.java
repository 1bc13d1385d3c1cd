package io.tenure.storage;

import java.net.InetAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names this process in claim and lease rows, so a row says which replica holds it. Host and pid help an
 * operator; the random part keeps two processes apart after a pid is reused.
 */
public final class ReplicaId {
    private static final String CURRENT = host() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private ReplicaId() {
    }

    public static String current() {
        return CURRENT;
    }

    /** This process plus a number: for a holder of which one process may have several (tests run two bots). */
    public static String instance() {
        return CURRENT + "#" + INSTANCES.incrementAndGet();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
