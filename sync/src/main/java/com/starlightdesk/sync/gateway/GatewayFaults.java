package com.starlightdesk.sync.gateway;

import java.time.Duration;
import java.util.Random;

/**
 * Faults the local gateway injects, for tests of sync's retries: fixed latency, replies dropped after the
 * statement ran (the client sees the connection close), a resuming database (DatabaseResumingException)
 * for a while, 500 errors, 429 throttling and 503 unavailability at given probabilities. Random draws come from one seeded
 * generator so a test run can be repeated. Thread-safe.
 */
public final class GatewayFaults {

    private Random random;
    private Duration latency = Duration.ZERO;
    private double dropReplyProbability;
    private double serverErrorProbability;
    private double throttleProbability;
    private double unavailableProbability;
    private long resumingUntilNanos;
    private boolean resuming;

    public GatewayFaults(long seed) {
        this.random = new Random(seed);
    }

    /** Removes every fault (keeps the generator's state). */
    public synchronized GatewayFaults clear() {
        latency = Duration.ZERO;
        dropReplyProbability = 0;
        serverErrorProbability = 0;
        throttleProbability = 0;
        unavailableProbability = 0;
        resuming = false;
        return this;
    }

    public synchronized GatewayFaults reseed(long seed) {
        random = new Random(seed);
        return this;
    }

    /** Delays every call by this much before it runs. */
    public synchronized GatewayFaults latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + delay);
        }
        latency = delay;
        return this;
    }

    /** Runs the call (a statement commits) and then closes the connection without a reply. */
    public synchronized GatewayFaults dropReplies(double probability) {
        dropReplyProbability = probability(probability, "dropReplies");
        return this;
    }

    /** Fails calls with 500 InternalServerErrorException before they run. */
    public synchronized GatewayFaults serverErrors(double probability) {
        serverErrorProbability = probability(probability, "serverErrors");
        return this;
    }

    /** Fails calls with 429 ThrottlingException before they run. */
    public synchronized GatewayFaults throttle(double probability) {
        throttleProbability = probability(probability, "throttle");
        return this;
    }

    /** Fails calls with 503 ServiceUnavailableError before they run. */
    public synchronized GatewayFaults unavailable(double probability) {
        unavailableProbability = probability(probability, "unavailable");
        return this;
    }

    /** Fails every call with DatabaseResumingException for this long from now. */
    public synchronized GatewayFaults resumeFor(Duration duration) {
        resuming = true;
        resumingUntilNanos = System.nanoTime() + duration.toNanos();
        return this;
    }

    /** Applies the faults that strike before a call runs: sleeps, or throws the injected error. */
    void beforeCall() {
        Duration delay;
        DataApiError error = null;
        synchronized (this) {
            delay = latency;
            if (resuming && System.nanoTime() - resumingUntilNanos < 0) {
                error = DataApiError.resuming();
            } else if (serverErrorProbability > 0 && random.nextDouble() < serverErrorProbability) {
                error = DataApiError.internal("Injected internal error");
            } else if (throttleProbability > 0 && random.nextDouble() < throttleProbability) {
                error = DataApiError.throttling();
            } else if (unavailableProbability > 0 && random.nextDouble() < unavailableProbability) {
                error = DataApiError.serviceUnavailable();
            }
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (error != null) {
            throw error;
        }
    }

    /** Whether to drop the reply of a call that has run. */
    synchronized boolean dropReply() {
        return dropReplyProbability > 0 && random.nextDouble() < dropReplyProbability;
    }

    private static double probability(double p, String what) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " probability must be in [0, 1], got " + p);
        }
        return p;
    }
}
