package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.BillablePatient;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PlanFeeChange;
import com.starlightdesk.data.domain.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of plans, memberships, invoices and payments, for the billing rules and screens. Thread-safe on demand. */
@PracticeScoped
public interface BillingQueries {

    @SqlQuery("SELECT * FROM subscription_plans WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY age_min, name")
    List<MembershipPlan> plans();

    @SqlQuery("SELECT * FROM patient_subscriptions WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY started_at DESC")
    List<Subscription> subscriptions(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM patient_subscriptions WHERE practice_id = :practiceId AND deleted_at IS NULL AND status = :status"
            + " ORDER BY started_at")
    List<Subscription> subscriptionsByStatus(@Bind("status") String statusCode);

    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Invoice> invoice(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND deleted_at IS NULL AND status = :status"
            + " ORDER BY due_date, id")
    List<Invoice> invoicesByStatus(@Bind("status") String statusCode);

    /** Sent or overdue invoices whose due date is before {@code today}. */
    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND deleted_at IS NULL AND status IN ('sent', 'overdue')"
            + " AND due_date < :today ORDER BY due_date, id")
    List<Invoice> overdue(@Bind("today") LocalDate today);

    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND deleted_at IS NULL AND patient_id = :patientId"
            + " ORDER BY issued_on DESC, id")
    List<Invoice> invoicesForPatient(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM invoice_line_items WHERE practice_id = :practiceId AND invoice_id = :invoiceId AND deleted_at IS NULL"
            + " ORDER BY line_number, id")
    List<InvoiceLineItem> lineItems(@Bind("invoiceId") UUID invoiceId);

    /** The payments that paid part or all of an invoice (through their allocations). */
    @SqlQuery("SELECT p.* FROM payments p WHERE p.practice_id = :practiceId AND p.deleted_at IS NULL AND p.id IN"
            + " (SELECT a.payment_id FROM payment_allocations a WHERE a.practice_id = :practiceId AND a.invoice_id = :invoiceId"
            + " AND a.deleted_at IS NULL) ORDER BY p.paid_at, p.id")
    List<Payment> payments(@Bind("invoiceId") UUID invoiceId);

    @SqlQuery("SELECT * FROM subscription_plans WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<MembershipPlan> plan(@Bind("id") UUID id);

    /** Every plan's fee changes, by plan and date. */
    @SqlQuery("SELECT * FROM plan_fee_changes WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY plan_id, effective_from")
    List<PlanFeeChange> feeChanges();

    @SqlQuery("SELECT * FROM patient_subscriptions WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Subscription> subscription(@Bind("id") UUID id);

    /** Memberships that are not cancelled: active and paused ones. */
    @SqlQuery("SELECT * FROM patient_subscriptions WHERE practice_id = :practiceId AND deleted_at IS NULL AND status <> 'cancelled'"
            + " ORDER BY started_at, id")
    List<Subscription> liveSubscriptions();

    /** Memberships with a day from {@code first} to {@code last}: the billing run's candidates. */
    @SqlQuery("SELECT * FROM patient_subscriptions WHERE practice_id = :practiceId AND deleted_at IS NULL AND started_at <= :last"
            + " AND (ended_at IS NULL OR ended_at >= :first) ORDER BY id")
    List<Subscription> subscriptionsOverlapping(@Bind("first") LocalDate first, @Bind("last") LocalDate last);

    /** What the billing run needs of the members of {@link #subscriptionsOverlapping}. */
    @RegisterConstructorMapper(BillablePatient.class)
    @SqlQuery("SELECT id, date_of_birth, family_id, fee_override, is_active FROM patients WHERE practice_id = :practiceId"
            + " AND deleted_at IS NULL AND id IN (SELECT patient_id FROM patient_subscriptions WHERE practice_id = :practiceId"
            + " AND deleted_at IS NULL AND started_at <= :last AND (ended_at IS NULL OR ended_at >= :first))")
    List<BillablePatient> billablePatients(@Bind("first") LocalDate first, @Bind("last") LocalDate last);

    /** Every pause and resumption of the practice's memberships. */
    @SqlQuery("SELECT * FROM membership_changes WHERE practice_id = :practiceId AND deleted_at IS NULL AND kind IN ('paused', 'resumed')")
    List<MembershipChange> pausesAndResumptions();

    /** A patient's membership history, oldest first. */
    @SqlQuery("SELECT * FROM membership_changes WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY effective_on, created_at, id")
    List<MembershipChange> membershipHistory(@Bind("patientId") UUID patientId);

    /** The membership invoices of the month starting {@code first} (void and reissued ones too). */
    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND deleted_at IS NULL AND kind = 'membership'"
            + " AND billing_month = :first ORDER BY id")
    List<Invoice> membershipInvoices(@Bind("first") LocalDate first);

    /** Which of {@code ids} are invoices already in the store. */
    @SqlQuery("SELECT id FROM invoices WHERE practice_id = :practiceId AND id IN (<ids>)")
    List<UUID> invoicesPresent(@BindList("ids") List<UUID> ids);
}
