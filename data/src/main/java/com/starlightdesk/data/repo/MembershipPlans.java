package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.PlanFeeChange;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The practice's membership plans as an admin keeps them: a plan's age band (months or years, inclusive bounds)
 * may not overlap another active plan's, which is refused at the band's field naming that plan; the gaps between
 * active bands (ages no plan covers) are listed for the page to warn about. A fee change takes effect from the
 * first day of a month, this month or later; invoices already made keep their amounts. Each write is one
 * transaction. Thread-safe; every call blocks on the store.
 */
public final class MembershipPlans {
    private final PracticeData data;

    MembershipPlans(PracticeData data) {
        this.data = data;
    }

    /** The practice's plans, deactivated ones too, youngest band first. */
    public List<MembershipPlan> plans() {
        List<MembershipPlan> plans = new ArrayList<>(data.billing().plans());
        plans.sort(Comparator.comparing(MembershipPlan::lowestMonth).thenComparing(MembershipPlan::name));
        return plans;
    }

    /** A plan's fee changes, earliest first. */
    public List<PlanFeeChange> feeChanges(UUID planId) {
        return data.billing().feeChanges().stream().filter(c -> c.planId().equals(planId)).toList();
    }

    /** The plan's monthly fee for the month starting {@code first}. */
    public BigDecimal feeFor(MembershipPlan plan, YearMonth month) {
        return com.starlightdesk.data.billing.MonthlyBillingRun.feeOn(plan, feeChanges(plan.id()), month.atDay(1));
    }

    /**
     * Adds {@code plan} or saves it in place of its earlier self. An active plan whose band overlaps another active
     * plan's is refused at {@code ageMin}, naming the other plan; nothing is written.
     */
    public MembershipPlan save(MembershipPlan plan) {
        return data.write(changes -> {
            if (plan.isActive()) {
                for (MembershipPlan other : changes.queries(BillingQueries.class).plans()) {
                    if (other.isActive() && !other.id().equals(plan.id()) && overlap(plan, other)) {
                        throw new ValidationException("ageMin", "overlaps " + other.name() + " (" + band(other) + ")");
                    }
                }
            }
            boolean exists = changes.queries(BillingQueries.class).plan(plan.id()).isPresent();
            return exists ? changes.update(plan) : changes.insert(plan);
        });
    }

    /**
     * Sets the plan's fee from {@code from} (the first day of this month or a later one). A second change from the
     * same day replaces the first. Returns the change.
     */
    public PlanFeeChange changeFee(UUID planId, LocalDate from, BigDecimal monthlyFee) {
        LocalDate thisMonth = LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone())).withDayOfMonth(1);
        PlanFeeChange change = new PlanFeeChange(Ids.next(), planId, from, monthlyFee);
        if (from.isBefore(thisMonth)) {
            throw new ValidationException("effectiveFrom", "is in a month already past; a fee change starts this month or later");
        }
        return data.write(changes -> {
            changes.queries(BillingQueries.class).plan(planId).orElseThrow(() -> new NoSuchElementException("No plan " + planId));
            for (PlanFeeChange earlier : changes.queries(BillingQueries.class).feeChanges()) {
                if (earlier.planId().equals(planId) && earlier.effectiveFrom().equals(from)) {
                    return changes.update(new PlanFeeChange(earlier.id(), planId, from, change.monthlyFee()));
                }
            }
            return changes.insert(change);
        });
    }

    /** The ages, in months (inclusive), that no active plan covers, from birth up to the oldest band's end. */
    public static List<int[]> gaps(List<MembershipPlan> plans) {
        List<MembershipPlan> active = plans.stream().filter(MembershipPlan::isActive)
                .sorted(Comparator.comparing(MembershipPlan::lowestMonth)).toList();
        List<int[]> gaps = new ArrayList<>();
        long covered = 0; // the first month of age not yet covered
        for (MembershipPlan p : active) {
            if (p.lowestMonth() > covered) {
                gaps.add(new int[] {(int) covered, p.lowestMonth() - 1});
            }
            covered = Math.max(covered, (long) p.highestMonth() + 1);
        }
        return gaps;
    }

    /** Whether two plans' bands share a month of age. */
    public static boolean overlap(MembershipPlan a, MembershipPlan b) {
        return a.lowestMonth() <= b.highestMonth() && b.lowestMonth() <= a.highestMonth();
    }

    /** "0–11 months", "2–5 years", "18 years and older", "up to 5 years", "any age". */
    public static String band(MembershipPlan plan) {
        String unit = plan.ageUnit() == AgeUnit.MONTHS ? " months" : " years";
        if (plan.ageMin() != null && plan.ageMax() != null) {
            return plan.ageMin() + "–" + plan.ageMax() + unit;
        }
        if (plan.ageMin() != null) {
            return plan.ageMin() + unit + " and older";
        }
        return plan.ageMax() != null ? "up to " + plan.ageMax() + unit : "any age";
    }
}
