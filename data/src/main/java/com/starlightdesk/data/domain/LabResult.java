package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A lab result as the chart records it (the content of a {@link RecordType#LAB_RESULT} record). */
public record LabResult(String testName, String result, String units, String referenceRange, LabFlag flag, LocalDate collectedOn) {
    public LabResult {
        testName = Fields.text("testName", testName, 200);
        result = Fields.text("result", result, 500);
        units = Fields.optionalText("units", units, 50);
        referenceRange = Fields.optionalText("referenceRange", referenceRange, 100);
        Fields.required("flag", flag);
        Fields.required("collectedOn", collectedOn);
        if (collectedOn.getYear() < 1900) {
            throw new ValidationException("collectedOn", "is before 1900");
        }
    }

    public String content() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("test_name", testName);
        fields.put("result", result);
        fields.put("units", units);
        fields.put("reference_range", referenceRange);
        fields.put("flag", flag.code());
        fields.put("collected_on", collectedOn.toString());
        return ClinicalContent.of(fields);
    }

    /** Reads stored content; fails as bad input when a required part is missing. */
    public static LabResult fromContent(String content) {
        String flag = ClinicalContent.field(content, "flag");
        String collected = ClinicalContent.field(content, "collected_on");
        LocalDate collectedOn;
        try {
            collectedOn = collected == null ? null : LocalDate.parse(collected);
        } catch (DateTimeParseException e) {
            throw new ValidationException("collectedOn", "is not a date");
        }
        return new LabResult(ClinicalContent.field(content, "test_name"), ClinicalContent.field(content, "result"),
                ClinicalContent.field(content, "units"), ClinicalContent.field(content, "reference_range"),
                flag == null ? null : LabFlag.of("flag", flag), collectedOn);
    }

    /** "Hemoglobin 11.2 g/dL (11.5–13.5) abnormal", for the chart's list. */
    public String summary() {
        return testName + " " + result + (units == null ? "" : " " + units)
                + (referenceRange == null ? "" : " (" + referenceRange + ")") + (flag == LabFlag.ABNORMAL ? " abnormal" : "");
    }
}
