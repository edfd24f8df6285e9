package com.starlightdesk.data.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four parts of a visit note (or of an addendum, or of a template's starting text), and the problems its
 * assessment names ({@code diagnosisIds}: rows of the patient's problem list). Blank parts are empty strings.
 */
public record SoapNote(String subjective, String objective, String assessment, String plan, List<UUID> diagnosisIds) {
    /** The longest a part may be. */
    public static final int MAX_PART = 40_000;

    public static final SoapNote EMPTY = new SoapNote("", "", "", "", List.of());

    public SoapNote {
        subjective = part("subjective", subjective);
        objective = part("objective", objective);
        assessment = part("assessment", assessment);
        plan = part("plan", plan);
        diagnosisIds = diagnosisIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(diagnosisIds));
    }

    private static String part(String field, String value) {
        if (value == null) {
            return "";
        }
        return value.isBlank() ? "" : Fields.text(field, value, MAX_PART);
    }

    /** Whether nothing is written in any part and no problem is linked. */
    public boolean isBlank() {
        return subjective.isEmpty() && objective.isEmpty() && assessment.isEmpty() && plan.isEmpty() && diagnosisIds.isEmpty();
    }

    /** This note with other linked problems. */
    public SoapNote withDiagnoses(List<UUID> ids) {
        return new SoapNote(subjective, objective, assessment, plan, ids);
    }

    /** The canonical JSON stored in a record's or a template's content. */
    public String content() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("subjective", subjective);
        fields.put("objective", objective);
        fields.put("assessment", assessment);
        fields.put("plan", plan);
        if (!diagnosisIds.isEmpty()) {
            fields.put("diagnosis_ids", diagnosisIds.stream().map(UUID::toString).toList());
        }
        return ClinicalContent.of(fields);
    }

    /** Reads stored content; absent parts are empty, unreadable problem ids are left out. */
    public static SoapNote fromContent(String content) {
        List<UUID> ids = new ArrayList<>();
        for (String id : ClinicalContent.list(content, "diagnosis_ids")) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException ignored) {
                // not an id: nothing to link
            }
        }
        return new SoapNote(text(content, "subjective"), text(content, "objective"), text(content, "assessment"),
                text(content, "plan"), ids);
    }

    private static String text(String content, String name) {
        String value = ClinicalContent.field(content, name);
        return value == null ? "" : value;
    }
}
