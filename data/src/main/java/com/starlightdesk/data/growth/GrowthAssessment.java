package com.starlightdesk.data.growth;

/**
 * Where one measurement falls on a reference: {@code x} on the reference's axis (age in days, corrected
 * where that applies, or length in cm), the {@code measurement} as plotted (a length already brought to
 * the position the reference expects), its z-score and its percentile (0–100, Φ(z)·100).
 */
public record GrowthAssessment(GrowthReference reference, double x, double measurement, double z, double percentile) {

    /** Beyond ±4 SD: so rare that a typing slip is likelier; the desk asks before saving it. */
    public static final double IMPLAUSIBLE_Z = 4.0;

    /** Whether |z| exceeds {@link #IMPLAUSIBLE_Z}. */
    public boolean implausible() {
        return Math.abs(z) > IMPLAUSIBLE_Z;
    }
}
