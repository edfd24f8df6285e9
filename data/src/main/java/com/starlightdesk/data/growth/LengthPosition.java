package com.starlightdesk.data.growth;

/**
 * How a child's length was measured: lying down (recumbent length, the rule under 2 years) or standing
 * (stature, from 2 years). Recumbent length reads about 0.7 cm more than standing height; the references
 * correct for it (WHO's convention, see {@link GrowthReferences}).
 */
public enum LengthPosition {
    RECUMBENT("recumbent"),
    STANDING("standing");

    /** What recumbent length exceeds standing height by, in cm (WHO 2006). */
    public static final double RECUMBENT_EXCESS_CM = 0.7;

    private final String code;

    LengthPosition(String code) {
        this.code = code;
    }

    /** The stored code: {@code recumbent} or {@code standing}. */
    public String code() {
        return code;
    }

    /** The usual position at an age: lying down under 24 months, standing from then on. */
    public static LengthPosition usualAt(double ageDays) {
        return ageDays < GrowthReferences.SWITCH_AGE_DAYS ? RECUMBENT : STANDING;
    }
}
