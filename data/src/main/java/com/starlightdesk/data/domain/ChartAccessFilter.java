package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Which chart openings the Chart access list shows: one patient's, one user's, from an instant (inclusive)
 * until another (exclusive); a null value does not filter. {@link #EVERYTHING} shows them all.
 */
public record ChartAccessFilter(UUID patientId, UUID userId, Instant from, Instant until) {
    public static final ChartAccessFilter EVERYTHING = new ChartAccessFilter(null, null, null, null);

    public ChartAccessFilter {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new ValidationException("until", "must be after the start of the range");
        }
    }
}
