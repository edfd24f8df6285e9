package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of payments, refunds and their allocations, for {@link Payments}. Thread-safe on demand. */
@PracticeScoped
interface PaymentQueries {

    @SqlQuery("SELECT * FROM payments WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Payment> payment(@Bind("id") UUID id);

    /** A household's payments and refunds (its members', or the patient's alone when in none), oldest first. */
    @SqlQuery("SELECT y.* FROM payments y JOIN patients p ON p.practice_id = y.practice_id AND p.id = y.patient_id"
            + " WHERE y.practice_id = :practiceId AND y.deleted_at IS NULL"
            + " AND (p.family_id = :householdId OR (p.family_id IS NULL AND p.id = :householdId)) ORDER BY y.paid_at, y.id")
    List<Payment> householdPayments(@Bind("householdId") UUID householdId);

    /** Every allocation of a household's payments, by payment. */
    @SqlQuery("SELECT a.* FROM payment_allocations a JOIN payments y ON y.practice_id = a.practice_id AND y.id = a.payment_id"
            + " JOIN patients p ON p.practice_id = y.practice_id AND p.id = y.patient_id"
            + " WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL"
            + " AND (p.family_id = :householdId OR (p.family_id IS NULL AND p.id = :householdId)) ORDER BY a.payment_id, a.id")
    List<PaymentAllocation> householdAllocations(@Bind("householdId") UUID householdId);

    @SqlQuery("SELECT * FROM payment_allocations WHERE practice_id = :practiceId AND payment_id = :paymentId AND deleted_at IS NULL"
            + " ORDER BY id")
    List<PaymentAllocation> allocationsOf(@Bind("paymentId") UUID paymentId);

    @SqlQuery("SELECT * FROM payment_allocations WHERE practice_id = :practiceId AND invoice_id = :invoiceId AND deleted_at IS NULL"
            + " ORDER BY id")
    List<PaymentAllocation> allocationsTo(@Bind("invoiceId") UUID invoiceId);
}
