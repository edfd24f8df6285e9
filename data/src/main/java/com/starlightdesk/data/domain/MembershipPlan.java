package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A membership plan (Orion, Lyra, ...) for an age band, in whole years, with its monthly fee. */
public record MembershipPlan(UUID id, String name, Integer ageMin, Integer ageMax, BigDecimal monthlyFee, boolean isActive) {
    public MembershipPlan {
        Fields.id("id", id);
        name = Fields.text("name", name, 100);
        Fields.optionalRange("ageMin", ageMin, 0, 150);
        Fields.optionalRange("ageMax", ageMax, 0, 150);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new ValidationException("ageMax", "is below ageMin");
        }
        monthlyFee = Fields.money("monthlyFee", monthlyFee);
    }

    /** Whether a child of {@code ageYears} falls in this plan's band. */
    public boolean covers(int ageYears) {
        return (ageMin == null || ageYears >= ageMin) && (ageMax == null || ageYears <= ageMax);
    }
}
