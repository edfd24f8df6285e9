package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The money contract over random histories on a real store: invoices sent, paid in part, paid across a household
 * oldest first, paid twice (a second desk's payment arriving by sync), voided, corrected by credit notes, credit
 * applied and refunded, in any order. After every step the ledger agrees to the cent with a plain model of the
 * contract, and for every household Σ applied + credit on account = Σ payments − Σ refunds: never a cent made or lost.
 */
class PaymentAllocationPropertyTest {
    private static final int STEPS = 300;
    private static final Instant NOW = Instant.parse("2026-12-05T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private PracticeData data;
    private final Random random = new Random(514);

    /** The model: what each invoice is and what was allocated to it; what each household paid less refunds. */
    private static final class Bill {
        final UUID household;
        final BigDecimal total;
        BigDecimal credited = zero();
        BigDecimal allocated = zero();
        boolean voided;

        Bill(UUID household, BigDecimal total) {
            this.household = household;
            this.total = total;
        }

        BigDecimal net() {
            return voided ? zero() : total.subtract(credited).max(zero());
        }

        BigDecimal applied() {
            return allocated.min(net());
        }

        BigDecimal open() {
            return net().subtract(applied());
        }
    }

    private final Map<UUID, Bill> bills = new LinkedHashMap<>();
    private final Map<UUID, BigDecimal> received = new HashMap<>();
    private final Map<UUID, List<Patient>> households = new LinkedHashMap<>();

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private BigDecimal cents(int most) {
        return BigDecimal.valueOf(1 + random.nextInt(most), 2);
    }

    /** Up to {@code most}, at least a cent; {@code most} itself now and then. */
    private BigDecimal upTo(BigDecimal most) {
        if (random.nextInt(4) == 0) {
            return most;
        }
        long c = most.movePointRight(2).longValueExact();
        return BigDecimal.valueOf(1 + (long) (random.nextDouble() * c), 2).min(most);
    }

    private BigDecimal credit(UUID household) {
        BigDecimal applied = bills.values().stream().filter(b -> b.household.equals(household)).map(Bill::applied)
                .reduce(zero(), BigDecimal::add);
        return received.getOrDefault(household, zero()).subtract(applied);
    }

    @Test
    void allocationAndCreditAlwaysAddUpToWhatWasPaidLessRefunds() {
        DataSource ds = TestDatabases.h2(dir.resolve("property"));
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
        data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
        for (int h = 0; h < 6; h++) {
            UUID family = h < 3 ? Ids.next() : null;
            List<Patient> members = new ArrayList<>();
            for (int k = 0; k < (family == null ? 1 : 2 + h); k++) {
                Patient p = new Patient(Ids.next(), "Child" + k, "Family" + h, LocalDate.of(2018, 1, 1).plusDays(k * 300L), Gender.UNKNOWN,
                        null, null, null, null, null, null, null, family, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
                members.add(data.write(c -> c.insert(p)));
            }
            households.put(family == null ? members.get(0).id() : family, members);
        }
        List<UUID> keys = new ArrayList<>(households.keySet());
        Map<String, Integer> done = new java.util.TreeMap<>();
        for (int step = 0; step < STEPS; step++) {
            UUID household = keys.get(random.nextInt(keys.size()));
            Patient member = households.get(household).get(random.nextInt(households.get(household).size()));
            List<UUID> open = bills.entrySet().stream().filter(e -> e.getValue().household.equals(household) && e.getValue().open().signum() > 0)
                    .map(Map.Entry::getKey).toList();
            List<UUID> live = bills.entrySet().stream().filter(e -> e.getValue().household.equals(household) && !e.getValue().voided)
                    .map(Map.Entry::getKey).toList();
            BigDecimal credit = credit(household);
            String what;
            switch (random.nextInt(9)) {
                case 0, 1 -> {
                    what = "invoice";
                    BigDecimal total = random.nextInt(20) == 0 ? zero() : cents(50_000);
                    LocalDate due = TODAY.plusDays(random.nextInt(121) - 90);
                    Invoice i = data.write(c -> c.insert(Invoice.visit(Ids.next(), member.id(), null, InvoiceStatus.SENT, due.minusDays(14), due,
                            null, total)));
                    bills.put(i.id(), new Bill(household, total));
                }
                case 2 -> {
                    what = "payment oldest first";
                    Payments.Receipt r = data.payments().recordOldestFirst(new Payments.Tender(member.id(), cents(60_000), PaymentMethod.CARD,
                            null, null));
                    book(household, r);
                }
                case 3 -> {
                    what = "payment to named invoices";
                    BigDecimal amount = cents(60_000);
                    BigDecimal left = amount;
                    List<Payments.Allocation> allocations = new ArrayList<>();
                    for (UUID id : open) {
                        if (left.signum() <= 0 || random.nextBoolean()) {
                            continue;
                        }
                        BigDecimal a = upTo(bills.get(id).open().min(left));
                        allocations.add(new Payments.Allocation(id, a));
                        left = left.subtract(a);
                    }
                    book(household, data.payments().record(new Payments.Tender(member.id(), amount, PaymentMethod.CASH, null, null), allocations));
                }
                case 4 -> {
                    what = "credit applied";
                    if (credit.signum() <= 0 || open.isEmpty()) {
                        continue;
                    }
                    UUID id = open.get(random.nextInt(open.size()));
                    BigDecimal amount = random.nextBoolean() ? null : upTo(credit.min(bills.get(id).open()));
                    for (PaymentAllocation a : data.payments().applyCredit(id, amount)) {
                        bills.get(a.invoiceId()).allocated = bills.get(a.invoiceId()).allocated.add(a.amount());
                    }
                }
                case 5 -> {
                    what = "refund";
                    if (credit.signum() <= 0) {
                        continue;
                    }
                    BigDecimal amount = upTo(credit);
                    data.payments().refund(member.id(), amount, PaymentMethod.CARD, "Returned at the family's request", null, null);
                    received.merge(household, amount.negate(), BigDecimal::add);
                }
                case 6 -> {
                    what = "void";
                    if (live.isEmpty()) {
                        continue;
                    }
                    UUID id = live.get(random.nextInt(live.size()));
                    data.invoices().voidInvoice(id, "Billed in error");
                    bills.get(id).voided = true;
                }
                case 7 -> {
                    what = "credit note";
                    List<UUID> creditable = live.stream().filter(id -> bills.get(id).total.compareTo(bills.get(id).credited) > 0).toList();
                    if (creditable.isEmpty()) {
                        continue;
                    }
                    UUID id = creditable.get(random.nextInt(creditable.size()));
                    Bill b = bills.get(id);
                    BigDecimal amount = upTo(b.total.subtract(b.credited));
                    data.invoices().creditNote(id, List.of(new Invoices.Credit("Service not given", amount)));
                    b.credited = b.credited.add(amount);
                }
                default -> {
                    what = "the same invoice paid at another desk";
                    if (live.isEmpty()) {
                        continue;
                    }
                    UUID id = live.get(random.nextInt(live.size()));
                    Bill b = bills.get(id);
                    if (b.total.signum() == 0) {
                        continue;
                    }
                    // As it arrives by sync: the other desk checked against what it knew, not against this desk's payments.
                    data.writeAll(c -> {
                        Payment p = c.insert(Payment.received(Ids.next(), member.id(), b.total, PaymentMethod.ACH, NOW, null, null));
                        c.insert(new PaymentAllocation(Ids.next(), p.id(), id, b.total));
                    });
                    received.merge(household, b.total, BigDecimal::add);
                    b.allocated = b.allocated.add(b.total);
                }
            }
            done.merge(what, 1, Integer::sum);
            assertAgrees(household, step + " " + what);
        }
        for (UUID household : keys) {
            assertAgrees(household, "at the end");
        }
        List<AccountStanding> all = data.ledger().households();
        BigDecimal paid = received.values().stream().reduce(zero(), BigDecimal::add);
        BigDecimal applied = data.ledger().allInvoices().stream().map(InvoiceStanding::applied).reduce(zero(), BigDecimal::add);
        assertEquals(paid, applied.add(all.stream().map(AccountStanding::credit).reduce(zero(), BigDecimal::add)),
                "the practice: Σ applied + Σ credit = Σ payments − Σ refunds");
        for (String kind : List.of("invoice", "payment oldest first", "payment to named invoices", "credit applied", "refund", "void",
                "credit note", "the same invoice paid at another desk")) {
            assertTrue(done.getOrDefault(kind, 0) >= 5, "every kind of step happened often enough: " + done);
        }
    }

    private void book(UUID household, Payments.Receipt r) {
        received.merge(household, r.payment().amount(), BigDecimal::add);
        for (PaymentAllocation a : r.allocations()) {
            bills.get(a.invoiceId()).allocated = bills.get(a.invoiceId()).allocated.add(a.amount());
        }
        assertEquals(r.payment().amount(), r.allocations().stream().map(PaymentAllocation::amount).reduce(r.toCredit(), BigDecimal::add),
                "a payment is what it paid plus what it left as credit");
    }

    private void assertAgrees(UUID household, String step) {
        Map<UUID, InvoiceStanding> ledger = data.ledger().householdInvoices(household).stream()
                .filter(s -> bills.containsKey(s.invoiceId())).collect(Collectors.toMap(InvoiceStanding::invoiceId, s -> s));
        BigDecimal open = zero();
        BigDecimal applied = zero();
        for (Map.Entry<UUID, Bill> e : bills.entrySet()) {
            Bill b = e.getValue();
            if (!b.household.equals(household)) {
                continue;
            }
            InvoiceStanding s = ledger.get(e.getKey());
            assertEquals(List.of(b.net(), b.applied(), b.open()), List.of(s.net(), s.applied(), s.open()), step + ": net, applied, open");
            assertTrue(s.open().signum() >= 0 && s.applied().compareTo(s.allocated()) <= 0, step);
            assertEquals(b.voided ? InvoiceStatus.VOID : s.open().signum() == 0 ? InvoiceStatus.PAID
                    : s.dueDate().isBefore(TODAY) ? InvoiceStatus.OVERDUE : InvoiceStatus.SENT, s.status(), step + ": status");
            open = open.add(b.open());
            applied = applied.add(b.applied());
        }
        AccountStanding account = data.ledger().household(household);
        BigDecimal paid = received.getOrDefault(household, zero());
        assertEquals(new AccountStanding(household, open, credit(household), open.subtract(credit(household))), account, step);
        assertEquals(paid, applied.add(account.credit()), step + ": Σ applied + credit = Σ payments − Σ refunds");
        assertTrue(account.credit().signum() >= 0, step + ": the desk never refunds or applies more than the credit");
    }
}
