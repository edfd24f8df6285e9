package com.starlightdesk.data.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A user's key slot: the store's data key wrapped with AES-256-GCM under a key derived from the
 * user's password (PBKDF2-HMAC-SHA256). Byte fields are Base64. The slot holds no password.
 * {@code mustChangePassword} marks a slot an admin wrapped with a temporary password: its user
 * chooses their own at their next sign-in. Files written before the mark existed lack it (false), and
 * a slot without the mark is written without it.
 */
public record KeySlot(
        UUID userId,
        String email,
        String kdf,
        int iterations,
        String salt,
        String nonce,
        String wrappedKey,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean mustChangePassword) {

    /** This slot, marked so that its user must choose their own password at their next sign-in. */
    KeySlot withTemporaryPassword() {
        return new KeySlot(userId, email, kdf, iterations, salt, nonce, wrappedKey, true);
    }
}
