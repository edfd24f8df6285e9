package com.starlightdesk.data.repo;

import java.time.Instant;
import java.util.UUID;

/**
 * One pending local change waiting to be pushed: {@code changes} is JSON
 * {@code {"column": {"base": ..., "value": ...}}}; {@code baseVersion} is the server row version the
 * change was made against (null for an insert).
 */
public record OutboxEntry(
        long seq,
        UUID mutationId,
        String tableName,
        UUID rowId,
        String operation,
        String changes,
        Long baseVersion,
        Instant recordedAt) {
}
