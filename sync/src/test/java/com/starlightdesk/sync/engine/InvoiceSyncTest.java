package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.ValidationException;
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
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invoices on two desks of one practice syncing through the Data API gateway to real PostgreSQL: a membership
 * invoice voided on one desk reaches the other void with its reason; both desks reissuing it while offline from
 * each other make one reissue (the billing run's key), with no conflict; once sent, neither desk can edit it, and
 * the server keeps it as sent, even against an edit made to the draft on a desk that had not yet seen it sent.
 */
class InvoiceSyncTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("invoicesync");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    private static void syncBoth(SyncedStore a, SyncedStore b) throws InterruptedException {
        a.engine().syncOnce();
        b.engine().syncOnce();
        PullWaits.until(() -> a.fingerprint().equals(b.fingerprint()), () -> {
            a.engine().syncOnce();
            b.engine().syncOnce();
        });
    }

    @Test
    void aVoidAndAReissueReachTheOtherDeskAndASentInvoiceIsEditedOnNoDesk() throws SQLException, InterruptedException {
        try (SyncedStore frontDesk = store("invfront"); SyncedStore backOffice = store("invback")) {
            MembershipPlan lyra = frontDesk.data().membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Lyra", 2, 11,
                    new BigDecimal("120.00")));
            Patient ava = new Patient(Ids.next(), "Ava", "Rowe", LocalDate.of(2020, 5, 14), Gender.FEMALE, null, null, null, null, null,
                    null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            frontDesk.data().writeAll(c -> c.insert(ava));
            frontDesk.data().memberships().enrol(ava.id(), lyra.id(), LocalDate.of(2026, 11, 1), null);
            frontDesk.data().monthlyBilling().commit(frontDesk.data().monthlyBilling().preview(DECEMBER), n -> { });
            Invoice run = frontDesk.data().billing().membershipInvoices(DECEMBER.atDay(1)).get(0);
            syncBoth(frontDesk, backOffice);

            frontDesk.data().invoices().voidInvoice(run.id(), "Family asked for the sibling rate");
            syncBoth(frontDesk, backOffice);
            Invoice voidOnBack = backOffice.data().invoices().invoice(run.id()).orElseThrow();
            assertEquals(InvoiceStatus.VOID, voidOnBack.status());
            assertEquals("Family asked for the sibling rate", voidOnBack.voidReason());

            // Both desks reissue it while offline from each other: the same key, so one reissue.
            Invoice front = frontDesk.data().invoices().reissue(run.id());
            Invoice back = backOffice.data().invoices().reissue(run.id());
            assertEquals(front, back);
            syncBoth(frontDesk, backOffice);
            assertEquals(0, frontDesk.engine().conflicts().openCount() + backOffice.engine().conflicts().openCount(),
                    "the same reissue made on both desks is no conflict");
            assertEquals(List.of("0 void", "1 draft"), serverInvoices());

            backOffice.data().invoices().addDiscount(front.id(), "Sibling rate", new BigDecimal("12.00"));
            syncBoth(frontDesk, backOffice);
            Invoice sent = frontDesk.data().invoices().send(front.id());
            assertEquals(new BigDecimal("108.00"), sent.totalAmount());
            syncBoth(frontDesk, backOffice);
            assertEquals(sent, backOffice.data().invoices().invoice(front.id()).orElseThrow());
            List<InvoiceLineItem> lines = frontDesk.data().invoices().lines(front.id());
            for (SyncedStore desk : List.of(frontDesk, backOffice)) {
                assertEquals("status", assertThrows(ValidationException.class,
                        () -> desk.data().invoices().addDiscount(front.id(), "More", new BigDecimal("1.00"))).field());
                assertEquals("status", assertThrows(ValidationException.class,
                        () -> desk.data().invoices().changeQuantity(lines.get(0).id(), 2)).field());
                assertEquals("status", assertThrows(ValidationException.class,
                        () -> desk.data().invoices().removeLine(lines.get(1).id())).field());
                assertEquals(lines, desk.data().invoices().lines(front.id()));
            }
            assertEquals(List.of("0 void", "1 sent"), serverInvoices());
            assertEquals(new BigDecimal("108.00"), serverTotal(front.id()));
        }
    }

    @Test
    void aDraftEditedOnOneDeskWhileTheOtherSendsItLeavesTheInvoiceAsSentAndGoesToTheInbox() throws SQLException, InterruptedException {
        try (SyncedStore frontDesk = store("racefront"); SyncedStore backOffice = store("raceback")) {
            MembershipPlan lyra = frontDesk.data().membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Lyra race", 2, 11,
                    new BigDecimal("120.00")));
            Patient ben = new Patient(Ids.next(), "Ben", "Hale", LocalDate.of(2021, 2, 3), Gender.MALE, null, null, null, null, null,
                    null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            frontDesk.data().writeAll(c -> c.insert(ben));
            frontDesk.data().memberships().enrol(ben.id(), lyra.id(), LocalDate.of(2026, 11, 1), null);
            YearMonth january = YearMonth.of(2027, 1);
            frontDesk.data().monthlyBilling().commit(frontDesk.data().monthlyBilling().preview(january), n -> { });
            Invoice run = frontDesk.data().billing().membershipInvoices(january.atDay(1)).get(0);
            frontDesk.data().invoices().voidInvoice(run.id(), "Plan changed");
            Invoice draft = frontDesk.data().invoices().reissue(run.id());
            syncBoth(frontDesk, backOffice);
            InvoiceLineItem planLine = backOffice.data().invoices().lines(draft.id()).get(0);

            // The back office edits the draft while the front desk, not yet seeing that, sends it and syncs first.
            backOffice.data().invoices().addDiscount(draft.id(), "Sibling rate", new BigDecimal("12.00"));
            backOffice.data().invoices().changeQuantity(planLine.id(), 2);
            Invoice sent = frontDesk.data().invoices().send(draft.id());
            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();
            syncBoth(frontDesk, backOffice);

            assertEquals(new BigDecimal("120.00"), serverTotal(draft.id()), "the sent invoice keeps its total");
            assertEquals(List.of("1 120.00 charge"), serverLines(draft.id()), "and its lines");
            for (SyncedStore desk : List.of(frontDesk, backOffice)) {
                assertEquals(sent, desk.data().invoices().invoice(draft.id()).orElseThrow());
                assertEquals(List.of("1 120.00 CHARGE"), desk.data().invoices().lines(draft.id()).stream()
                        .map(l -> l.quantity() + " " + l.amount().toPlainString() + " " + l.kind()).toList(), desk == frontDesk ? "front" : "back");
            }
            List<String> inbox = backOffice.engine().conflicts().open().stream().map(c -> c.tableName() + " " + c.kind().code()).sorted().toList();
            assertTrue(inbox.contains("invoices signed-record"), "the total's edit is in the inbox: " + inbox);
            assertTrue(inbox.contains("invoice_line_items signed-record"), "the quantity's edit: " + inbox);
            assertTrue(inbox.contains("invoice_line_items rejected"), "the discount line: " + inbox);
            assertEquals(0, frontDesk.engine().conflicts().openCount(), "the desk that sent it met nothing");
        }
    }

    private static List<String> serverLines(UUID invoiceId) throws SQLException {
        try (Connection c = fixture.database().owner().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT quantity, amount, kind FROM invoice_line_items WHERE practice_id = ?"
                        + " AND invoice_id = ? AND deleted_at IS NULL ORDER BY line_number")) {
            s.setObject(1, fixture.database().practiceA());
            s.setObject(2, invoiceId);
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getBigDecimal(2).toPlainString() + " " + rs.getString(3));
                }
            }
            return rows;
        }
    }

    private static List<String> serverInvoices() throws SQLException {
        try (Connection c = fixture.database().owner().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT reissue, status FROM invoices WHERE practice_id = ?"
                        + " AND billing_month = DATE '2026-12-01' ORDER BY reissue")) {
            s.setObject(1, fixture.database().practiceA());
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getString(2));
                }
            }
            return rows;
        }
    }

    private static BigDecimal serverTotal(UUID invoiceId) throws SQLException {
        try (Connection c = fixture.database().owner().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT total_amount FROM invoices WHERE practice_id = ? AND id = ?")) {
            s.setObject(1, fixture.database().practiceA());
            s.setObject(2, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
