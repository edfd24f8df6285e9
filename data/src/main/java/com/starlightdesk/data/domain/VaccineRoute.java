package com.starlightdesk.data.domain;

/** How a dose was given. A dose by mouth or nose has no injection site. */
public enum VaccineRoute implements Coded {
    INTRAMUSCULAR("intramuscular", "Intramuscular", "IM"),
    SUBCUTANEOUS("subcutaneous", "Subcutaneous", "SC"),
    INTRADERMAL("intradermal", "Intradermal", "ID"),
    ORAL("oral", "By mouth", "PO"),
    INTRANASAL("intranasal", "Intranasal", "NS");

    private final String code;
    private final String name;
    private final String abbreviation;

    VaccineRoute(String code, String name, String abbreviation) {
        this.code = code;
        this.name = name;
        this.abbreviation = abbreviation;
    }

    @Override
    public String code() {
        return code;
    }

    /** How the chart names it in a form: "Intramuscular (IM)". */
    public String label() {
        return name + " (" + abbreviation + ")";
    }

    /** The clinic's short form for a table: "IM". */
    public String abbreviation() {
        return abbreviation;
    }

    /** Whether the dose goes in by needle, and so has an injection site. */
    public boolean isInjected() {
        return this != ORAL && this != INTRANASAL;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static VaccineRoute of(String field, String code) {
        return Coded.parse(VaccineRoute.class, field, code);
    }
}
