package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.Receivables.AgingLine;
import com.starlightdesk.data.repo.Receivables.Bucket;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The billing reports on a real store, H2 and PostgreSQL, to the cent: aging buckets at their edges (due today, 1, 30,
 * 31, 60, 61, 90 and 91 days) on the practice's today (Chicago's 4 December while it is already the 5th in UTC), partial
 * payments, credit notes, voids, an invoice paid twice, a refund; revenue and members per plan by month; collections
 * by month in the practice's time zone; the overdue invoices of active patients this month; another practice's rows
 * never counted.
 */
final class ReceivablesTest {
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private DataSource ds;
    private PracticeData data;
    private UUID deskId;

    private PracticeData practice(Dialect dialect) {
        ds = TestDatabases.create(dialect, dir, "starlight_receivables");
        Migrations.migrateLocalStore(ds);
        return another("Maple Pediatrics");
    }

    private PracticeData another(String name) {
        UUID practiceId = Ids.next();
        deskId = Ids.next();
        PracticeData opened = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        opened.writeAll(c -> {
            c.insert(Practice.of(practiceId, name, "America/Chicago"));
            c.insert(new User(deskId, "desk@" + practiceId + ".test", "Front Desk", Role.STAFF, null, true));
        });
        return opened;
    }

    private Patient patient(PracticeData in, String first, UUID family, PatientStatus status, boolean active) {
        Patient p = new Patient(Ids.next(), first, "Rowe", LocalDate.of(2020, 3, first.length()), Gender.FEMALE, "Sam Rowe", null,
                "(312) 555-0101", null, null, null, null, family, status,
                status == PatientStatus.PROSPECT ? PipelineStage.INQUIRY : null, null, null, null, active, null, null, null);
        return in.write(c -> c.insert(p));
    }

    private Patient patient(String first, UUID family) {
        return patient(data, first, family, PatientStatus.ACTIVE, true);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private Invoice invoice(PracticeData in, Patient p, String total, LocalDate due, InvoiceStatus status) {
        LocalDate issued = due.minusDays(30);
        Invoice i = status == InvoiceStatus.VOID
                ? new Invoice(Ids.next(), p.id(), null, status, issued, due, null, money(total), InvoiceKind.VISIT, null, null, 0, null,
                        NOW, "Entered for the wrong visit")
                : Invoice.visit(Ids.next(), p.id(), null, status, issued, due, null, money(total));
        return in.write(c -> c.insert(i));
    }

    private Invoice invoice(Patient p, String total, LocalDate due) {
        return invoice(data, p, total, due, InvoiceStatus.SENT);
    }

    private Invoice creditNote(Invoice corrected, String total, boolean voided) {
        Invoice note = new Invoice(Ids.next(), corrected.patientId(), null, voided ? InvoiceStatus.VOID : InvoiceStatus.SENT, TODAY,
                TODAY, null, money(total), InvoiceKind.CREDIT_NOTE, null, null, 0, corrected.id(), voided ? NOW : null,
                voided ? "Credited in error" : null);
        return data.write(c -> c.insert(note));
    }

    private Payment pay(PracticeData in, Patient p, String amount, PaymentMethod method, Instant at, Invoice to, String allocated) {
        Payment payment = Payment.received(Ids.next(), p.id(), money(amount), method, at, null, deskId);
        in.writeAll(c -> {
            c.insert(payment);
            if (to != null) {
                c.insert(new PaymentAllocation(Ids.next(), payment.id(), to.id(), money(allocated)));
            }
        });
        return payment;
    }

    private void refund(Patient p, String amount, PaymentMethod method, Instant at) {
        data.writeAll(c -> c.insert(new Payment(Ids.next(), p.id(), money(amount), method, at, null, PaymentKind.REFUND, null,
                "Family moved away", deskId)));
    }

    @Test
    void bucketsCountDaysPastDueFromTheDayAfterTheDueDate() {
        assertEquals(Bucket.CURRENT, Bucket.of(TODAY.plusDays(1), TODAY));
        assertEquals(Bucket.CURRENT, Bucket.of(TODAY, TODAY));
        assertEquals(Bucket.CURRENT, Bucket.of(null, TODAY));
        assertEquals(Bucket.DAYS_1_30, Bucket.of(TODAY.minusDays(1), TODAY));
        assertEquals(Bucket.DAYS_1_30, Bucket.of(TODAY.minusDays(30), TODAY));
        assertEquals(Bucket.DAYS_31_60, Bucket.of(TODAY.minusDays(31), TODAY));
        assertEquals(Bucket.DAYS_31_60, Bucket.of(TODAY.minusDays(60), TODAY));
        assertEquals(Bucket.DAYS_61_90, Bucket.of(TODAY.minusDays(61), TODAY));
        assertEquals(Bucket.DAYS_61_90, Bucket.of(TODAY.minusDays(90), TODAY));
        assertEquals(Bucket.OVER_90, Bucket.of(TODAY.minusDays(91), TODAY));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void agingPutsEachOpenAmountInItsBucketAndKeepsEveryCentOfCredit(Dialect dialect) {
        data = practice(dialect);
        UUID family = Ids.next();
        Patient ava = patient("Ava", family);
        Patient ben = patient("Ben", family);
        invoice(ava, "100.00", TODAY);                                       // due today: current
        Invoice oneDay = invoice(ben, "50.00", TODAY.minusDays(1));           // 1 day: 1-30, 25.00 paid
        invoice(ava, "30.00", TODAY.minusDays(30));                          // 30 days: 1-30
        invoice(ava, "31.00", TODAY.minusDays(31));                          // 31: 31-60
        invoice(ben, "60.00", TODAY.minusDays(60));                          // 60: 31-60
        invoice(ava, "61.00", TODAY.minusDays(61));                          // 61: 61-90
        Invoice ninety = invoice(ben, "90.00", TODAY.minusDays(90));          // 90: 61-90, its credit note void
        Invoice ninetyOne = invoice(ava, "91.00", TODAY.minusDays(91));       // 91: over 90, 10.00 credited
        invoice(ava, "20.00", TODAY.plusDays(16));                           // not yet due: current
        creditNote(ninetyOne, "10.00", false);
        creditNote(ninety, "7.00", true);
        pay(data, ava, "40.00", PaymentMethod.CARD, NOW, oneDay, "25.00");    // 15.00 kept as credit
        Invoice voided = invoice(data, ben, "200.00", TODAY.minusDays(120), InvoiceStatus.VOID);
        pay(data, ben, "5.00", PaymentMethod.CASH, NOW, voided, "5.00");       // paid to a void invoice: credit again
        invoice(data, ava, "70.00", TODAY.minusDays(100), InvoiceStatus.DRAFT); // a draft bills nothing

        Patient zoe = patient("Zoe", null);
        Invoice twice = invoice(zoe, "80.00", TODAY.minusDays(64));
        pay(data, zoe, "80.00", PaymentMethod.CARD, NOW, twice, "80.00");       // two desks took the same payment offline
        pay(data, zoe, "80.00", PaymentMethod.CHECK, NOW, twice, "80.00");
        Invoice credited = invoice(zoe, "45.50", TODAY.minusDays(14));
        creditNote(credited, "0.50", false);
        refund(zoe, "30.00", PaymentMethod.CARD, NOW);

        Patient max = patient("Max", null);                                   // paid exactly: not listed
        Invoice settled = invoice(max, "60.00", TODAY.minusDays(33));
        pay(data, max, "60.00", PaymentMethod.ACH, NOW, settled, "60.00");

        PracticeData elsewhere = another("Birch Pediatrics");                   // another practice's rows never count
        Patient other = patient(elsewhere, "Ola", null, PatientStatus.ACTIVE, true);
        invoice(elsewhere, other, "999.00", TODAY.minusDays(5), InvoiceStatus.SENT);
        pay(elsewhere, other, "12.00", PaymentMethod.CASH, NOW, null, null);

        Receivables.Aging aging = data.receivables().aging();
        assertEquals(TODAY, aging.today(), "the practice's today in Chicago");
        assertEquals(2, aging.households().size(), aging.households().toString());
        AgingLine rowe = aging.households().stream().filter(l -> l.household().equals(family)).findFirst().orElseThrow();
        assertEquals(new AgingLine(family, 9, money("120.00"), money("55.00"), money("91.00"), money("151.00"), money("81.00"),
                money("20.00")), rowe);
        assertEquals(money("498.00"), rowe.open());
        assertEquals(money("478.00"), rowe.balance());
        AgingLine alone = aging.households().stream().filter(l -> l.household().equals(zoe.id())).findFirst().orElseThrow();
        assertEquals(new AgingLine(zoe.id(), 1, money("0.00"), money("45.00"), money("0.00"), money("0.00"), money("0.00"),
                money("50.00")), alone, "paid twice: 80.00 applied, the rest credit less the refund");
        assertEquals(money("-5.00"), alone.balance());
        assertEquals(new AgingLine(null, 10, money("120.00"), money("100.00"), money("91.00"), money("151.00"), money("81.00"),
                money("70.00")), aging.totals());
        assertEquals(money("473.00"), aging.totals().balance());

        agreesWithTheLedger(aging);

        assertEquals(1, elsewhere.receivables().aging().households().size());
        assertEquals(money("999.00"), elsewhere.receivables().aging().totals().in(Bucket.DAYS_1_30));
        assertEquals(money("12.00"), elsewhere.receivables().aging().totals().credit());
        Receivables.HouseholdName named = data.receivables().householdNames(List.of(family, zoe.id())).get(family);
        String names = named.name();
        assertTrue(names.equals("Rowe: Ava, Ben") || names.equals("Rowe: Ben, Ava"), names);
        assertTrue(names.startsWith("Rowe: " + data.patients().findById(named.eldest()).orElseThrow().firstName()), "the eldest is named first");
    }

    /** The aging read counts what the ledger counts: each household's open total and credit, each open invoice's bucket. */
    private void agreesWithTheLedger(Receivables.Aging aging) {
        java.util.Map<UUID, java.util.Map<Bucket, BigDecimal>> buckets = new java.util.HashMap<>();
        for (InvoiceStanding open : data.ledger().openInvoices()) {
            buckets.computeIfAbsent(open.householdId(), k -> new java.util.EnumMap<>(Bucket.class))
                    .merge(Bucket.of(open.dueDate(), aging.today()), open.open(), BigDecimal::add);
        }
        for (AgingLine line : aging.households()) {
            AccountStanding account = data.ledger().household(line.household());
            assertEquals(account.openTotal(), line.open(), "open total of " + line);
            assertEquals(account.credit(), line.credit(), "credit of " + line);
            for (Bucket b : Bucket.values()) {
                assertEquals(buckets.getOrDefault(line.household(), java.util.Map.of()).getOrDefault(b, money("0.00")), line.in(b),
                        b + " of " + line);
            }
        }
        for (AccountStanding account : data.ledger().households()) {
            if (account.openTotal().signum() != 0 || account.credit().signum() != 0) {
                assertTrue(aging.households().stream().anyMatch(l -> l.household().equals(account.accountId())), "listed: " + account);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void overdueThisMonthListsOpenInvoicesOfActivePatientsThatFellDueThisMonth(Dialect dialect) {
        data = practice(dialect);
        Patient ava = patient("Ava", null);
        Invoice partly = invoice(ava, "50.00", TODAY.minusDays(1));
        pay(data, ava, "25.00", PaymentMethod.CARD, NOW, partly, "25.00");
        invoice(ava, "100.00", TODAY);                                         // due today: not overdue
        invoice(ava, "80.00", LocalDate.of(2026, 11, 30));                    // last month's: in the aging report
        Patient gus = patient("Gus", null);
        Invoice first = invoice(gus, "12.34", LocalDate.of(2026, 12, 1));
        Invoice paid = invoice(gus, "10.00", LocalDate.of(2026, 12, 1));
        pay(data, gus, "10.00", PaymentMethod.CASH, NOW, paid, "10.00");
        Invoice credited = invoice(gus, "40.00", LocalDate.of(2026, 12, 2));
        creditNote(credited, "40.00", false);
        invoice(data, gus, "15.00", LocalDate.of(2026, 12, 2), InvoiceStatus.VOID);
        Patient prospect = patient(data, "Pia", null, PatientStatus.PROSPECT, true);
        invoice(prospect, "33.00", LocalDate.of(2026, 12, 2));
        Patient inactive = patient(data, "Ida", null, PatientStatus.ACTIVE, false);
        invoice(inactive, "44.00", LocalDate.of(2026, 12, 2));

        Receivables.OverdueThisMonth report = data.receivables().overdueThisMonth();
        assertEquals(List.of(first.id(), partly.id()), report.invoices().stream().map(Receivables.OverdueInvoice::invoiceId).toList());
        Receivables.OverdueInvoice line = report.invoices().get(1);
        assertEquals(money("50.00"), line.total());
        assertEquals(money("25.00"), line.open());
        assertEquals(1, line.daysOverdue());
        assertEquals(3, report.invoices().get(0).daysOverdue());
        assertEquals(money("62.34"), report.total());
        assertEquals(money("37.34"), report.open());
        assertEquals("Rowe, Gus", report.invoices().get(0).displayName());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void membershipRevenueIsEachMonthsInvoicesNetOfCreditNotesAndMembersAreThoseBilled(Dialect dialect) {
        data = practice(dialect);
        MembershipPlan orion = data.membershipPlans().save(new MembershipPlan(Ids.next(), "Orion", 0, 23, AgeUnit.MONTHS,
                money("150.00"), true));
        MembershipPlan lyra = data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Lyra", 2, 5, money("120.00")));
        data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Sirius", 6, 11, money("100.00")));
        Patient ava = patient("Ava", null);
        Patient ben = patient("Ben", null);
        Patient cy = patient("Cy", null);
        Subscription one = subscription(ava, orion);
        Subscription two = subscription(ben, lyra);
        Subscription three = subscription(cy, lyra);
        membershipInvoice(one, orion, YearMonth.of(2026, 11), 0, "150.00", null, InvoiceStatus.SENT);
        Invoice december = membershipInvoice(one, orion, YearMonth.of(2026, 12), 0, "150.00", null, InvoiceStatus.SENT);
        creditNote(december, "50.00", false);
        membershipInvoice(two, lyra, YearMonth.of(2026, 11), 0, "120.00", null, InvoiceStatus.VOID);
        membershipInvoice(two, lyra, YearMonth.of(2026, 11), 1, "110.00", null, InvoiceStatus.SENT);
        Invoice discounted = membershipInvoice(three, lyra, YearMonth.of(2026, 12), 0, "120.00", "20.00", InvoiceStatus.SENT);
        creditNote(discounted, "10.00", true);
        membershipInvoice(three, lyra, YearMonth.of(2025, 12), 0, "120.00", null, InvoiceStatus.SENT); // before the twelve months

        Receivables.MembershipRevenue mrr = data.receivables().membershipRevenue();
        assertEquals(YearMonth.of(2026, 1), mrr.first());
        assertEquals(YearMonth.of(2026, 12), mrr.last());
        assertEquals(24, mrr.lines().size(), "twelve months of the two plans that billed");
        assertEquals(List.of("Orion", "Lyra"), mrr.lines().subList(0, 2).stream().map(Receivables.PlanMonth::planName).toList());
        assertEquals(new Receivables.PlanMonth(YearMonth.of(2026, 11), orion.id(), "Orion", 1, money("150.00")), line(mrr, 11, orion));
        assertEquals(new Receivables.PlanMonth(YearMonth.of(2026, 11), lyra.id(), "Lyra", 1, money("110.00")), line(mrr, 11, lyra));
        assertEquals(new Receivables.PlanMonth(YearMonth.of(2026, 12), orion.id(), "Orion", 1, money("100.00")), line(mrr, 12, orion));
        assertEquals(new Receivables.PlanMonth(YearMonth.of(2026, 12), lyra.id(), "Lyra", 1, money("100.00")), line(mrr, 12, lyra));
        assertEquals(money("200.00"), mrr.revenue(YearMonth.of(2026, 12)));
        assertEquals(2, mrr.members(YearMonth.of(2026, 12)));
        assertEquals(money("0.00"), mrr.revenue(YearMonth.of(2026, 1)));
        assertEquals(0, mrr.members(YearMonth.of(2026, 1)));
    }

    private static Receivables.PlanMonth line(Receivables.MembershipRevenue mrr, int month, MembershipPlan plan) {
        return mrr.lines().stream().filter(l -> l.month().equals(YearMonth.of(2026, month)) && plan.id().equals(l.planId()))
                .findFirst().orElseThrow();
    }

    private Subscription subscription(Patient p, MembershipPlan plan) {
        Subscription s = new Subscription(Ids.next(), p.id(), plan.id(), LocalDate.of(2025, 1, 1), null, SubscriptionStatus.ACTIVE, null);
        return data.write(c -> c.insert(s));
    }

    private Invoice membershipInvoice(Subscription s, MembershipPlan plan, YearMonth month, int reissue, String charge, String discount,
            InvoiceStatus status) {
        LocalDate first = month.atDay(1);
        UUID id = Invoice.membershipInvoiceId(data.practiceId(), s.id(), first, reissue);
        BigDecimal total = discount == null ? money(charge) : money(charge).subtract(money(discount));
        Invoice invoice = new Invoice(id, s.patientId(), null, status, first, first.plusDays(14), null, total, InvoiceKind.MEMBERSHIP,
                s.id(), first, reissue, null, status == InvoiceStatus.VOID ? NOW : null, status == InvoiceStatus.VOID ? "Billed twice" : null);
        return data.write(c -> {
            c.insert(invoice);
            c.insert(new InvoiceLineItem(Invoice.lineId(id, 1), id, null, plan.name() + " membership", 1, money(charge), money(charge), 1,
                    LineKind.CHARGE, plan.id(), first, month.atEndOfMonth(), null));
            if (discount != null) {
                c.insert(new InvoiceLineItem(Invoice.lineId(id, 2), id, null, "Household cap", 1, money(discount), money(discount), 2,
                        LineKind.DISCOUNT, null, null, null, null));
            }
            return invoice;
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void collectionsArePaymentsLessRefundsByMonthInThePracticesTimeZoneAndMethod(Dialect dialect) {
        data = practice(dialect);
        Patient ava = patient("Ava", null);
        pay(data, ava, "100.00", PaymentMethod.CARD, Instant.parse("2026-12-01T05:30:00Z"), null, null); // 30 Nov, 23:30 in Chicago
        pay(data, ava, "20.00", PaymentMethod.CASH, Instant.parse("2026-12-01T06:30:00Z"), null, null);  // 1 Dec, 00:30
        pay(data, ava, "50.00", PaymentMethod.CARD, Instant.parse("2026-12-03T15:00:00Z"), null, null);
        refund(ava, "30.00", PaymentMethod.CARD, Instant.parse("2026-12-04T15:00:00Z"));
        pay(data, ava, "5.00", PaymentMethod.CARD, Instant.parse("2026-01-01T05:59:00Z"), null, null);   // 31 Dec 2025 in Chicago
        pay(data, ava, "1.00", PaymentMethod.ACH, Instant.parse("2027-01-01T05:59:00Z"), null, null);    // 31 Dec 2026, 23:59

        Receivables.Collections collections = data.receivables().collections();
        assertEquals(List.of(
                new Receivables.CollectionsLine(YearMonth.of(2026, 11), PaymentMethod.CARD, money("100.00"), money("0.00")),
                new Receivables.CollectionsLine(YearMonth.of(2026, 12), PaymentMethod.CARD, money("50.00"), money("30.00")),
                new Receivables.CollectionsLine(YearMonth.of(2026, 12), PaymentMethod.CASH, money("20.00"), money("0.00")),
                new Receivables.CollectionsLine(YearMonth.of(2026, 12), PaymentMethod.ACH, money("1.00"), money("0.00"))),
                collections.lines());
        assertEquals(money("41.00"), collections.total(YearMonth.of(2026, 12)).net());
        assertEquals(money("141.00"), collections.total().net());
    }
}
