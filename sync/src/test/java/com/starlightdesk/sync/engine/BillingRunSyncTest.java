package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Subscription;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly billing run on two desks of one practice that both run December while offline from each other, then
 * sync through the Data API gateway to real PostgreSQL: the server holds exactly one membership invoice per
 * membership for the month, with its lines once, neither desk has a conflict-inbox entry, and both desks end with
 * the same rows.
 */
class BillingRunSyncTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("billingrun");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void twoDesksRunningTheSameMonthOfflineEndWithOneInvoicePerMembershipAndNoConflict() throws SQLException, InterruptedException {
        try (SyncedStore frontDesk = store("runfront"); SyncedStore backOffice = store("runback")) {
            MembershipPlan orion = new MembershipPlan(Ids.next(), "Orion", 0, 23, AgeUnit.MONTHS, new BigDecimal("150.00"), true);
            MembershipPlan lyra = MembershipPlan.inYears(Ids.next(), "Lyra", 2, 5, new BigDecimal("120.00"));
            MembershipPlan sirius = MembershipPlan.inYears(Ids.next(), "Sirius", 6, 17, new BigDecimal("100.00"));
            for (MembershipPlan p : List.of(orion, lyra, sirius)) {
                frontDesk.data().membershipPlans().save(p);
            }
            List<Subscription> memberships = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Patient child = new Patient(Ids.next(), "Child" + i, "Family" + (i / 3), LocalDate.of(2010, 1, 1).plusDays(i * 97L),
                        Gender.UNKNOWN, null, null, null, null, null, null, null, null, PatientStatus.ACTIVE, null, null, null, null,
                        true, null, null, null);
                frontDesk.data().writeAll(c -> c.insert(child));
                UUID plan = frontDesk.data().memberships().proposedPlan(child.id(), LocalDate.of(2026, 11, 1)).orElseThrow().id();
                Subscription m = frontDesk.data().memberships().enrol(child.id(), plan, LocalDate.of(2026, 11, 1).plusDays(i % 45), null);
                memberships.add(m);
                if (i % 7 == 3) {
                    frontDesk.data().memberships().pause(m.id(), LocalDate.of(2026, 12, 12), "Travel");
                }
            }
            frontDesk.engine().syncOnce();
            PullWaits.until(() -> backOffice.data().billing().liveSubscriptions().size() == memberships.size(), backOffice.engine()::syncOnce);

            // Both desks run December offline from each other.
            BillingRunPreview front = frontDesk.data().monthlyBilling().preview(DECEMBER);
            BillingRunPreview back = backOffice.data().monthlyBilling().preview(DECEMBER);
            assertEquals(front, back, "the same memberships make the same run on both desks, keys included");
            assertEquals(memberships.size(), frontDesk.data().monthlyBilling().commit(front, n -> { }).made());
            assertEquals(memberships.size(), backOffice.data().monthlyBilling().commit(back, n -> { }).made());

            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();
            PullWaits.until(() -> frontDesk.fingerprint().equals(backOffice.fingerprint()), () -> {
                frontDesk.engine().syncOnce();
                backOffice.engine().syncOnce();
            });
            assertEquals(0, frontDesk.engine().conflicts().openCount() + backOffice.engine().conflicts().openCount(),
                    "the same invoices made on both desks are no conflict");
            assertEquals(memberships.size(), count("SELECT count(*) FROM invoices WHERE practice_id = ? AND kind = 'membership'"
                    + " AND billing_month = DATE '2026-12-01'"));
            assertEquals(0, count("SELECT count(*) FROM (SELECT subscription_id FROM invoices WHERE practice_id = ?"
                    + " AND billing_month = DATE '2026-12-01' GROUP BY subscription_id HAVING count(*) > 1) twice"));
            long lines = front.invoices().stream().mapToLong(i -> i.lines().size()).sum();
            assertEquals(lines, count("SELECT count(*) FROM invoice_line_items l JOIN invoices v ON v.id = l.invoice_id"
                    + " WHERE l.practice_id = ? AND v.billing_month = DATE '2026-12-01'"));
            assertEquals(0, count("SELECT count(*) FROM invoices v WHERE v.practice_id = ? AND v.total_amount <> (SELECT"
                    + " sum(CASE WHEN l.kind = 'discount' THEN -l.amount ELSE l.amount END) FROM invoice_line_items l WHERE l.invoice_id = v.id)"),
                    "every invoice on the server is the sum of its lines");
            assertEquals(front.total(), total(), "the server bills what the run previewed");
            assertEquals(0, backOffice.data().monthlyBilling().preview(DECEMBER).invoices().size(), "a third run makes nothing");
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

    private static BigDecimal total() throws SQLException {
        try (Connection c = fixture.database().owner().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT sum(total_amount) FROM invoices WHERE practice_id = ?"
                        + " AND billing_month = DATE '2026-12-01'")) {
            s.setObject(1, fixture.database().practiceA());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
