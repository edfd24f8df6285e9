package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.repo.PracticeData;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/** The Invoices page's reads, run in the background. Stateless; every call blocks on the store. */
final class InvoiceReads {
    private InvoiceReads() {
    }

    /** Every invoice of the practice as the ledger has it today, with its patient's name. */
    static List<InvoiceRow> rows(PracticeData data) {
        List<InvoiceStanding> standings = data.ledger().allInvoices();
        Map<UUID, String> names = data.patients().displayNames(standings.stream().map(InvoiceStanding::patientId).distinct().toList());
        return standings.stream().map(s -> new InvoiceRow(s, names.getOrDefault(s.patientId(), ""))).toList();
    }

    /** The invoice's lines, the payments applied to it and its credit notes. */
    static InvoicesViewModel.InvoiceDetail detail(PracticeData data, InvoiceRow row) {
        Invoice invoice = data.billing().invoice(row.id()).orElseThrow(() -> new NoSuchElementException("No such invoice"));
        InvoiceStanding now = data.ledger().invoice(row.id()).orElse(row.standing());
        InvoiceRow fresh = new InvoiceRow(now, row.patient());
        List<Payment> payments = data.billing().payments(row.id());
        List<InvoicesViewModel.Applied> applied = payments.stream().map(p -> new InvoicesViewModel.Applied(p, null)).toList();
        List<Invoice> notes = data.invoices().creditNotes(row.id());
        List<InvoiceRow> noteRows = data.ledger().invoices(notes.stream().map(Invoice::id).toList()).stream()
                .map(s -> new InvoiceRow(s, row.patient())).toList();
        return new InvoicesViewModel.InvoiceDetail(fresh, invoice, data.invoices().lines(row.id()), applied, noteRows);
    }
}
