package com.starlightdesk.app.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A timer on a clock the test moves by hand; actions run on the test's thread. Not thread-safe. */
public final class ManualTimer implements Delays.Timer {
    private record Pending(long dueMillis, Runnable action, boolean[] cancelled) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private long nowMillis;

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        pending.add(new Pending(nowMillis + delay.toMillis(), action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock on by {@code step}, running what falls due on the way, in time order. */
    public void advance(Duration step) {
        long until = nowMillis + step.toMillis();
        while (true) {
            Pending next = pending.stream().filter(p -> !p.cancelled()[0] && p.dueMillis() <= until)
                    .min(Comparator.comparingLong(Pending::dueMillis)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            nowMillis = next.dueMillis();
            next.action().run();
        }
        pending.removeIf(p -> p.cancelled()[0]);
        nowMillis = until;
    }
}
