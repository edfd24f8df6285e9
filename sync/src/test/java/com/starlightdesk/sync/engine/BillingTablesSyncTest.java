package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.MembershipChangeKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.PlanFeeChange;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.repo.Changes;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billing's rows on two desks through the Data API gateway: a plan in months with a fee change, a membership in
 * another plan than its age's with its history, the practice's household rule and fee schedule, a membership
 * invoice, a payment, its allocation and a refund all reach the other desk and the server; and the same
 * membership invoice made on both desks while offline (its name-based key and lines) ends as one invoice on
 * the server with no conflict.
 */
class BillingTablesSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("billingtables");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void billingRowsReachTheOtherDeskAndTheSameMembershipInvoiceMadeOnBothIsOneInvoice() throws SQLException, InterruptedException {
        UUID practice = fixture.database().practiceA();
        try (SyncedStore frontDesk = store("billfront"); SyncedStore backOffice = store("billback")) {
            Patient mia = SyncConvergenceTest.patient("Mia", "Ledger");
            MembershipPlan infants = new MembershipPlan(Ids.next(), "Orion", 0, 11, AgeUnit.MONTHS, new BigDecimal("150.00"), true);
            MembershipPlan kids = MembershipPlan.inYears(Ids.next(), "Sirius", 6, 11, new BigDecimal("100.00"));
            Subscription membership = new Subscription(Ids.next(), mia.id(), kids.id(), LocalDate.of(2026, 11, 1), null,
                    SubscriptionStatus.ACTIVE, "Family chose the school-age plan early");
            frontDesk.data().writeAll(c -> {
                c.update(c.current(Practice.class, practice).withHouseholdRule(HouseholdRule.cap(new BigDecimal("450.00"))));
                c.insert(mia);
                c.insert(infants);
                c.insert(kids);
                c.insert(new PlanFeeChange(Ids.next(), infants.id(), LocalDate.of(2027, 1, 1), new BigDecimal("160.00")));
                c.insert(membership);
                c.insert(new MembershipChange(Ids.next(), membership.id(), mia.id(), MembershipChangeKind.ENROLLED, membership.startedAt(),
                        kids.id(), null, membership.planReason(), frontDesk.data().actorId()));
                c.insert(new FeeScheduleEntry(Ids.next(), "90460", "Vaccine given, first component, with counselling", new BigDecimal("25.00"),
                        false, null, true));
            });
            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();

            // Both desks bill December while offline from each other: the same key, the same lines.
            LocalDate december = LocalDate.of(2026, 12, 1);
            frontDesk.data().writeAll(c -> decemberInvoice(c, practice, membership, kids, december));
            backOffice.data().writeAll(c -> decemberInvoice(c, practice, membership, kids, december));
            UUID invoiceId = Invoice.membershipInvoiceId(practice, membership.id(), december, 0);
            Instant paidAt = Instant.parse("2026-12-03T16:00:00Z");
            Payment payment = Payment.received(Ids.next(), mia.id(), new BigDecimal("120.00"), PaymentMethod.CHECK, paidAt, "1042",
                    frontDesk.data().actorId());
            frontDesk.data().writeAll(c -> {
                c.insert(payment);
                c.insert(new PaymentAllocation(Ids.next(), payment.id(), invoiceId, new BigDecimal("100.00")));
                c.insert(new Payment(Ids.next(), mia.id(), new BigDecimal("20.00"), PaymentMethod.CHECK, paidAt.plusSeconds(60), null,
                        PaymentKind.REFUND, payment.id(), "Paid $20 more than the invoice", frontDesk.data().actorId()));
            });
            frontDesk.engine().syncOnce();
            backOffice.engine().syncOnce();
            PullWaits.until(() -> frontDesk.fingerprint().equals(backOffice.fingerprint()), () -> {
                frontDesk.engine().syncOnce();
                backOffice.engine().syncOnce();
            });

            assertEquals(0, frontDesk.engine().conflicts().openCount() + backOffice.engine().conflicts().openCount(),
                    "the same invoice made twice is no conflict");
            assertEquals("cap 450.00", backOffice.data().office().practice().orElseThrow().householdRule());
            assertEquals(1, count("SELECT count(*) FROM invoices WHERE practice_id = ? AND subscription_id = '" + membership.id() + "'"));
            assertEquals(1, count("SELECT count(*) FROM invoice_line_items WHERE practice_id = ? AND invoice_id = '" + invoiceId + "'"));
            for (String table : new String[] {"plan_fee_changes", "membership_changes", "fee_schedule", "payment_allocations"}) {
                assertEquals(1, count("SELECT count(*) FROM " + table + " WHERE practice_id = ?"), table);
            }
            assertEquals(1, count("SELECT count(*) FROM payments WHERE practice_id = ? AND kind = 'refund' AND refunds_payment_id = '"
                    + payment.id() + "'"));
            assertEquals(1, count("SELECT count(*) FROM subscription_plans WHERE practice_id = ? AND age_unit = 'months'"));
        }
    }

    private static void decemberInvoice(Changes c, UUID practice, Subscription membership, MembershipPlan plan, LocalDate month) {
        UUID id = Invoice.membershipInvoiceId(practice, membership.id(), month, 0);
        c.insert(Invoice.membership(id, membership.patientId(), membership.id(), month, 0, InvoiceStatus.SENT, month, month.plusDays(14),
                null, plan.monthlyFee()));
        c.insert(new InvoiceLineItem(Invoice.lineId(id, 1), id, null, "Sirius membership", 1, plan.monthlyFee(), plan.monthlyFee(), 1,
                LineKind.CHARGE, plan.id(), month, month.plusMonths(1).minusDays(1), null));
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
