package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One set of measurements (for growth charts and the visit): weight, length/height, head, temperature,
 * rates, blood pressure and oxygen saturation. Values are metric; the units record how they were entered
 * (null: metric), so the chart shows them as typed.
 */
public record VitalSigns(
        UUID id,
        UUID patientId,
        Instant measuredAt,
        BigDecimal weightKg,
        BigDecimal heightCm,
        BigDecimal headCircumferenceCm,
        BigDecimal temperatureC,
        Integer heartRate,
        Integer respiratoryRate,
        UUID appointmentId,
        WeightUnit weightUnit,
        LengthUnit lengthUnit,
        TemperatureUnit temperatureUnit,
        LengthPosition lengthPosition,
        Integer systolicBp,
        Integer diastolicBp,
        Integer oxygenSaturation) {

    public VitalSigns {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        measuredAt = Fields.instant("measuredAt", measuredAt);
        weightKg = Fields.optionalMeasure("weightKg", weightKg, 3, new BigDecimal("300"));
        heightCm = Fields.optionalMeasure("heightCm", heightCm, 1, new BigDecimal("250"));
        headCircumferenceCm = Fields.optionalMeasure("headCircumferenceCm", headCircumferenceCm, 1, new BigDecimal("80"));
        temperatureC = Fields.optionalMeasure("temperatureC", temperatureC, 2, new BigDecimal("45"));
        if (temperatureC != null && temperatureC.compareTo(new BigDecimal("25")) < 0) {
            throw new ValidationException("temperatureC", "must be between 25 and 45");
        }
        Fields.optionalRange("heartRate", heartRate, 20, 300);
        Fields.optionalRange("respiratoryRate", respiratoryRate, 5, 120);
        Fields.optionalRange("systolicBp", systolicBp, 30, 250);
        Fields.optionalRange("diastolicBp", diastolicBp, 15, 180);
        Fields.optionalRange("oxygenSaturation", oxygenSaturation, 50, 100);
        if (systolicBp != null && diastolicBp != null && diastolicBp >= systolicBp) {
            throw new ValidationException("diastolicBp", "must be lower than the systolic pressure");
        }
    }
}
