package com.starlightdesk.data.domain;

/** What an immunization observation tells the schedule: a family's refusal of a vaccine group, or a CDSi observation of immunity, a contraindication, an indication (a risk condition) or other. */
public enum ObservationKind implements Coded {
    REFUSAL("refusal", "Refusal"),
    IMMUNITY("immunity", "Immunity"),
    CONTRAINDICATION("contraindication", "Contraindication"),
    INDICATION("indication", "Indication"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    ObservationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** How the chart names it. */
    public String label() {
        return label;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static ObservationKind of(String field, String code) {
        return Coded.parse(ObservationKind.class, field, code);
    }
}
