package com.starlightdesk.sync.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits for a change to arrive by pulling again. Tests share one PostgreSQL server, where a transaction of
 * another test holds every pull's horizon back for a while; a desk sees the change once it has passed.
 */
public final class PullWaits {
    private PullWaits() {
    }

    /** Runs {@code sync} until {@code done} holds, for up to 30 s. */
    public static void until(BooleanSupplier done, Runnable sync) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            sync.run();
        }
    }
}
