package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practice's rule for a family's membership fees in a month, applied by the billing run: none; a cap, the
 * most a family pays a month for its children's memberships; or a discount from the Nth child on (children
 * counted by birth date, oldest first). Stored as text: {@code none}, {@code cap 450.00},
 * {@code from child 3 off 50%}. Immutable.
 */
public final class HouseholdRule {
    private static final Pattern CAP = Pattern.compile("cap (\\d{1,10}\\.\\d{2})");
    private static final Pattern FROM_CHILD = Pattern.compile("from child ([2-9]) off (\\d{1,3}(?:\\.\\d{1,2})?)%");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** No household rule: each membership is billed on its own. */
    public static final HouseholdRule NONE = new HouseholdRule(null, 0, null);

    private final BigDecimal cap;
    private final int fromChild;
    private final BigDecimal percentOff;

    private HouseholdRule(BigDecimal cap, int fromChild, BigDecimal percentOff) {
        this.cap = cap;
        this.fromChild = fromChild;
        this.percentOff = percentOff;
    }

    /** A cap on what a family pays a month for its memberships. */
    public static HouseholdRule cap(BigDecimal monthly) {
        BigDecimal amount = Fields.money("householdCap", monthly);
        if (amount.signum() == 0) {
            throw new ValidationException("householdCap", "must be greater than zero");
        }
        return new HouseholdRule(amount, 0, null);
    }

    /** A discount of {@code percent} on the {@code child}th child's membership and every later one's. */
    public static HouseholdRule fromChild(int child, BigDecimal percent) {
        if (child < 2 || child > 9) {
            throw new ValidationException("householdFromChild", "must be between 2 and 9");
        }
        Fields.required("householdPercentOff", percent);
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("householdPercentOff", "must be more than 0 and at most 100, with at most two decimal places");
        }
        return new HouseholdRule(null, child, percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros());
    }

    /** Reads the stored text; fails naming {@code field} for text that is none of the three forms. */
    public static HouseholdRule parse(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("none")) {
            return NONE;
        }
        Matcher cap = CAP.matcher(t);
        if (cap.matches()) {
            return cap(new BigDecimal(cap.group(1)));
        }
        Matcher from = FROM_CHILD.matcher(t);
        if (from.matches()) {
            return fromChild(Integer.parseInt(from.group(1)), new BigDecimal(from.group(2)));
        }
        throw new ValidationException(field, "reads none, cap 450.00 or from child 3 off 50%");
    }

    /** The stored text. */
    public String text() {
        if (cap != null) {
            return "cap " + cap.toPlainString();
        }
        return fromChild > 0 ? "from child " + fromChild + " off " + percentOff.toPlainString() + "%" : "none";
    }

    public boolean isNone() {
        return cap == null && fromChild == 0;
    }

    /**
     * The discount on each of a family's membership amounts for a month, in the same order; {@code amounts} are
     * ordered by the children's birth dates, oldest first, and only those marked {@code open} (not billed yet this
     * month) may take a discount. A cap takes the excess off the youngest open children first; a discount from
     * the Nth child is its percent of that child's amount, half-up to the cent.
     */
    public List<BigDecimal> discounts(List<BigDecimal> amounts, List<Boolean> open) {
        List<BigDecimal> off = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            off.add(BigDecimal.ZERO.setScale(2));
        }
        if (cap != null) {
            BigDecimal excess = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(cap);
            for (int i = amounts.size() - 1; i >= 0 && excess.signum() > 0; i--) {
                if (open.get(i)) {
                    BigDecimal take = excess.min(amounts.get(i));
                    off.set(i, take.setScale(2, RoundingMode.UNNECESSARY));
                    excess = excess.subtract(take);
                }
            }
        } else if (fromChild > 0) {
            for (int i = fromChild - 1; i < amounts.size(); i++) {
                if (open.get(i)) {
                    off.set(i, amounts.get(i).multiply(percentOff).divide(HUNDRED, 2, RoundingMode.HALF_UP));
                }
            }
        }
        return off;
    }

    /** How an invoice's discount line names this rule: "Household cap of $450.00 a month", "Household: 3rd child on, 50% off". */
    public String lineDescription() {
        if (cap != null) {
            return "Household cap of $" + cap.toPlainString() + " a month";
        }
        String nth = fromChild + (fromChild == 2 ? "nd" : fromChild == 3 ? "rd" : "th");
        return "Household: " + nth + " child on, " + percentOff.toPlainString() + "% off";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdRule other && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
