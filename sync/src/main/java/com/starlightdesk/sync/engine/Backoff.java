package com.starlightdesk.sync.engine;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Capped exponential backoff with full jitter. Not thread-safe. */
final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before the next attempt after one more failure. */
    Duration next() {
        failures++;
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(failures - 1, 20));
        return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
    }

    void reset() {
        failures = 0;
    }
}
