package com.starlightdesk.app.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * HIPAA automatic logoff: remembers the last input and says when the idle time has passed. Confined
 * to the FX thread.
 */
public final class IdleLock {
    private final Clock clock;
    private Duration idleTime;
    private Instant lastInput;

    public IdleLock(Clock clock, Duration idleTime) {
        this.clock = clock;
        this.idleTime = idleTime;
        this.lastInput = clock.instant();
    }

    /** The user did something. */
    public void touch() {
        lastInput = clock.instant();
    }

    public void setIdleTime(Duration idleTime) {
        this.idleTime = idleTime;
    }

    public Duration idleTime() {
        return idleTime;
    }

    /** Whether nothing has happened for the idle time. */
    public boolean expired() {
        return !clock.instant().isBefore(lastInput.plus(idleTime));
    }
}
