package com.starlightdesk.data.growth;

/** Who published a growth reference. */
public enum GrowthStandard {
    /** WHO Child Growth Standards (2006): how healthy breast-fed children grow, birth to 5 years. */
    WHO_2006("WHO 2006"),
    /** CDC 2000 Growth Charts for the United States: reference for birth to 20 years. */
    CDC_2000("CDC 2000");

    private final String label;

    GrowthStandard(String label) {
        this.label = label;
    }

    /** As printed under a chart, e.g. "WHO 2006". */
    public String label() {
        return label;
    }
}
