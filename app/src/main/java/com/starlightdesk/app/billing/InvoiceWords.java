package com.starlightdesk.app.billing;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.PaymentMethod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Billing in the front desk's words: an invoice's number as printed, its kind and status, a payment's method, and the
 * day as the desk reads it. Stateless.
 */
public final class InvoiceWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    private InvoiceWords() {
    }

    /**
     * "3F9A1C2B": the number a family reads on its invoice and quotes, as {@link Invoice#number()} makes it, for an
     * invoice known by its key alone (the ledger's reads).
     */
    public static String number(UUID invoiceId) {
        String hex = invoiceId.toString().replace("-", "");
        return hex.substring(hex.length() - 8).toUpperCase(Locale.ROOT);
    }

    /** "Membership", "Visit", "Credit note". */
    public static String kind(InvoiceKind kind) {
        return switch (kind) {
            case MEMBERSHIP -> "Membership";
            case VISIT -> "Visit";
            case CREDIT_NOTE -> "Credit note";
        };
    }

    /** "Paid", "Overdue", "Sent", "Draft", "Void": the word on an invoice's status chip. */
    public static String status(InvoiceStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case SENT -> "Sent";
            case PAID -> "Paid";
            case OVERDUE -> "Overdue";
            case VOID -> "Void";
        };
    }

    /** "Card", "Cash", "Check", "ACH", "HSA", "Other". */
    public static String method(PaymentMethod method) {
        return switch (method) {
            case CARD -> "Card";
            case CASH -> "Cash";
            case CHECK -> "Check";
            case ACH -> "ACH";
            case HSA -> "HSA";
            case OTHER -> "Other";
        };
    }

    /** "Sick visit", "Follow-up", ... */
    public static String visitType(AppointmentType type) {
        return type == null ? "Visit" : switch (type) {
            case CHECKUP -> "Checkup";
            case FOLLOWUP -> "Follow-up";
            case SICK_VISIT -> "Sick visit";
            case VACCINATION -> "Vaccination";
            case WELLNESS -> "Wellness";
        };
    }

    /** "12/4/2026"; "" for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "December 2026". */
    public static String month(LocalDate anyDayOfIt) {
        return MONTH.format(anyDayOfIt);
    }
}
