package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Payments at the desk on a real store, H2 and PostgreSQL: partial payments, one payment across a household's invoices
 * (named or oldest due first), the excess kept as credit and applied to the next invoice, refunds with a reason, every
 * bad amount or invoice refused at its field with nothing written, and every row in the outbox, recorded by the desk.
 */
final class PaymentsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4); // in Chicago

    @TempDir
    Path dir;

    private PracticeData data;
    private UUID deskId;

    private void practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_payments");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        deskId = Ids.next();
        data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
    }

    private Patient child(String first, UUID family) {
        Patient p = new Patient(Ids.next(), first, "Rowe", LocalDate.of(2020, 3, 3), Gender.FEMALE, "Sam Rowe", null, "(312) 555-0101",
                null, null, null, null, family, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        return data.write(c -> c.insert(p));
    }

    private Invoice invoice(Patient p, InvoiceStatus status, LocalDate due, String total) {
        return data.write(c -> c.insert(Invoice.visit(Ids.next(), p.id(), null, status, due.minusDays(14), due, null, m(total))));
    }

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static Payments.Tender card(Patient from, String amount) {
        return new Payments.Tender(from.id(), m(amount), PaymentMethod.CARD, "4242", null);
    }

    private Map<UUID, BigDecimal> open() {
        return data.ledger().allInvoices().stream().collect(Collectors.toMap(s -> s.invoiceId(), s -> s.open()));
    }

    /** Asserts {@code bad} is refused at {@code field} and writes nothing. */
    private void refusedAt(String field, Executable bad) {
        long before = data.outbox().pending();
        ValidationException e = assertThrows(ValidationException.class, bad);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(before, data.outbox().pending(), "nothing written");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPaymentPaysNamedInvoicesOrTheOldestFirstAndTheRestIsCreditAppliedLaterOrRefunded(Dialect dialect) {
        practice(dialect);
        UUID family = Ids.next();
        Patient ava = child("Ava", family);
        Patient noah = child("Noah", family);
        Invoice october = invoice(ava, InvoiceStatus.SENT, TODAY.minusDays(35), "150.00");
        Invoice november = invoice(noah, InvoiceStatus.SENT, TODAY.minusDays(5), "120.00");
        Invoice december = invoice(ava, InvoiceStatus.SENT, TODAY.plusDays(10), "150.00");

        Payments.Receipt partial = data.payments().record(card(ava, "100.00"), List.of(new Payments.Allocation(november.id(), m("100.00"))));
        assertEquals(m("0.00"), partial.toCredit());
        assertEquals(deskId, partial.payment().recordedBy());
        assertEquals(m("20.00"), open().get(november.id()), "a partial payment");
        assertEquals(InvoiceStatus.OVERDUE, data.ledger().invoice(november.id()).orElseThrow().status());

        assertEquals(List.of(new Payments.Allocation(october.id(), m("150.00")), new Payments.Allocation(november.id(), m("20.00")),
                new Payments.Allocation(december.id(), m("30.00"))), data.payments().proposeAllocations(family, m("200.00")));
        Payments.Receipt across = data.payments().recordOldestFirst(new Payments.Tender(noah.id(), m("400.00"), PaymentMethod.CHECK, "1047",
                Instant.parse("2026-12-04T18:00:00Z")));
        assertEquals(3, across.allocations().size(), "one check across the household's three invoices");
        assertEquals(m("80.00"), across.toCredit());
        assertTrue(open().values().stream().allMatch(o -> o.signum() == 0));
        assertEquals(new AccountStanding(family, m("0.00"), m("80.00"), m("-80.00")), data.ledger().household(family));

        Invoice january = invoice(noah, InvoiceStatus.SENT, TODAY.plusDays(40), "120.00");
        refusedAt("amount", () -> data.payments().applyCredit(january.id(), m("80.01")));
        List<PaymentAllocation> applied = data.payments().applyCredit(january.id(), null);
        assertEquals(List.of(m("80.00")), applied.stream().map(PaymentAllocation::amount).toList());
        assertEquals(across.payment().id(), applied.get(0).paymentId(), "drawn from the payment that left the credit");
        assertEquals(new AccountStanding(family, m("40.00"), m("0.00"), m("40.00")), data.ledger().household(family));
        refusedAt("amount", () -> data.payments().applyCredit(january.id(), null));

        // A void invoice's money comes back as credit; it is applied, then the rest refunded.
        data.write(c -> c.update(new Invoice(december.id(), ava.id(), null, InvoiceStatus.VOID, december.issuedOn(), december.dueDate(),
                null, december.totalAmount(), InvoiceKind.VISIT, null, null, 0, null, NOW, "Visit billed twice")));
        assertEquals(m("150.00"), data.ledger().household(family).credit());
        data.payments().applyCredit(january.id(), m("40.00"));
        refusedAt("reason", () -> data.payments().refund(ava.id(), m("10.00"), PaymentMethod.CARD, " ", null, null));
        refusedAt("amount", () -> data.payments().refund(ava.id(), m("110.01"), PaymentMethod.CARD, "Family moving", null, null));
        refusedAt("amount", () -> data.payments().refund(ava.id(), m("100.01"), null, "Family moving", partial.payment().id(), null));
        Payment refund = data.payments().refund(ava.id(), m("100.00"), null, "Family moving", partial.payment().id(), null);
        assertEquals(PaymentKind.REFUND, refund.kind());
        assertEquals(PaymentMethod.CARD, refund.paymentMethod(), "returned the way it came");
        refusedAt("amount", () -> data.payments().refund(ava.id(), m("10.01"), PaymentMethod.CASH, "Rest", null, null));
        data.payments().refund(ava.id(), m("10.00"), PaymentMethod.CASH, "Rest", null, null);
        assertEquals(new AccountStanding(family, m("0.00"), m("0.00"), m("0.00")), data.ledger().household(family));
        refusedAt("amount", () -> data.payments().refund(ava.id(), m("0.01"), PaymentMethod.CASH, "Nothing left", null, null));

        assertEquals(4, data.payments().householdPayments(family).size(), "two payments and two refunds");
        assertEquals(4, data.payments().allocationsOf(across.payment().id()).size(), "its three invoices and the credit it left, applied");
        assertEquals(2, data.payments().allocationsTo(january.id()).size());
        assertTrue(data.outbox().pending() > 0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void badAmountsAndInvoicesAreRefusedAtTheirFieldsAndNothingIsWritten(Dialect dialect) {
        practice(dialect);
        UUID family = Ids.next();
        Patient ava = child("Ava", family);
        Patient other = child("Eli", null);
        Invoice sent = invoice(ava, InvoiceStatus.SENT, TODAY, "80.00");
        Invoice draft = invoice(ava, InvoiceStatus.DRAFT, TODAY, "80.00");
        Invoice elsewhere = invoice(other, InvoiceStatus.SENT, TODAY, "80.00");
        Invoice voided = data.write(c -> c.insert(new Invoice(Ids.next(), ava.id(), null, InvoiceStatus.VOID, TODAY, TODAY, null, m("10.00"),
                InvoiceKind.VISIT, null, null, 0, null, NOW, "Wrong family")));
        Invoice credit = data.write(c -> c.insert(new Invoice(Ids.next(), ava.id(), null, InvoiceStatus.SENT, TODAY, TODAY, null,
                m("5.00"), InvoiceKind.CREDIT_NOTE, null, null, 0, sent.id(), null, null)));
        Function<Invoice, List<Payments.Allocation>> all = i -> List.of(new Payments.Allocation(i.id(), m("10.00")));
        String at = Payments.allocationField(sent.id());

        refusedAt("amount", () -> data.payments().record(card(ava, "0.00"), List.of()));
        refusedAt("amount", () -> data.payments().record(card(ava, "-5.00"), List.of()));
        refusedAt("amount", () -> data.payments().record(card(ava, "10.005"), List.of()));
        refusedAt("amount", () -> data.payments().record(card(ava, "1000000000.00"), List.of()));
        refusedAt("method", () -> data.payments().record(new Payments.Tender(ava.id(), m("5.00"), null, null, null), List.of()));
        refusedAt(at, () -> data.payments().record(card(ava, "100.00"), List.of(new Payments.Allocation(sent.id(), m("75.01")))));
        refusedAt(at, () -> data.payments().record(card(ava, "100.00"), List.of(new Payments.Allocation(sent.id(), m("1.001")))));
        refusedAt(at, () -> data.payments().record(card(ava, "100.00"),
                List.of(new Payments.Allocation(sent.id(), m("5.00")), new Payments.Allocation(sent.id(), m("5.00")))));
        refusedAt("amount", () -> data.payments().record(card(ava, "50.00"), List.of(new Payments.Allocation(sent.id(), m("50.01")))));
        refusedAt(Payments.allocationField(draft.id()), () -> data.payments().record(card(ava, "10.00"), all.apply(draft)));
        refusedAt(Payments.allocationField(voided.id()), () -> data.payments().record(card(ava, "10.00"), all.apply(voided)));
        refusedAt(Payments.allocationField(credit.id()), () -> data.payments().record(card(ava, "10.00"), all.apply(credit)));
        refusedAt(Payments.allocationField(elsewhere.id()), () -> data.payments().record(card(ava, "10.00"), all.apply(elsewhere)));
        refusedAt("patientId", () -> data.payments().record(new Payments.Tender(Ids.next(), m("5.00"), PaymentMethod.CASH, null, null),
                List.of()));
        refusedAt("invoiceId", () -> data.payments().applyCredit(draft.id(), null));
        refusedAt("amount", () -> data.payments().applyCredit(sent.id(), null));
        assertEquals(List.of(), data.payments().householdPayments(family));

        data.payments().record(card(ava, "75.00"), List.of(new Payments.Allocation(sent.id(), m("75.00"))));
        refusedAt(at, () -> data.payments().record(card(ava, "1.00"), List.of(new Payments.Allocation(sent.id(), m("1.00")))));
        assertEquals(InvoiceStatus.PAID, data.ledger().invoice(sent.id()).orElseThrow().status(), "80.00 less a 5.00 credit note, paid");
    }
}
