package com.starlightdesk.data.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A prescription as the chart records it (the content of a {@link RecordType#PRESCRIPTION} record). */
public record Prescription(String drug, String dose, String route, String frequency, Integer quantity, Integer refills,
        String instructions) {
    private static final String NOT_RECORDED = "not recorded";

    public Prescription {
        drug = Fields.text("drug", drug, 200);
        dose = Fields.text("dose", dose, 100);
        route = Fields.text("route", route, 50);
        frequency = Fields.text("frequency", frequency, 100);
        Fields.optionalRange("quantity", quantity, 1, 9999);
        refills = refills == null ? 0 : refills;
        Fields.optionalRange("refills", refills, 0, 12);
        instructions = Fields.optionalText("instructions", instructions, 1000);
    }

    public String content() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("drug", drug);
        fields.put("dose", dose);
        fields.put("route", route);
        fields.put("frequency", frequency);
        fields.put("quantity", quantity);
        fields.put("refills", refills);
        fields.put("instructions", instructions);
        return ClinicalContent.of(fields);
    }

    /**
     * Reads stored content. Older prescriptions kept only the drug and its directions ({@code sig}); their
     * missing parts read as "not recorded" so they still show.
     */
    public static Prescription fromContent(String content) {
        String instructions = ClinicalContent.field(content, "instructions");
        if (instructions == null) {
            instructions = ClinicalContent.field(content, "sig");
        }
        return new Prescription(ClinicalContent.field(content, "drug"), orNotRecorded(ClinicalContent.field(content, "dose")),
                orNotRecorded(ClinicalContent.field(content, "route")), orNotRecorded(ClinicalContent.field(content, "frequency")),
                integer(ClinicalContent.field(content, "quantity")), integer(ClinicalContent.field(content, "refills")), instructions);
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Amoxicillin 400 mg/5 mL · 5 mL by mouth twice daily", for the chart's list. */
    /**
     * "Amoxicillin 400 mg/5 mL · 5 mL oral twice daily"; a prescription that kept only its directions gives them
     * ("Amoxicillin 400 mg/5 mL · 5 mL by mouth twice daily for 10 days") rather than its unrecorded parts.
     */
    public String summary() {
        List<String> parts = Stream.of(dose, route, frequency).filter(p -> !NOT_RECORDED.equals(p)).toList();
        String how = parts.isEmpty() ? (instructions == null ? "" : instructions) : String.join(" ", parts);
        return how.isBlank() ? drug : drug + " · " + how;
    }
}
