package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ledger's money contract on a real store, H2 and PostgreSQL: partial, whole and double payments, overdue by the
 * practice's own date, a void invoice's money back as credit, a credit note, a refund, and households against patients.
 */
final class LedgerTest {
    /** 22:00 in Chicago on 4 December, already 5 December in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-05T04:00:00Z");
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private PracticeData data;

    private void practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_ledger");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
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
        return data.write(c -> c.insert(Invoice.visit(Ids.next(), p.id(), null, status, due.minusDays(30), due, null, new BigDecimal(total))));
    }

    private Payment pay(Patient from, String amount, Map<Invoice, String> allocations) {
        return data.write(c -> {
            Payment payment = c.insert(Payment.received(Ids.next(), from.id(), new BigDecimal(amount), PaymentMethod.CARD, NOW, null, null));
            allocations.forEach((i, a) -> c.insert(new PaymentAllocation(Ids.next(), payment.id(), i.id(), new BigDecimal(a))));
            return payment;
        });
    }

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachInvoiceStandsByTheContractAndTheHouseholdKeepsEveryCentAsCreditOrApplied(Dialect dialect) {
        practice(dialect);
        assertEquals(DEC_4, data.ledger().today(), "the practice's date in Chicago, not UTC's");
        UUID family = Ids.next();
        Patient ava = child("Ava", family);
        Patient noah = child("Noah", family);
        Invoice dueToday = invoice(ava, InvoiceStatus.SENT, DEC_4, "150.00");
        Invoice late = invoice(ava, InvoiceStatus.SENT, DEC_4.minusDays(1), "100.00");
        Invoice paidTwice = invoice(noah, InvoiceStatus.SENT, DEC_4.minusDays(40), "80.00");
        Invoice voided = data.write(c -> c.insert(new Invoice(Ids.next(), noah.id(), null, InvoiceStatus.VOID, DEC_4, DEC_4, null,
                m("60.00"), InvoiceKind.VISIT, null, null, 0, null, NOW, "Billed to the wrong family")));
        Invoice draft = invoice(noah, InvoiceStatus.DRAFT, DEC_4.plusDays(30), "45.00");
        Invoice corrected = invoice(noah, InvoiceStatus.SENT, DEC_4.minusDays(5), "90.00");
        data.writeAll(c -> c.insert(new Invoice(Ids.next(), noah.id(), null, InvoiceStatus.SENT, DEC_4, DEC_4, null, m("30.00"),
                InvoiceKind.CREDIT_NOTE, null, null, 0, corrected.id(), null, null)));
        data.writeAll(c -> c.insert(new Invoice(Ids.next(), noah.id(), null, InvoiceStatus.VOID, DEC_4, DEC_4, null, m("10.00"),
                InvoiceKind.CREDIT_NOTE, null, null, 0, corrected.id(), NOW, "Typed in error")));

        pay(ava, "40.00", Map.of(dueToday, "40.00"));
        pay(ava, "80.00", Map.of(paidTwice, "80.00")); // two desks took the same invoice's payment
        pay(noah, "80.00", Map.of(paidTwice, "80.00"));
        pay(noah, "60.00", Map.of(voided, "60.00"));
        pay(noah, "25.00", Map.of()); // held as credit
        data.writeAll(c -> c.insert(new Payment(Ids.next(), noah.id(), m("15.00"), PaymentMethod.CASH, NOW, null, PaymentKind.REFUND, null,
                "Returned at the desk", null)));

        Map<UUID, InvoiceStanding> byId = data.ledger().householdInvoices(family).stream()
                .collect(Collectors.toMap(InvoiceStanding::invoiceId, s -> s));
        assertEquals(8, byId.size(), "every invoice of the household, the credit notes too");
        assertStanding(byId.get(dueToday.id()), "150.00", "40.00", "110.00", InvoiceStatus.SENT);
        assertStanding(byId.get(late.id()), "100.00", "0.00", "100.00", InvoiceStatus.OVERDUE);
        assertStanding(byId.get(paidTwice.id()), "80.00", "80.00", "0.00", InvoiceStatus.PAID);
        assertEquals(m("160.00"), byId.get(paidTwice.id()).allocated());
        assertStanding(byId.get(voided.id()), "0.00", "0.00", "0.00", InvoiceStatus.VOID);
        assertStanding(byId.get(draft.id()), "0.00", "0.00", "0.00", InvoiceStatus.DRAFT);
        assertStanding(byId.get(corrected.id()), "60.00", "0.00", "60.00", InvoiceStatus.OVERDUE);
        assertEquals(m("30.00"), byId.get(corrected.id()).credited(), "the void credit note credits nothing");
        assertEquals(byId.get(late.id()), data.ledger().invoice(late.id()).orElseThrow());
        assertEquals(List.of(corrected.id(), late.id(), dueToday.id()),
                data.ledger().openInvoices().stream().map(InvoiceStanding::invoiceId).toList(), "open ones, oldest due first");
        assertEquals(4, byId.get(corrected.id()).daysPastDue(DEC_4.minusDays(1)));

        // received 40 + 80 + 80 + 60 + 25 - 15 = 270; applied 40 + 80 = 120; credit 150; open 110 + 100 + 60 = 270.
        AccountStanding household = data.ledger().household(family);
        assertEquals(new AccountStanding(family, m("270.00"), m("150.00"), m("120.00")), household);
        AccountStanding avaAlone = data.ledger().patient(ava.id());
        AccountStanding noahAlone = data.ledger().patient(noah.id());
        assertEquals(new AccountStanding(ava.id(), m("210.00"), m("80.00"), m("130.00")), avaAlone, "Ava paid Noah's invoice once");
        assertEquals(new AccountStanding(noah.id(), m("60.00"), m("70.00"), m("-10.00")), noahAlone);
        assertEquals(household.balance(), avaAlone.balance().add(noahAlone.balance()), "patients add up to their household");
        assertEquals(List.of(household), data.ledger().households());
        assertEquals(family, data.ledger().householdOf(noah.id()));

        Patient zoe = child("Zoe", null);
        assertEquals(AccountStanding.empty(zoe.id()), data.ledger().household(zoe.id()));
        Invoice zoes = invoice(zoe, InvoiceStatus.SENT, DEC_4.plusDays(10), "99.99");
        pay(zoe, "100.00", Map.of(zoes, "99.99"));
        assertEquals(new AccountStanding(zoe.id(), m("0.00"), m("0.01"), m("-0.01")), data.ledger().household(zoe.id()),
                "a patient in no household is a household of one");
        assertEquals(data.ledger().household(zoe.id()).credit(), data.ledger().patient(zoe.id()).credit());
        assertEquals(2, data.ledger().households().size());
        assertEquals(9, data.ledger().allInvoices().size());
    }

    private static void assertStanding(InvoiceStanding s, String net, String applied, String open, InvoiceStatus status) {
        assertEquals(m(net), s.net(), "net");
        assertEquals(m(applied), s.applied(), "applied");
        assertEquals(m(open), s.open(), "open");
        assertEquals(status, s.status(), "status");
    }
}
