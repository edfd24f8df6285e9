package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A membership plan (Orion, Lyra, ...) for an age band in months or whole years, both bounds inclusive (a
 * missing bound is open), with its monthly fee until its first {@link PlanFeeChange fee change}.
 */
public record MembershipPlan(UUID id, String name, Integer ageMin, Integer ageMax, AgeUnit ageUnit, BigDecimal monthlyFee,
                             boolean isActive) {
    public MembershipPlan {
        Fields.id("id", id);
        name = Fields.text("name", name, 100);
        Fields.required("ageUnit", ageUnit);
        int most = ageUnit == AgeUnit.MONTHS ? 1_800 : 150;
        Fields.optionalRange("ageMin", ageMin, 0, most);
        Fields.optionalRange("ageMax", ageMax, 0, most);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new ValidationException("ageMax", "is below ageMin");
        }
        monthlyFee = Fields.money("monthlyFee", monthlyFee);
    }

    /** A plan whose band is in whole years. */
    public static MembershipPlan inYears(UUID id, String name, Integer ageMin, Integer ageMax, BigDecimal monthlyFee) {
        return new MembershipPlan(id, name, ageMin, ageMax, AgeUnit.YEARS, monthlyFee, true);
    }

    /** Whether a child born on {@code birthDate} falls in this plan's band on {@code day}. */
    public boolean covers(LocalDate birthDate, LocalDate day) {
        int age = age(birthDate, day, ageUnit);
        return (ageMin == null || age >= ageMin) && (ageMax == null || age <= ageMax);
    }

    /** The band's lowest age in months (0 when open). */
    public int lowestMonth() {
        return ageMin == null ? 0 : ageMin * months();
    }

    /** The band's last month of age, inclusive (a band to 5 years runs to month 71); max int when open. */
    public int highestMonth() {
        return ageMax == null ? Integer.MAX_VALUE : (ageMax + 1) * months() - 1;
    }

    private int months() {
        return ageUnit == AgeUnit.MONTHS ? 1 : 12;
    }

    /** This plan with another monthly fee (its fee before any change), or deactivated / active again. */
    public MembershipPlan with(BigDecimal fee, boolean active) {
        return new MembershipPlan(id, name, ageMin, ageMax, ageUnit, fee, active);
    }

    /** A child's completed months or years of age on {@code day} (0 before birth). */
    public static int age(LocalDate birthDate, LocalDate day, AgeUnit unit) {
        if (day.isBefore(birthDate)) {
            return 0;
        }
        Period p = Period.between(birthDate, day);
        return unit == AgeUnit.MONTHS ? (int) p.toTotalMonths() : p.getYears();
    }
}
