package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.Invoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the fee schedule and of invoices that the fee schedule and invoice rules build on. Thread-safe on demand. */
@PracticeScoped
interface InvoiceQueries {

    /** The whole fee schedule, active entries first, then by CPT code. */
    @SqlQuery("SELECT * FROM fee_schedule WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY is_active DESC, cpt_code")
    List<FeeScheduleEntry> feeSchedule();

    @SqlQuery("SELECT * FROM fee_schedule WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<FeeScheduleEntry> feeScheduleEntry(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM fee_schedule WHERE practice_id = :practiceId AND cpt_code = :cptCode AND deleted_at IS NULL")
    Optional<FeeScheduleEntry> feeScheduleEntryFor(@Bind("cptCode") String cptCode);

    /** The invoices of a visit, void ones too. */
    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND appointment_id = :appointmentId AND deleted_at IS NULL"
            + " ORDER BY created_at, id")
    List<Invoice> visitInvoices(@Bind("appointmentId") UUID appointmentId);

    /** Every invoice (any reissue, void ones too) of a membership's month. */
    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND subscription_id = :subscriptionId"
            + " AND billing_month = :month AND deleted_at IS NULL ORDER BY reissue")
    List<Invoice> membershipMonth(@Bind("subscriptionId") UUID subscriptionId, @Bind("month") LocalDate month);

    /** The credit notes correcting an invoice, void ones too. */
    @SqlQuery("SELECT * FROM invoices WHERE practice_id = :practiceId AND corrects_invoice_id = :invoiceId AND deleted_at IS NULL"
            + " ORDER BY created_at, id")
    List<Invoice> creditNotes(@Bind("invoiceId") UUID invoiceId);

    /** The doses given here to a patient at a visit: recorded on the visit, or on its day with no visit named. */
    @SqlQuery("SELECT * FROM immunizations WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " AND source = 'given_here' AND entered_in_error_at IS NULL"
            + " AND (appointment_id = :appointmentId OR (appointment_id IS NULL AND given_on = :day)) ORDER BY given_on, created_at, id")
    List<Immunization> dosesAtVisit(@Bind("patientId") UUID patientId, @Bind("appointmentId") UUID appointmentId,
                                    @Bind("day") LocalDate day);

    /** A patient's name as the invoice list shows it. */
    record PatientName(UUID id, String firstName, String lastName) {
        String name() {
            return firstName + " " + lastName;
        }
    }

    /** Every patient's name (the invoice list's patient column). */
    @RegisterConstructorMapper(PatientName.class)
    @SqlQuery("SELECT id, first_name, last_name FROM patients WHERE practice_id = :practiceId")
    List<PatientName> patientNames();

    /** The highest line number an invoice has used (deleted lines too, so a number is never used twice); 0 for none. */
    @SqlQuery("SELECT COALESCE(MAX(line_number), 0) FROM invoice_line_items WHERE practice_id = :practiceId AND invoice_id = :invoiceId")
    int lastLineNumber(@Bind("invoiceId") UUID invoiceId);
}
