package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A diagnosis on a patient's problem list, coded in ICD-10-CM (A00–Z99, or a letter third as in M1A, with an optional dotted suffix). */
public record Diagnosis(
        UUID id,
        UUID patientId,
        UUID medicalRecordId,
        String icd10Code,
        String description,
        DiagnosisStatus status,
        LocalDate diagnosedAt,
        LocalDate resolvedOn) {

    private static final Pattern ICD10 = Pattern.compile("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$");

    public Diagnosis {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        icd10Code = icd10("icd10Code", icd10Code);
        description = Fields.text("description", description, 500);
        Fields.required("status", status);
        Fields.notFuture("diagnosedAt", diagnosedAt);
        if (resolvedOn != null) {
            Fields.notFuture("resolvedOn", resolvedOn);
            Fields.notBefore("resolvedOn", resolvedOn, "diagnosedAt", diagnosedAt);
        }
    }

    /** Validates and upper-cases an ICD-10 code such as {@code J06.9} or {@code M1A.0}. */
    public static String icd10(String field, String code) {
        String t = Fields.text(field, code, 8).toUpperCase(Locale.ROOT);
        if (!ICD10.matcher(t).matches()) {
            throw new ValidationException(field, "is not an ICD-10 code (a letter, a digit, a digit or letter, optional . and up to 4 characters)");
        }
        return t;
    }
}
