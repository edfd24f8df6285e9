package com.starlightdesk.app.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

final class InvoiceWordsTest {
    @Test
    void anInvoiceKnownByItsKeyReadsTheNumberPrintedOnIt() {
        for (int i = 0; i < 20; i++) {
            UUID id = i % 2 == 0 ? Ids.next() : Invoice.membershipInvoiceId(Ids.next(), Ids.next(), LocalDate.of(2026, 12, 1), i);
            Invoice invoice = Invoice.visit(id, Ids.next(), null, InvoiceStatus.DRAFT, null, null, null, new BigDecimal("10.00"));
            assertEquals(invoice.number(), InvoiceWords.number(id));
        }
    }
}
