package com.starlightdesk.app.print;

import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * One invoice (or credit note) as the family receives it: the practice's letterhead, who it goes to, the patient, its
 * number, kind, days and lines, and where it stands by the money contract on the day it is printed (credited by
 * credit notes, paid, open, and its status worked out, never stored). Immutable.
 *
 * @param corrects for a credit note, the number of the invoice it corrects; null otherwise
 * @param credited what credit notes took off this invoice
 * @param paid     what payments paid of it (applied)
 * @param open     what is left to pay
 * @param status   its status on {@code printedOn}: draft, sent, paid, overdue or void
 * @param voidedOn the practice's day it was voided; null when it is not
 */
public record InvoiceSheet(Letterhead letterhead, Invoice invoice, List<InvoiceLineItem> lines, String patientName, BillTo billTo,
                           String corrects, BigDecimal credited, BigDecimal paid, BigDecimal open, InvoiceStatus status,
                           LocalDate printedOn, LocalDate voidedOn) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    public InvoiceSheet {
        lines = List.copyOf(lines);
    }

    /** The sheet of {@code invoice} (days in the practice's {@code zone}) for {@code patient} of a household of {@code members} (eldest first). */
    public static InvoiceSheet of(Letterhead letterhead, Invoice invoice, List<InvoiceLineItem> lines, Patient patient, List<Patient> members,
                                  String corrects, BigDecimal credited, BigDecimal paid, BigDecimal open, InvoiceStatus status,
                                  LocalDate printedOn, ZoneId zone) {
        List<Patient> household = members.isEmpty() ? List.of(patient) : members;
        BillTo billTo = BillTo.of(patient.parentGuardian() != null || patient.address() != null
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(patient), household.stream()).toList() : household);
        return new InvoiceSheet(letterhead, invoice, lines, patient.firstName() + " " + patient.lastName(), billTo, corrects, credited, paid,
                open, status, printedOn, invoice.voidedAt() == null ? null : invoice.voidedAt().atZone(zone).toLocalDate());
    }

    /**
     * Reads invoice {@code invoiceId} with its lines, patient and household, and where it stands today by the practice's
     * ledger. Blocks on the store.
     */
    public static InvoiceSheet read(PracticeData data, UUID invoiceId) {
        Invoice invoice = data.billing().invoice(invoiceId).orElseThrow(() -> new NoSuchElementException("No invoice with id " + invoiceId));
        Practice practice = data.office().practice().orElseThrow();
        Patient patient = data.patients().findById(invoice.patientId()).orElseThrow();
        InvoiceStanding standing = data.ledger().invoice(invoiceId).orElseThrow();
        String corrects = invoice.correctsInvoiceId() == null ? null
                : data.billing().invoice(invoice.correctsInvoiceId()).map(Invoice::number).orElse(null);
        return of(practice.letterhead(), invoice, data.billing().lineItems(invoiceId), patient, data.households().members(patient.id()),
                corrects, standing.credited(), standing.applied(), standing.open(), standing.status(), data.ledger().today(), practice.zone());
    }

    /** Whether this is a credit note. */
    public boolean creditNote() {
        return invoice.kind() == InvoiceKind.CREDIT_NOTE;
    }

    /** Whether the invoice is void. */
    public boolean isVoid() {
        return status == InvoiceStatus.VOID;
    }

    /** The document's title: "Invoice" or "Credit note". */
    public String title() {
        return creditNote() ? "Credit note" : "Invoice";
    }

    /** What it bills: "Membership, December 2026", "Visit", or "Credit for invoice 3F9A1C2B". */
    public String kind() {
        return switch (invoice.kind()) {
            case MEMBERSHIP -> "Membership" + (invoice.billingMonth() == null ? "" : ", " + MONTH.format(invoice.billingMonth()))
                    + (invoice.reissue() > 0 ? " (reissued)" : "");
            case VISIT -> "Visit";
            case CREDIT_NOTE -> "Credit for invoice " + (corrects == null ? "" : corrects);
        };
    }

    /** The status as the family reads it. */
    public String statusWords() {
        return switch (status) {
            case DRAFT -> "Draft (not sent)";
            case SENT -> creditNote() ? "Credited" : "Open";
            case PAID -> "Paid";
            case OVERDUE -> "Overdue";
            case VOID -> "Void";
        };
    }

    /** Σ the charge lines (covered lines are at zero). */
    public BigDecimal charges() {
        return sum(LineKind.CHARGE);
    }

    /** Σ the discount lines, as a positive amount. */
    public BigDecimal discounts() {
        return sum(LineKind.DISCOUNT);
    }

    private BigDecimal sum(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(InvoiceLineItem::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The file an invoice is saved under: "invoice-3F9A1C2B.pdf" ("credit-note-…"), naming no one. */
    public static String fileName(Invoice invoice) {
        return (invoice.kind() == InvoiceKind.CREDIT_NOTE ? "credit-note-" : "invoice-") + invoice.number() + ".pdf";
    }
}
