package com.starlightdesk.data.domain;

/**
 * A phone number as the practice writes it. A US number, ten digits or eleven with the country's leading 1,
 * is kept and shown as {@code (630) 555-0177}, the way the practice has always stored them, so that the
 * stored digits ({@code patients.phone_digits}, what the patient search matches) are the ten the desk
 * types; any other number (abroad) is kept as typed, under {@link Fields#optionalPhone}'s rule. Stateless.
 */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /**
     * The phone to store for what was typed into {@code field}: null when blank, the US form for a US number,
     * otherwise the typed text; a {@link ValidationException} at {@code field} when it is no phone number.
     */
    public static String of(String field, String typed) {
        String checked = Fields.optionalPhone(field, typed);
        return checked == null ? null : display(checked);
    }

    /** How a stored phone reads: a US number as {@code (630) 555-0177}, any other as stored ("" for none). */
    public static String display(String stored) {
        if (stored == null) {
            return "";
        }
        String digits = stored.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || stored.contains("+") && !stored.strip().startsWith("+1")) {
            return stored;
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
