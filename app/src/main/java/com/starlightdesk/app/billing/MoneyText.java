package com.starlightdesk.app.billing;

import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;

/**
 * An amount of money typed at a billing field, read by the money contract's rules: dollars as {@link Dollars}
 * reads them, not negative, at most two decimal places, at most 999,999,999.99; scale 2. What is wrong is said in
 * the words shown at the field. Stateless.
 */
public final class MoneyText {
    private MoneyText() {
    }

    /** What a field's text says: the amount, or why it is refused. */
    public record Reading(BigDecimal amount, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Reads {@code typed}; an empty field is {@code emptyAs} (null: refused as required). */
    public static Reading read(String typed, BigDecimal emptyAs) {
        if (typed == null || typed.isBlank()) {
            return emptyAs == null ? new Reading(null, "Type an amount in dollars, e.g. $120.00") : new Reading(emptyAs, null);
        }
        try {
            return new Reading(Fields.money("amount", Dollars.parse("amount", typed)), null);
        } catch (ValidationException e) {
            String rule = e.getMessage().startsWith("amount: ") ? e.getMessage().substring("amount: ".length()) : e.getMessage();
            if (rule.startsWith("is larger than")) {
                rule = "is more than $999,999,999.99";
            }
            return new Reading(null, Character.toUpperCase(rule.charAt(0)) + rule.substring(1));
        }
    }
}
