package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * One invoice as the Invoices table shows it: where it stands by the practice's ledger (its open amount and status:
 * paid and overdue are worked out there, never stored) and its patient's name. Immutable.
 */
public record InvoiceRow(InvoiceStanding standing, String patient) {

    public UUID id() {
        return standing.invoiceId();
    }

    public String number() {
        return InvoiceWords.number(standing.invoiceId());
    }

    public UUID patientId() {
        return standing.patientId();
    }

    public UUID householdId() {
        return standing.householdId();
    }

    public InvoiceKind kind() {
        return standing.kind();
    }

    public LocalDate issuedOn() {
        return standing.issuedOn();
    }

    public LocalDate dueDate() {
        return standing.dueDate();
    }

    public BigDecimal total() {
        return standing.total();
    }

    public BigDecimal open() {
        return standing.open();
    }

    public InvoiceStatus status() {
        return standing.status();
    }

    /** Whether the row matches the words typed in the filter: part of the patient's name or of the number. */
    public boolean matches(String words) {
        if (words == null || words.isBlank()) {
            return true;
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        return patient.toLowerCase(Locale.ROOT).contains(w) || number().toLowerCase(Locale.ROOT).contains(w);
    }
}
