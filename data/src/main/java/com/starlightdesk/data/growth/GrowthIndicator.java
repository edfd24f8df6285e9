package com.starlightdesk.data.growth;

/** What a growth chart plots: a measurement against age, or weight against length. */
public enum GrowthIndicator {
    WEIGHT_FOR_AGE("Weight-for-age", "kg", true, false),
    LENGTH_FOR_AGE("Length/height-for-age", "cm", false, false),
    HEAD_CIRCUMFERENCE_FOR_AGE("Head circumference-for-age", "cm", false, false),
    WEIGHT_FOR_LENGTH("Weight-for-length", "kg", true, true),
    BMI_FOR_AGE("BMI-for-age", "kg/m²", true, false);

    private final String label;
    private final String unit;
    private final boolean weightBased;
    private final boolean byLength;

    GrowthIndicator(String label, String unit, boolean weightBased, boolean byLength) {
        this.label = label;
        this.unit = unit;
        this.weightBased = weightBased;
        this.byLength = byLength;
    }

    /** The chart's title, e.g. "Weight-for-age". */
    public String label() {
        return label;
    }

    /** The unit of the measurement (the chart's y axis): kg, cm or kg/m². */
    public String unit() {
        return unit;
    }

    /**
     * Whether the measurement involves weight, whose distribution WHO restricts beyond ±3 SD (see
     * {@link GrowthReference#zScore}).
     */
    public boolean weightBased() {
        return weightBased;
    }

    /** Whether the x axis is length or height in cm; otherwise it is age (in days, through the API). */
    public boolean byLength() {
        return byLength;
    }
}
