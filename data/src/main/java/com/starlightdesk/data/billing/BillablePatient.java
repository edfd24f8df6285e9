package com.starlightdesk.data.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the billing run needs of a member: birth date (the plan of the age band), household ({@code familyId}, null
 * when the child is in none), the patient's own fee (instead of the plan's, when set) and whether the patient is
 * active.
 */
public record BillablePatient(UUID id, LocalDate dateOfBirth, UUID familyId, BigDecimal feeOverride, boolean isActive) {

    /** The household the run groups the child in: the family, or the child alone. */
    public UUID household() {
        return familyId == null ? id : familyId;
    }
}
