package com.starlightdesk.data.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Makes row keys on the client: time-ordered UUIDv7 (RFC 9562), so new rows land at the end of the
 * primary-key index. Thread-safe.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new UUIDv7: 48 bits of Unix milliseconds, version 7, 74 random bits. */
    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
