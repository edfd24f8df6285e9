package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.VitalSigns;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One set of vitals on the growth references: the child's age that day, the BMI (when weight and length
 * were both measured) and, per indicator that applies, where the measurement falls.
 */
public record GrowthEntry(VitalSigns vitals, ChildAge age, BigDecimal bmi, Map<GrowthIndicator, GrowthAssessment> assessments) {

    public GrowthEntry {
        Map<GrowthIndicator, GrowthAssessment> copy = new EnumMap<>(GrowthIndicator.class);
        copy.putAll(assessments);
        assessments = Collections.unmodifiableMap(copy);
    }

    public Optional<GrowthAssessment> assessment(GrowthIndicator indicator) {
        return Optional.ofNullable(assessments.get(indicator));
    }
}
