package com.starlightdesk.data.domain;

import java.util.regex.Pattern;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed, as CMS defines it,
 * over the prefix 80840 followed by the first nine digits. Stateless.
 */
public final class Npi {
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final String CARD_ISSUER_PREFIX = "80840";

    private Npi() {
    }

    /**
     * An optional NPI as stored (its ten digits; spaces and dashes between them are dropped), or null when
     * blank. Fails, naming {@code field} and the number, for anything but ten digits with a right check digit.
     */
    public static String optional(String field, String value) {
        String t = Fields.optionalText(field, value, 20);
        if (t == null) {
            return null;
        }
        String digits = t.replaceAll("[\\s-]", "");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            throw new ValidationException(field, "an NPI is 10 digits");
        }
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            throw new ValidationException(field, "NPI " + digits + " fails its check digit");
        }
        return digits;
    }

    /** The check digit of an NPI's first nine digits: Luhn over 80840 and those digits. */
    static int checkDigit(String firstNine) {
        String payload = CARD_ISSUER_PREFIX + firstNine;
        int sum = 0;
        boolean doubled = true; // the digit next to the (missing) check digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
