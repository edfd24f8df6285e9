package com.starlightdesk.data.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The plaintext companion of an encrypted store ({@code keyslots.json}): the key slots and the
 * sign-in failure counter. Holds no PHI and nothing that opens the store without a password.
 */
public record KeySlotFile(
        int format,
        UUID practiceId,
        List<KeySlot> slots,
        int failedAttempts,
        Instant lockedUntil) {

    public KeySlotFile {
        slots = List.copyOf(slots);
    }

    KeySlotFile withSlots(List<KeySlot> newSlots) {
        return new KeySlotFile(format, practiceId, newSlots, failedAttempts, lockedUntil);
    }

    KeySlotFile withFailures(int attempts, Instant until) {
        return new KeySlotFile(format, practiceId, slots, attempts, until);
    }
}
