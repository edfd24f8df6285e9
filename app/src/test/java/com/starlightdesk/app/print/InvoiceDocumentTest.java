package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.Patient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One invoice, a voided one and a credit note, made from made-up rows and read back with PDFBox. */
final class InvoiceDocumentTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static InvoiceLineItem line(UUID invoice, int n, String cpt, String what, int qty, String price, LineKind kind) {
        BigDecimal unit = money(price);
        return new InvoiceLineItem(UUID.randomUUID(), invoice, cpt, what, qty, unit, unit.multiply(BigDecimal.valueOf(qty)), n, kind, null,
                null, null, null);
    }

    private static byte[] pdf(InvoiceSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoiceDocument.write(sheet, out);
        return out.toByteArray();
    }

    private static String normalised(byte[] pdf) throws IOException {
        return PrintSamples.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void aVisitInvoicePrintsItsLinesCoveredAtZeroTheDiscountTotalPaidOpenAndStatus() throws IOException {
        Patient noah = StatementDocumentTest.child("Noah", LocalDate.of(2022, 6, 1), "Linh Nguyễn");
        UUID id = UUID.randomUUID();
        Invoice invoice = Invoice.visit(id, noah.id(), null, InvoiceStatus.SENT, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17), null,
                money("102.35"));
        List<InvoiceLineItem> lines = List.of(
                line(id, 1, "99213", "Office visit, established patient", 1, "0.00", LineKind.COVERED),
                line(id, 2, "87880", "Rapid strep test", 1, "25.00", LineKind.CHARGE),
                line(id, 3, "90686", "Influenza vaccine, quadrivalent, preservative free, 0.5 mL dose for intramuscular use, the family's "
                        + "own supply for the second child", 2, "38.68", LineKind.CHARGE),
                line(id, 4, null, "Sibling discount", 1, "0.01", LineKind.DISCOUNT));
        InvoiceSheet sheet = InvoiceSheet.of(PrintSamples.letterhead("Starlight Pediatrics"), invoice, lines, noah, List.of(noah), null,
                money("0.00"), money("40.00"), money("62.35"), InvoiceStatus.OVERDUE, TODAY, CHICAGO);
        byte[] pdf = pdf(sheet);
        PrintSamples.keep("invoice.pdf", pdf);
        String text = normalised(pdf);
        assertEquals(money("102.36"), sheet.charges());
        for (String expected : List.of("Invoice", "No. " + invoice.number(), "Bill to", "Linh Nguyễn", "48 Prairie Lane", "Patient Noah Nguyễn",
                "For Visit", "Issued Nov 3, 2026", "Due Nov 17, 2026", "Status Overdue", "99213 Office visit, established patient",
                "Covered by membership", "87880 Rapid strep test 1 $25.00 $25.00", "2 $38.68 $77.36", "Sibling discount",
                "− $0.01", "Services $102.36", "Discounts − $0.01", "Total $102.35", "Paid − $40.00", "Amount open $62.35",
                "Please pay $62.35 by Nov 17, 2026.", "Page 1 of 1")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
        }
        assertFalse(text.contains("VOID"));
        assertEquals("invoice-" + invoice.number() + ".pdf", InvoiceSheet.fileName(invoice));
    }

    @Test
    void aVoidedInvoiceSaysVoidWithItsReasonAndOwesNothingAndACreditNoteIsTitledSo() throws IOException {
        Patient ava = StatementDocumentTest.child("Ava", LocalDate.of(2019, 4, 2), "Linh Nguyễn");
        UUID id = UUID.randomUUID();
        UUID subscription = UUID.randomUUID();
        Invoice voided = new Invoice(id, ava.id(), null, InvoiceStatus.VOID, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), null,
                money("150.00"), InvoiceKind.MEMBERSHIP, subscription, LocalDate.of(2026, 11, 1), 0, null,
                Instant.parse("2026-11-03T04:00:00Z"), "Billed at the wrong plan");
        InvoiceLineItem month = new InvoiceLineItem(UUID.randomUUID(), id, null, "Lyra membership", 1, money("150.00"), money("150.00"), 1,
                LineKind.CHARGE, UUID.randomUUID(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null);
        byte[] pdf = pdf(InvoiceSheet.of(PrintSamples.letterhead("Starlight Pediatrics"), voided, List.of(month), ava, List.of(ava), null,
                money("0.00"), money("0.00"), money("0.00"), InvoiceStatus.VOID, TODAY, CHICAGO));
        PrintSamples.keep("invoice-void.pdf", pdf);
        String text = normalised(pdf);
        for (String expected : List.of("Invoice · VOID", "VOID since Nov 2, 2026. Reason: Billed at the wrong plan.", "Status Void",
                "For Membership, November 2026", "Lyra membership", "Nov 1, 2026 – Nov 30, 2026", "Total $150.00")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
        }
        assertFalse(text.contains("Amount open"), "nothing is owed on a void invoice");

        Invoice sent = Invoice.membership(UUID.randomUUID(), ava.id(), subscription, LocalDate.of(2026, 11, 1), 1, InvoiceStatus.SENT,
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17), null, money("120.00"));
        Invoice note = new Invoice(UUID.randomUUID(), ava.id(), null, InvoiceStatus.SENT, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                null, money("25.50"), InvoiceKind.CREDIT_NOTE, null, null, 0, sent.id(), null, null);
        byte[] credit = pdf(InvoiceSheet.of(PrintSamples.letterhead("Starlight Pediatrics"), note,
                List.of(line(note.id(), 1, null, "Nine days of November at the wrong plan", 1, "25.50", LineKind.CHARGE)), ava, List.of(ava),
                sent.number(), money("0.00"), money("0.00"), money("0.00"), InvoiceStatus.SENT, TODAY, CHICAGO));
        PrintSamples.keep("credit-note.pdf", credit);
        String creditText = normalised(credit);
        for (String expected : List.of("Credit note", "Credit note no. " + note.number(), "Corrects Invoice " + sent.number(),
                "Total credited $25.50", "Status Credited")) {
            assertTrue(creditText.contains(expected), () -> "missing «" + expected + "» in\n" + creditText);
        }
        assertFalse(creditText.contains("Amount open"));
        assertEquals("credit-note-" + note.number() + ".pdf", InvoiceSheet.fileName(note));
    }
}
