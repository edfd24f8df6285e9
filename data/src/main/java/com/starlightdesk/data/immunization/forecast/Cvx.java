package com.starlightdesk.data.immunization.forecast;

/** CVX vaccine codes as text: leading zeros do not matter ("03", "3" and "003" are MMR). */
public final class Cvx {
    private Cvx() {
    }

    /** The code without leading zeros, or null for blank text; throws when it is not a number. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String t = code.trim();
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                throw new IllegalArgumentException("CVX code '" + t + "' is not a number");
            }
        }
        int i = 0;
        while (i < t.length() - 1 && t.charAt(i) == '0') {
            i++;
        }
        return t.substring(i);
    }
}
