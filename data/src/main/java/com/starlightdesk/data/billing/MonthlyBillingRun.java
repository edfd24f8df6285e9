package com.starlightdesk.data.billing;

import com.starlightdesk.data.billing.BillingRunPreview.PlanTotal;
import com.starlightdesk.data.billing.BillingRunPreview.PlannedInvoice;
import com.starlightdesk.data.billing.BillingRunPreview.Skipped;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.MembershipChangeKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.PlanFeeChange;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The monthly billing run's rules, as a pure function of what the store holds (no store, no clock): which
 * memberships a month bills, at which plan and fee, for which days, with which household discount, and which it
 * skips and why.
 *
 * <ul>
 *   <li>Plan: a membership without a plan reason follows the age bands: the active plan whose band covers the
 *       child's age on the month's first day, so a birthday that moves a child into another band is billed at the
 *       new plan from the first full month after it. A membership with a reason keeps its own plan.</li>
 *   <li>Fee: the patient's own fee override, else the plan's fee in effect on the month's first day (its latest fee
 *       change from that day or before, else its fee from the start).</li>
 *   <li>Days: from the start (or the month's first day) to the end date (or the month's last day), less the days
 *       paused (a pause from its day, a resumption from its day); prorated by day, rounded once per invoice
 *       ({@link Proration}). One line per stretch of days billed.</li>
 *   <li>Household: the practice's rule over the family's membership invoices of the month, the children ordered
 *       by birth date; invoices made earlier for the month are never changed, only the new ones take a
 *       discount (a discount line; total = charges - discounts).</li>
 *   <li>Keys: the invoice's id is name-based on the practice, membership and month ({@link Invoice#membershipInvoiceId})
 *       and its lines' on the invoice and line number, so every desk makes the same rows; a membership that
 *       already has an invoice for the month is skipped.</li>
 * </ul>
 * Invoices are made sent, issued on the month's first day and due {@value #DAYS_TO_PAY} days later. Stateless.
 */
public final class MonthlyBillingRun {
    /** Days from the month's first day to an invoice's due date. */
    public static final int DAYS_TO_PAY = 14;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private MonthlyBillingRun() {
    }

    /** What the store holds that a month's run reads: the candidates are memberships overlapping the month. */
    public record Facts(UUID practiceId, YearMonth month, HouseholdRule householdRule, List<MembershipPlan> plans,
                        List<PlanFeeChange> feeChanges, List<Subscription> memberships, Map<UUID, BillablePatient> patients,
                        List<MembershipChange> pausesAndResumptions, List<Invoice> invoicesOfMonth) {
    }

    /** Every invoice the run would make for the month, and every membership it skips with the reason. */
    public static BillingRunPreview plan(Facts facts) {
        YearMonth month = facts.month();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, MembershipPlan> plans = facts.plans().stream().collect(Collectors.toMap(MembershipPlan::id, p -> p));
        Map<UUID, List<PlanFeeChange>> fees = facts.feeChanges().stream().collect(Collectors.groupingBy(PlanFeeChange::planId));
        Map<UUID, List<MembershipChange>> pauses = facts.pausesAndResumptions().stream()
                .collect(Collectors.groupingBy(MembershipChange::subscriptionId));
        Set<UUID> billed = facts.invoicesOfMonth().stream().map(Invoice::subscriptionId).collect(Collectors.toSet());

        List<Skipped> skipped = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (Subscription m : facts.memberships()) {
            if (m.startedAt().isAfter(last) || (m.endedAt() != null && m.endedAt().isBefore(first))) {
                continue;
            }
            BillablePatient patient = facts.patients().get(m.patientId());
            List<Stretch> days = daysBilled(m, pauses.getOrDefault(m.id(), List.of()), first, last);
            SkipReason reason = null;
            MembershipPlan plan = null;
            if (billed.contains(m.id())) {
                reason = SkipReason.ALREADY_BILLED;
            } else if (patient == null || !patient.isActive()) {
                reason = SkipReason.PATIENT_INACTIVE;
            } else if (m.status() == SubscriptionStatus.CANCELLED && m.endedAt() == null) {
                reason = SkipReason.CANCELLED;
            } else if (days.isEmpty()) {
                reason = SkipReason.PAUSED;
            } else {
                plan = planOf(m, patient, facts.plans(), plans, first);
                if (plan == null) {
                    reason = m.followsAgeBands() ? SkipReason.NO_PLAN_FOR_AGE : SkipReason.PLAN_UNAVAILABLE;
                }
            }
            if (reason == null) {
                BigDecimal fee = patient.feeOverride() != null ? patient.feeOverride() : feeOn(plan, fees.getOrDefault(plan.id(), List.of()), first);
                List<Proration.Stretch> stretches = days.stream().map(d -> new Proration.Stretch(fee, d.days())).toList();
                if (Proration.total(stretches, month.lengthOfMonth()).signum() == 0) {
                    reason = SkipReason.NOTHING_TO_BILL;
                } else {
                    drafts.add(new Draft(m, patient, plan, days, Proration.shares(stretches, month.lengthOfMonth())));
                }
            }
            if (reason != null) {
                skipped.add(new Skipped(m.id(), m.patientId(), reason));
            }
        }
        Map<Draft, BigDecimal> discounts = householdDiscounts(facts, drafts);
        List<PlannedInvoice> invoices = new ArrayList<>();
        for (Draft d : drafts) {
            invoices.add(d.invoice(facts.practiceId(), month, discounts.getOrDefault(d, BigDecimal.ZERO), facts.householdRule()));
        }
        return new BillingRunPreview(month, invoices, skipped, planTotals(invoices, plans),
                invoices.stream().map(i -> i.invoice().totalAmount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                invoices.stream().map(PlannedInvoice::discount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /**
     * The plan a membership bills in the month starting {@code first}: its age band's active plan when it follows
     * the bands, else its own plan if still active; null when there is none.
     */
    public static MembershipPlan planOf(Subscription m, BillablePatient patient, List<MembershipPlan> all, Map<UUID, MembershipPlan> byId,
                                        LocalDate first) {
        if (m.followsAgeBands()) {
            return all.stream().filter(p -> p.isActive() && p.covers(patient.dateOfBirth(), first))
                    .min(Comparator.comparing(MembershipPlan::lowestMonth).thenComparing(MembershipPlan::name)).orElse(null);
        }
        MembershipPlan own = byId.get(m.planId());
        return own != null && own.isActive() ? own : null;
    }

    /** A plan's monthly fee in effect on {@code day}: its latest change from that day or before, else its fee from the start. */
    public static BigDecimal feeOn(MembershipPlan plan, List<PlanFeeChange> changes, LocalDate day) {
        Optional<PlanFeeChange> latest = changes.stream().filter(c -> c.planId().equals(plan.id()) && !c.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PlanFeeChange::effectiveFrom));
        return latest.map(PlanFeeChange::monthlyFee).orElse(plan.monthlyFee());
    }

    /**
     * Whether a membership covers {@code day}: started by then, not ended before it, not paused on it (a membership
     * cancelled with no last day covers no day). {@code pausesAndResumptions} are the membership's own.
     */
    public static boolean covers(Subscription m, List<MembershipChange> pausesAndResumptions, LocalDate day) {
        if (m.status() == SubscriptionStatus.CANCELLED && m.endedAt() == null) {
            return false;
        }
        return !daysBilled(m, pausesAndResumptions, day, day).isEmpty();
    }

    /**
     * The stretches of the month a membership is billed for: from its start to its end inside the month, less its
     * pauses (each pause from its day until the day before the next resumption). Empty when none.
     */
    static List<Stretch> daysBilled(Subscription m, List<MembershipChange> events, LocalDate first, LocalDate last) {
        LocalDate from = m.startedAt().isAfter(first) ? m.startedAt() : first;
        LocalDate to = m.endedAt() != null && m.endedAt().isBefore(last) ? m.endedAt() : last;
        List<LocalDate[]> paused = new ArrayList<>();
        LocalDate pausedFrom = null;
        List<MembershipChange> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(MembershipChange::effectiveOn).thenComparing(MembershipChange::id));
        for (MembershipChange e : ordered) {
            if (e.kind() == MembershipChangeKind.PAUSED && pausedFrom == null) {
                pausedFrom = e.effectiveOn();
            } else if (e.kind() == MembershipChangeKind.RESUMED && pausedFrom != null) {
                paused.add(new LocalDate[] {pausedFrom, e.effectiveOn().minusDays(1)});
                pausedFrom = null;
            }
        }
        if (pausedFrom != null) {
            paused.add(new LocalDate[] {pausedFrom, LocalDate.MAX});
        } else if (m.status() == SubscriptionStatus.PAUSED) {
            return List.of(); // paused with no day recorded: paused throughout
        }
        List<Stretch> stretches = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LocalDate[] pause = pauseOn(paused, day);
            if (pause != null) {
                day = pause[1].equals(LocalDate.MAX) ? to.plusDays(1) : pause[1].plusDays(1);
                continue;
            }
            LocalDate end = to;
            for (LocalDate[] p : paused) {
                if (p[0].isAfter(day) && !p[0].isAfter(end)) {
                    end = p[0].minusDays(1);
                }
            }
            stretches.add(new Stretch(day, end));
            day = end.plusDays(1);
        }
        return stretches;
    }

    private static LocalDate[] pauseOn(List<LocalDate[]> paused, LocalDate day) {
        for (LocalDate[] p : paused) {
            if (!day.isBefore(p[0]) && !day.isAfter(p[1])) {
                return p;
            }
        }
        return null;
    }

    /**
     * The household discount of each new invoice: per household (the family, or the child alone), its invoices
     * of the month made earlier (fixed) and the new ones, ordered by birth date, under the practice's rule.
     */
    private static Map<Draft, BigDecimal> householdDiscounts(Facts facts, List<Draft> drafts) {
        Map<Draft, BigDecimal> discounts = new HashMap<>();
        if (facts.householdRule().isNone()) {
            return discounts;
        }
        record Member(LocalDate born, UUID patientId, BigDecimal amount, Draft draft) {
        }
        Map<UUID, List<Member>> households = new LinkedHashMap<>();
        for (Draft d : drafts) {
            households.computeIfAbsent(d.patient().household(), k -> new ArrayList<>())
                    .add(new Member(d.patient().dateOfBirth(), d.patient().id(), d.charges(), d));
        }
        for (Invoice earlier : facts.invoicesOfMonth()) {
            BillablePatient p = facts.patients().get(earlier.patientId());
            if (earlier.status() != InvoiceStatus.VOID && p != null && households.containsKey(p.household())) {
                households.get(p.household()).add(new Member(p.dateOfBirth(), p.id(), earlier.totalAmount(), null));
            }
        }
        for (List<Member> members : households.values()) {
            members.sort(Comparator.comparing(Member::born).thenComparing(Member::patientId));
            List<BigDecimal> off = facts.householdRule().discounts(members.stream().map(Member::amount).toList(),
                    members.stream().map(m -> m.draft() != null).toList());
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).draft() != null && off.get(i).signum() > 0) {
                    discounts.put(members.get(i).draft(), off.get(i));
                }
            }
        }
        return discounts;
    }

    private static List<PlanTotal> planTotals(List<PlannedInvoice> invoices, Map<UUID, MembershipPlan> plans) {
        Map<UUID, List<PlannedInvoice>> byPlan = invoices.stream()
                .collect(Collectors.groupingBy(PlannedInvoice::planId, LinkedHashMap::new, Collectors.toList()));
        List<PlanTotal> totals = new ArrayList<>();
        for (Map.Entry<UUID, List<PlannedInvoice>> e : byPlan.entrySet()) {
            totals.add(new PlanTotal(e.getKey(), plans.get(e.getKey()).name(), e.getValue().size(), e.getValue().stream()
                    .map(i -> i.invoice().totalAmount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
        }
        totals.sort(Comparator.comparing((PlanTotal t) -> plans.get(t.planId()).lowestMonth()).thenComparing(PlanTotal::planName));
        return totals;
    }

    /** Days of a month billed together, {@code from} to {@code to} inclusive. */
    record Stretch(LocalDate from, LocalDate to) {
        int days() {
            return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        }
    }

    /** A membership the run bills, before the household rule. */
    private record Draft(Subscription membership, BillablePatient patient, MembershipPlan plan, List<Stretch> days, List<BigDecimal> shares) {
        BigDecimal charges() {
            return shares.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        PlannedInvoice invoice(UUID practiceId, YearMonth month, BigDecimal discount, HouseholdRule rule) {
            LocalDate first = month.atDay(1);
            UUID id = Invoice.membershipInvoiceId(practiceId, membership.id(), first, 0);
            List<InvoiceLineItem> lines = new ArrayList<>();
            int whole = month.lengthOfMonth();
            for (int i = 0; i < days.size(); i++) {
                Stretch s = days.get(i);
                String words = plan.name() + " membership, " + (s.days() == whole ? MONTH.format(month) : DAY.format(s.from())
                        + (s.from().equals(s.to()) ? "" : "–" + DAY.format(s.to())) + ", " + month.getYear() + " (" + s.days() + " of "
                        + whole + " days)");
                lines.add(new InvoiceLineItem(Invoice.lineId(id, i + 1), id, null, words, 1, shares.get(i), shares.get(i), i + 1,
                        LineKind.CHARGE, plan.id(), s.from(), s.to(), null));
            }
            if (discount.signum() > 0) {
                int n = lines.size() + 1;
                lines.add(new InvoiceLineItem(Invoice.lineId(id, n), id, null, rule.lineDescription(), 1, discount, discount, n,
                        LineKind.DISCOUNT, null, null, null, null));
            }
            Invoice invoice = Invoice.membership(id, membership.patientId(), membership.id(), first, 0, InvoiceStatus.SENT, first,
                    first.plusDays(DAYS_TO_PAY), null, charges().subtract(discount));
            return new PlannedInvoice(invoice, lines, patient.household(), plan.id());
        }
    }
}
