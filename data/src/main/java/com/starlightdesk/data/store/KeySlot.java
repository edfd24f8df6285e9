package com.starlightdesk.data.store;

import java.util.UUID;

/**
 * A user's key slot: the store's data key wrapped with AES-256-GCM under a key derived from the
 * user's password (PBKDF2-HMAC-SHA256). Byte fields are Base64. The slot holds no password.
 */
public record KeySlot(
        UUID userId,
        String email,
        String kdf,
        int iterations,
        String salt,
        String nonce,
        String wrappedKey) {
}
