package com.starlightdesk.data.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Makes row keys on the client: time-ordered UUIDv7 (RFC 9562), so new rows land at the end of the
 * primary-key index; and name-based UUIDv5 for rows that every desk must make with the same key (a
 * membership's invoice for a month, made by the billing run on whichever desk runs it). Thread-safe.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The namespace of Starlight Desk's name-based keys: fixed once, never to change (every stored key depends on it). */
    private static final UUID NAMESPACE = UUID.fromString("5d1b7a3e-2f0c-5e8a-9b47-0c3e2d6f8a11");

    private Ids() {
    }

    /**
     * The UUIDv5 (RFC 9562, SHA-1) of {@code name} in Starlight Desk's namespace: the same name gives the same key
     * on every desk, so two desks that make the same row offline make one row.
     */
    public static UUID named(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
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
