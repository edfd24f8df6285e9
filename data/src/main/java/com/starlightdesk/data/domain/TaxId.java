package com.starlightdesk.data.domain;

import java.util.regex.Pattern;

/** A practice's tax id (federal EIN): nine digits, written and stored as {@code 12-3456789}. Stateless. */
public final class TaxId {
    private static final Pattern EIN = Pattern.compile("(\\d{2})-?(\\d{7})");

    private TaxId() {
    }

    /**
     * An optional EIN as stored ({@code 12-3456789}), or null when blank. Takes nine digits with or without
     * the dash; fails, naming {@code field}, for anything else or the prefix 00, which the IRS never assigns.
     */
    public static String optional(String field, String value) {
        String t = Fields.optionalText(field, value, 20);
        if (t == null) {
            return null;
        }
        var m = EIN.matcher(t.replace(" ", ""));
        if (!m.matches()) {
            throw new ValidationException(field, "a tax id (EIN) is 9 digits, written 12-3456789");
        }
        if (m.group(1).equals("00")) {
            throw new ValidationException(field, "no EIN begins with 00");
        }
        return m.group(1) + "-" + m.group(2);
    }
}
