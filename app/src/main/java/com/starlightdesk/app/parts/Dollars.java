package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money as the practice reads and types it: shown as {@code $1,234.50}; typed with or without the
 * dollar sign and with commas only where they group thousands ({@code 1234.5}, {@code $1,234.50}).
 * Anything else is refused rather than guessed at; whether an amount is allowed (not negative, at most
 * two decimal places) is the domain's rule, which sees the amount as typed. Stateless.
 */
public final class Dollars {
    private static final Pattern AMOUNT = Pattern.compile("-?\\$?-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private Dollars() {
    }

    /** {@code $1,234.50}; "" for none. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat shown = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        shown.setRoundingMode(RoundingMode.HALF_UP);
        return shown.format(amount);
    }

    /** The amount typed, with its sign and every decimal place typed; fails naming {@code field} if it is not an amount. */
    public static BigDecimal parse(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new ValidationException(field, "is required");
        }
        if (!AMOUNT.matcher(text).matches() || text.chars().filter(c -> c == '-').count() > 1) {
            throw new ValidationException(field, "is not an amount in dollars, e.g. $1,234.50");
        }
        return new BigDecimal(text.replace("$", "").replace(",", ""));
    }
}
