package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.repo.Payments;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks of one practice, offline from each other, each take a family's payment for the same invoice, then sync
 * through the Data API gateway to real PostgreSQL: both payments count on both desks, the invoice is paid once and the
 * household holds the excess as credit on account, with nothing in either conflict inbox.
 */
class PaymentsSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("payments");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    private static Patient child(String first, UUID family) {
        return new Patient(Ids.next(), first, "Okafor", LocalDate.of(2021, 5, 1), Gender.UNKNOWN, "Ada Okafor", null, null, null, null, null,
                null, family, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
    }

    @Test
    void twoDesksTakingPaymentForTheSameInvoiceOfflineBothCountAndTheExcessIsTheFamilysCredit() throws Exception {
        try (SyncedStore frontDesk = store("payfront"); SyncedStore backOffice = store("payback")) {
            UUID family = Ids.next();
            Patient ava = child("Ava", family);
            Patient noah = child("Noah", family);
            LocalDate today = frontDesk.data().ledger().today();
            BigDecimal fee = new BigDecimal("120.00");
            Invoice invoice = Invoice.visit(Ids.next(), ava.id(), null, InvoiceStatus.SENT, today.minusDays(10), today.plusDays(4), null, fee);
            frontDesk.data().writeAll(c -> {
                c.insert(ava);
                c.insert(noah);
                c.insert(invoice);
            });
            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();
            PullWaits.until(() -> backOffice.data().ledger().invoice(invoice.id()).isPresent(), backOffice.engine()::syncOnce);

            // Offline from each other: the front desk takes Ava's mother's card, the back office her father's cash.
            frontDesk.data().payments().record(new Payments.Tender(ava.id(), fee, PaymentMethod.CARD, "4242", null),
                    List.of(new Payments.Allocation(invoice.id(), fee)));
            backOffice.data().payments().recordOldestFirst(new Payments.Tender(noah.id(), fee, PaymentMethod.CASH, null, null));
            for (SyncedStore desk : List.of(frontDesk, backOffice)) {
                assertEquals(InvoiceStatus.PAID, desk.data().ledger().invoice(invoice.id()).orElseThrow().status());
                assertEquals(BigDecimal.ZERO.setScale(2), desk.data().ledger().household(family).credit(), "each desk alone saw one payment");
            }

            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();
            PullWaits.until(() -> frontDesk.fingerprint().equals(backOffice.fingerprint()), () -> {
                frontDesk.engine().syncOnce();
                backOffice.engine().syncOnce();
            });
            assertEquals(0, frontDesk.engine().conflicts().openCount() + backOffice.engine().conflicts().openCount(),
                    "payments are insert-only: two desks taking one are no conflict");
            for (SyncedStore desk : List.of(frontDesk, backOffice)) {
                InvoiceStanding standing = desk.data().ledger().invoice(invoice.id()).orElseThrow();
                assertEquals(InvoiceStatus.PAID, standing.status());
                assertEquals(new BigDecimal("240.00"), standing.allocated(), "both payments count");
                assertEquals(fee, standing.applied());
                assertEquals(new AccountStanding(family, new BigDecimal("0.00"), fee, fee.negate()), desk.data().ledger().household(family),
                        "the excess is the family's credit on account: the practice owes it 120.00");
                assertEquals(2, desk.data().payments().householdPayments(family).size());
            }
            assertEquals(2, count("SELECT count(*) FROM payments WHERE practice_id = ?"));
            assertEquals(2, count("SELECT count(*) FROM payment_allocations WHERE practice_id = ?"));
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = fixture.database().owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, fixture.database().practiceA());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
