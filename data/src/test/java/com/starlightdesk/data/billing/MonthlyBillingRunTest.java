package com.starlightdesk.data.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.BillingRunPreview.PlannedInvoice;
import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The monthly billing run's rules without a store: plans by age, fees by date, days billed, households, skips, keys. */
class MonthlyBillingRunTest {
    private static final UUID PRACTICE = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final MembershipPlan ORION = new MembershipPlan(Ids.next(), "Orion", 0, 23, AgeUnit.MONTHS, new BigDecimal("150.00"), true);
    private static final MembershipPlan LYRA = MembershipPlan.inYears(Ids.next(), "Lyra", 2, 5, new BigDecimal("120.00"));
    private static final MembershipPlan SIRIUS = MembershipPlan.inYears(Ids.next(), "Sirius", 6, 11, new BigDecimal("100.00"));

    private final List<Subscription> memberships = new ArrayList<>();
    private final Map<UUID, BillablePatient> patients = new HashMap<>();
    private final List<MembershipChange> pauses = new ArrayList<>();
    private final List<PlanFeeChange> fees = new ArrayList<>();
    private final List<Invoice> earlier = new ArrayList<>();
    private HouseholdRule rule = HouseholdRule.NONE;

    private Subscription member(LocalDate born, UUID family, LocalDate started) {
        BillablePatient p = new BillablePatient(Ids.next(), born, family, null, true);
        patients.put(p.id(), p);
        Subscription m = new Subscription(Ids.next(), p.id(), ORION.id(), started, null, SubscriptionStatus.ACTIVE, null);
        memberships.add(m);
        return m;
    }

    private BillingRunPreview run(YearMonth month) {
        return MonthlyBillingRun.plan(new MonthlyBillingRun.Facts(PRACTICE, month, rule, List.of(ORION, LYRA, SIRIUS), fees, memberships,
                patients, pauses, earlier));
    }

    private static PlannedInvoice of(BillingRunPreview preview, Subscription m) {
        return preview.invoices().stream().filter(i -> i.invoice().subscriptionId().equals(m.id())).findFirst().orElseThrow();
    }

    @Test
    void aBirthdayMovesTheChildToTheNewBandsPlanFromTheFirstFullMonthAfterIt() {
        Subscription turnsTwoMidDecember = member(LocalDate.of(2024, 12, 15), null, LocalDate.of(2025, 1, 1));
        Subscription turnsTwoOnDecemberFirst = member(LocalDate.of(2024, 12, 1), null, LocalDate.of(2025, 1, 1));
        BillingRunPreview december = run(DECEMBER);
        assertEquals("Orion membership, December 2026", of(december, turnsTwoMidDecember).lines().get(0).description());
        assertEquals(new BigDecimal("150.00"), of(december, turnsTwoMidDecember).invoice().totalAmount());
        assertEquals(LYRA.id(), of(december, turnsTwoOnDecemberFirst).planId(), "a birthday on the 1st: that month is after it");
        assertEquals(LYRA.id(), of(run(YearMonth.of(2027, 1)), turnsTwoMidDecember).planId());
    }

    @Test
    void aFeeChangeBillsFromItsMonthAndTheOverrideBeatsThePlan() {
        Subscription ava = member(LocalDate.of(2023, 3, 3), null, LocalDate.of(2025, 1, 1));
        fees.add(new PlanFeeChange(Ids.next(), LYRA.id(), LocalDate.of(2027, 1, 1), new BigDecimal("130.00")));
        assertEquals(new BigDecimal("120.00"), of(run(DECEMBER), ava).invoice().totalAmount());
        assertEquals(new BigDecimal("130.00"), of(run(YearMonth.of(2027, 1)), ava).invoice().totalAmount());
        patients.put(ava.patientId(), new BillablePatient(ava.patientId(), LocalDate.of(2023, 3, 3), null, new BigDecimal("99.99"), true));
        assertEquals(new BigDecimal("99.99"), of(run(YearMonth.of(2027, 1)), ava).invoice().totalAmount());
    }

    @Test
    void aStartPauseAndResumeInsideTheMonthAreProratedByDayRoundedOnce() {
        Subscription joinsOn10th = member(LocalDate.of(2023, 3, 3), null, LocalDate.of(2026, 12, 10));
        Subscription pausedAWeek = member(LocalDate.of(2023, 3, 3), null, LocalDate.of(2026, 1, 1));
        pauses.add(new MembershipChange(Ids.next(), pausedAWeek.id(), pausedAWeek.patientId(), MembershipChangeKind.PAUSED,
                LocalDate.of(2026, 12, 8), null, null, "Travel", null));
        pauses.add(new MembershipChange(Ids.next(), pausedAWeek.id(), pausedAWeek.patientId(), MembershipChangeKind.RESUMED,
                LocalDate.of(2026, 12, 15), null, null, null, null));
        BillingRunPreview december = run(DECEMBER);
        PlannedInvoice joined = of(december, joinsOn10th);
        assertEquals(new BigDecimal("85.16"), joined.invoice().totalAmount(), "120.00 × 22 / 31 = 85.1612…");
        assertEquals("Lyra membership, Dec 10–Dec 31, 2026 (22 of 31 days)", joined.lines().get(0).description());
        PlannedInvoice paused = of(december, pausedAWeek);
        assertEquals(2, paused.lines().size(), "Dec 1–7 and Dec 15–31");
        assertEquals(new BigDecimal("92.90"), paused.invoice().totalAmount(), "120.00 × 24 / 31 = 92.903…, rounded once");
        assertEquals(paused.invoice().totalAmount(), paused.lines().stream().map(InvoiceLineItem::amount).reduce(BigDecimal::add).orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 15), paused.lines().get(1).serviceFrom());
    }

    @Test
    void theHouseholdCapTakesTheExcessOffTheYoungestAndAnNthChildDiscountStartsAtThatChild() {
        UUID family = Ids.next();
        Subscription eldest = member(LocalDate.of(2016, 1, 1), family, LocalDate.of(2025, 1, 1));
        Subscription middle = member(LocalDate.of(2022, 1, 1), family, LocalDate.of(2025, 1, 1));
        Subscription youngest = member(LocalDate.of(2026, 1, 1), family, LocalDate.of(2026, 2, 1));
        rule = HouseholdRule.cap(new BigDecimal("300.00"));
        BillingRunPreview capped = run(DECEMBER);
        assertEquals(new BigDecimal("100.00"), of(capped, eldest).invoice().totalAmount());
        assertEquals(new BigDecimal("120.00"), of(capped, middle).invoice().totalAmount());
        PlannedInvoice baby = of(capped, youngest);
        assertEquals(new BigDecimal("80.00"), baby.invoice().totalAmount(), "150 of 370 billed; 70 over the cap off the youngest");
        assertEquals(LineKind.DISCOUNT, baby.lines().get(1).kind());
        assertEquals(new BigDecimal("70.00"), capped.householdDiscounts());
        assertEquals(new BigDecimal("300.00"), capped.total());

        rule = HouseholdRule.fromChild(3, new BigDecimal("50"));
        BillingRunPreview third = run(DECEMBER);
        assertEquals(new BigDecimal("75.00"), of(third, youngest).invoice().totalAmount());
        assertEquals("Household: 3rd child on, 50% off", of(third, youngest).lines().get(1).description());
        assertEquals(1, of(third, eldest).lines().size());
    }

    @Test
    void itSkipsWhatItMustNotBillAndSaysWhy() {
        Subscription billed = member(LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 1, 1));
        earlier.add(Invoice.membership(Invoice.membershipInvoiceId(PRACTICE, billed.id(), DECEMBER.atDay(1), 0), billed.patientId(),
                billed.id(), DECEMBER.atDay(1), 0, com.starlightdesk.data.domain.InvoiceStatus.SENT, DECEMBER.atDay(1), null, null,
                new BigDecimal("120.00")));
        Subscription grownUp = member(LocalDate.of(2000, 1, 1), null, LocalDate.of(2020, 1, 1));
        Subscription paused = member(LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 1, 1));
        pauses.add(new MembershipChange(Ids.next(), paused.id(), paused.patientId(), MembershipChangeKind.PAUSED, LocalDate.of(2026, 11, 20),
                null, null, null, null));
        Subscription free = member(LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 1, 1));
        patients.put(free.patientId(), new BillablePatient(free.patientId(), LocalDate.of(2020, 1, 1), null, BigDecimal.ZERO, true));
        Subscription ended = member(LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 1, 1));
        memberships.set(memberships.indexOf(ended), new Subscription(ended.id(), ended.patientId(), ended.planId(), ended.startedAt(),
                LocalDate.of(2026, 11, 30), SubscriptionStatus.CANCELLED, null));
        BillingRunPreview december = run(DECEMBER);
        assertEquals(List.of(), december.invoices());
        assertEquals(List.of(SkipReason.ALREADY_BILLED, SkipReason.NO_PLAN_FOR_AGE, SkipReason.PAUSED, SkipReason.NOTHING_TO_BILL),
                december.skipped().stream().map(BillingRunPreview.Skipped::reason).toList(), "the ended membership is no candidate");
    }

    @Test
    void everyDeskMakesTheSameKeysAndTotalsAddUpPerPlanAndLine() {
        Random random = new Random(2026);
        for (int i = 0; i < 300; i++) {
            Subscription m = member(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4500)), random.nextInt(3) == 0 ? null : Ids.next(),
                    LocalDate.of(2026, 11, 1).plusDays(random.nextInt(60)));
            if (random.nextInt(5) == 0) {
                pauses.add(new MembershipChange(Ids.next(), m.id(), m.patientId(), MembershipChangeKind.PAUSED,
                        LocalDate.of(2026, 12, 1).plusDays(random.nextInt(31)), null, null, null, null));
            }
        }
        rule = HouseholdRule.cap(new BigDecimal("200.00"));
        BillingRunPreview one = run(DECEMBER);
        BillingRunPreview two = run(DECEMBER);
        assertEquals(one, two, "the same store state makes the same run, keys included");
        assertTrue(one.invoices().size() > 100);
        for (PlannedInvoice i : one.invoices()) {
            assertEquals(i.invoice().totalAmount(), i.lines().stream().map(InvoiceLineItem::signedAmount).reduce(BigDecimal::add).orElseThrow(),
                    "lines add up to the invoice");
            assertEquals(Invoice.lineId(i.invoice().id(), 1), i.lines().get(0).id());
        }
        assertEquals(one.total(), one.plans().stream().map(BillingRunPreview.PlanTotal::billed).reduce(BigDecimal::add).orElseThrow());
        assertNotEquals(Invoice.membershipInvoiceId(PRACTICE, memberships.get(0).id(), DECEMBER.atDay(1), 0),
                Invoice.membershipInvoiceId(PRACTICE, memberships.get(0).id(), DECEMBER.atDay(1), 1), "a reissue has a key of its own");
    }
}
