package com.starlightdesk.data.growth;

import java.util.List;

/**
 * A measurement further than {@value GrowthAssessment#IMPLAUSIBLE_Z} SD from the reference, likelier a slip
 * than a child: the entry {@code fields} it comes from (names of {@code VitalSigns} components, e.g.
 * {@code weightKg}; weight-for-length and BMI name both weight and length), the indicator and the z-score.
 * Saving it needs the user's confirmation.
 */
public record ImplausibleValue(GrowthIndicator indicator, List<String> fields, double z) {

    public ImplausibleValue {
        fields = List.copyOf(fields);
    }
}
