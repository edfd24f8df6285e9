package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of plans, memberships, invoices and payments. Thread-safe on demand. */
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
}
