package com.starlightdesk.data.codes;

import java.util.Objects;

/**
 * One billable ICD-10-CM code with its CMS long description. {@code code} is as CMS ships it, without the
 * dot ({@code J069}); {@link #display()} is how staff read and type it ({@code J06.9}). Immutable.
 */
public record DiagnosisCode(String code, String description) {

    public DiagnosisCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    /** The code with a dot after its third character when it is longer: {@code J06.9}, {@code Z23}. */
    public String display() {
        return display(code);
    }

    /** {@code J06.9 Acute upper respiratory infection, unspecified}: the code as shown, then its description. */
    public String label() {
        return display() + " " + description;
    }

    /** The display form of an undotted code: {@code S52501A} → {@code S52.501A}, {@code I10} → {@code I10}. */
    public static String display(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    @Override
    public String toString() {
        return label();
    }
}
