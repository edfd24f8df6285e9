package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One set of measurements (for growth charts and the visit): weight, length/height, head, temperature, rates. */
public record VitalSigns(
        UUID id,
        UUID patientId,
        Instant measuredAt,
        BigDecimal weightKg,
        BigDecimal heightCm,
        BigDecimal headCircumferenceCm,
        BigDecimal temperatureC,
        Integer heartRate,
        Integer respiratoryRate) {

    public VitalSigns {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        measuredAt = Fields.instant("measuredAt", measuredAt);
        weightKg = Fields.optionalMeasure("weightKg", weightKg, 3, new BigDecimal("300"));
        heightCm = Fields.optionalMeasure("heightCm", heightCm, 1, new BigDecimal("250"));
        headCircumferenceCm = Fields.optionalMeasure("headCircumferenceCm", headCircumferenceCm, 1, new BigDecimal("80"));
        temperatureC = Fields.optionalMeasure("temperatureC", temperatureC, 1, new BigDecimal("45"));
        if (temperatureC != null && temperatureC.compareTo(new BigDecimal("25")) < 0) {
            throw new ValidationException("temperatureC", "must be between 25 and 45");
        }
        Fields.optionalRange("heartRate", heartRate, 20, 300);
        Fields.optionalRange("respiratoryRate", respiratoryRate, 5, 120);
    }
}
