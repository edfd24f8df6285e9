package com.starlightdesk.data.domain;

/**
 * The part of a patient's chart a read showed, as the audit log records it ({@code audit_log.chart_section}):
 * the chart itself (its opening, with the summary), one of its sections, or a document printed from it. Parts
 * that read the same table (the chart, demographics and household read the patient; notes and the printed
 * visit summary the medical records) are told apart by it. Each part names the table whose rows it shows.
 */
public enum ChartPart implements Coded {
    CHART("chart", "patients"),
    TIMELINE("timeline", "appointments"),
    DEMOGRAPHICS("demographics", "patients"),
    HOUSEHOLD("household", "patients"),
    ALLERGIES("allergies", "allergies"),
    MEDICATIONS("medications", "medications"),
    PROBLEMS("problems", "diagnoses"),
    NOTES("notes", "medical_records"),
    VITALS("vitals", "vitals"),
    IMMUNIZATIONS("immunizations", "immunizations"),
    VISIT_SUMMARY("visit_summary", "medical_records"),
    GROWTH_CHART("growth_chart", "vitals");

    private final String code;
    private final String tableName;

    ChartPart(String code, String tableName) {
        this.code = code;
        this.tableName = tableName;
    }

    @Override
    public String code() {
        return code;
    }

    /** The table whose rows this part shows. */
    public String tableName() {
        return tableName;
    }

    /** Parses a stored code; unknown values fail naming {@code field}. */
    public static ChartPart of(String field, String code) {
        return Coded.parse(ChartPart.class, field, code);
    }
}
