package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.HouseholdStatement.Kind;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A household's statement on a real store, H2 and PostgreSQL, to the cent: the opening balance from earlier months,
 * each charge, credit note, payment and refund of November with the balance after it (a payment made late on the
 * 30th in Chicago is November's), drafts, voided invoices and a voided invoice's credit note left out, the aging of
 * what was open on the 30th in all five buckets with the credit on account, the households that owe, and a statement to
 * today that agrees with the ledger.
 */
final class StatementsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T16:00:00Z");
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private PracticeData data;

    private void practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_statements");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
        data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
    }

    private Patient child(String first, LocalDate born, UUID family) {
        Patient p = new Patient(Ids.next(), first, "Rowe", born, Gender.FEMALE, "Sam Rowe", null, "(312) 555-0101", null, null, null, null,
                family, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        return data.write(c -> c.insert(p));
    }

    private Invoice invoice(Patient p, InvoiceStatus status, String issued, String due, String total) {
        Invoice i = Invoice.visit(Ids.next(), p.id(), null, status, LocalDate.parse(issued), LocalDate.parse(due), null, new BigDecimal(total));
        return data.write(c -> c.insert(i));
    }

    private Invoice voided(Patient p, String issued, String total) {
        Invoice i = new Invoice(Ids.next(), p.id(), null, InvoiceStatus.VOID, LocalDate.parse(issued), LocalDate.parse(issued).plusDays(30),
                null, new BigDecimal(total), InvoiceKind.VISIT, null, null, 0, null, Instant.parse("2026-11-10T15:00:00Z"), "Billed twice");
        return data.write(c -> c.insert(i));
    }

    private Invoice creditNote(Invoice corrected, String issued, String total) {
        Invoice n = new Invoice(Ids.next(), corrected.patientId(), null, InvoiceStatus.SENT, LocalDate.parse(issued), LocalDate.parse(issued),
                null, new BigDecimal(total), InvoiceKind.CREDIT_NOTE, null, null, 0, corrected.id(), null, null);
        return data.write(c -> c.insert(n));
    }

    private Payment paid(Patient p, String at, String amount, Invoice to, String allocated) {
        Payment payment = Payment.received(Ids.next(), p.id(), new BigDecimal(amount), PaymentMethod.CARD, Instant.parse(at), "ref " + at, null);
        return data.write(c -> {
            c.insert(payment);
            if (to != null) {
                c.insert(new PaymentAllocation(Ids.next(), payment.id(), to.id(), new BigDecimal(allocated)));
            }
            return payment;
        });
    }

    private void refunded(Patient p, String at, String amount) {
        data.writeAll(c -> c.insert(new Payment(Ids.next(), p.id(), new BigDecimal(amount), PaymentMethod.CARD, Instant.parse(at), null,
                PaymentKind.REFUND, null, "Copay paid twice", null)));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void novembersStatementRunsTheBalanceFromTheOpeningToTheClosingAndAgesWhatWasOpen(Dialect dialect) {
        practice(dialect);
        UUID family = Ids.next();
        Patient ava = child("Ava", LocalDate.of(2019, 4, 2), family);
        Patient noah = child("Noah", LocalDate.of(2022, 6, 1), family);
        Patient zoe = child("Zoe", LocalDate.of(2018, 2, 2), null);
        Patient lia = child("Lia", LocalDate.of(2020, 3, 3), null);

        // Before November: 50.48 open (33.33 + 12.10 + 5.05); October's 150.00 paid.
        invoice(ava, InvoiceStatus.SENT, "2026-08-01", "2026-08-15", "33.33");
        invoice(noah, InvoiceStatus.SENT, "2026-09-01", "2026-09-01", "5.05");
        invoice(noah, InvoiceStatus.SENT, "2026-10-01", "2026-10-01", "12.10");
        Invoice october = invoice(ava, InvoiceStatus.SENT, "2026-10-01", "2026-10-15", "150.00");
        paid(ava, "2026-10-10T15:00:00Z", "150.00", october, "150.00");
        // November.
        Invoice november = invoice(ava, InvoiceStatus.SENT, "2026-11-01", "2026-11-15", "150.00");
        invoice(noah, InvoiceStatus.SENT, "2026-11-03", "2026-12-03", "87.35");
        invoice(noah, InvoiceStatus.DRAFT, "2026-11-05", "2026-12-05", "40.00");
        Invoice twice = voided(noah, "2026-11-06", "60.00");
        creditNote(twice, "2026-11-07", "5.00");
        creditNote(november, "2026-11-20", "25.50");
        paid(noah, "2026-11-25T03:00:00Z", "100.00", november, "100.00"); // the 24th in Chicago
        refunded(ava, "2026-11-28T18:00:00Z", "10.00");
        paid(ava, "2026-12-01T05:30:00Z", "50.00", null, null); // 11:30 pm on the 30th in Chicago: credit on account
        // December, after the statement.
        Invoice december = invoice(ava, InvoiceStatus.SENT, "2026-12-01", "2026-12-15", "150.00");
        paid(ava, "2026-12-02T15:00:00Z", "60.00", december, "60.00");
        // Other households: Zoe paid hers, Lia is in credit.
        Invoice zoes = invoice(zoe, InvoiceStatus.SENT, "2026-11-02", "2026-11-16", "20.00");
        paid(zoe, "2026-11-03T15:00:00Z", "20.00", zoes, "20.00");
        paid(lia, "2026-11-03T15:00:00Z", "30.00", null, null);

        HouseholdStatement s = data.statements().of(family, NOV_1, NOV_30);
        assertEquals(List.of(ava.id(), noah.id()), s.members().stream().map(Patient::id).toList(), "eldest first");
        assertEquals(new BigDecimal("50.48"), s.openingBalance());
        assertEquals(List.of(Kind.CHARGE, Kind.CHARGE, Kind.CREDIT_NOTE, Kind.PAYMENT, Kind.REFUND, Kind.PAYMENT),
                s.entries().stream().map(HouseholdStatement.Entry::kind).toList(), "the draft, the void and its credit note left out");
        assertEquals(List.of("200.48", "287.83", "262.33", "162.33", "172.33", "122.33"),
                s.entries().stream().map(e -> e.balance().toPlainString()).toList());
        assertEquals(List.of(NOV_1, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 28), NOV_30), s.entries().stream().map(HouseholdStatement.Entry::on).toList());
        assertEquals(november.number(), s.entries().get(2).corrects());
        assertEquals(new BigDecimal("122.33"), s.closingBalance());
        assertEquals(new BigDecimal("247.35"), s.charges());
        assertEquals(new BigDecimal("175.50"), s.credits());
        assertEquals(new HouseholdStatement.Aging(new BigDecimal("87.35"), new BigDecimal("24.50"), new BigDecimal("12.10"),
                new BigDecimal("5.05"), new BigDecimal("33.33")), s.aging(), "due Dec 3; Nov 15 less 100.00 paid and 25.50 credited; 60, 90, 107 days");
        assertEquals(new BigDecimal("40.00"), s.credit(), "150 + 100 + 50 paid − 10 refunded − 250 applied");
        assertEquals(s.closingBalance(), s.aging().total().subtract(s.credit()), "balance = open − credit on account");
        assertEquals(new BigDecimal("122.33"), s.amountDue());

        HouseholdStatement now = data.statements().of(family, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5));
        assertEquals(s.closingBalance(), now.openingBalance());
        assertEquals(new BigDecimal("212.33"), now.closingBalance());
        assertEquals(now.closingBalance(), now.aging().total().subtract(now.credit()));
        assertEquals(now.openingBalance(), data.statements().lastMonth(family).closingBalance(), "the default period is November");
        AccountStanding ledger = data.ledger().household(family);
        assertEquals(ledger.balance(), now.closingBalance(), "a statement to today agrees with the ledger");
        assertEquals(ledger.openTotal(), now.aging().total());
        assertEquals(ledger.credit(), now.credit());

        HouseholdStatement alone = data.statements().of(data.statements().householdOf(lia.id()), NOV_1, NOV_30);
        assertEquals(new BigDecimal("-30.00"), alone.closingBalance());
        assertEquals(new BigDecimal("0.00"), alone.amountDue());
        assertEquals(new BigDecimal("30.00"), alone.credit());

        assertEquals(List.of(new StatementQueries.HouseholdBalance(family, new BigDecimal("122.33"))), data.statements().withBalance(NOV_30),
                "Zoe's is paid and Lia is in credit");
        assertEquals(List.of(new BigDecimal("50.48")), data.statements().withBalance(LocalDate.of(2026, 10, 31)).stream()
                .map(StatementQueries.HouseholdBalance::balance).toList());
        assertEquals("to", assertThrows(ValidationException.class, () -> data.statements().of(family, NOV_30, NOV_1)).field());
    }
}
