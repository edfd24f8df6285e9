package com.starlightdesk.app.billing.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Record payment form without a toolkit: filled oldest due first, each bad amount named at its field as typed. */
final class PaymentFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final UUID older = Ids.next();
    private final UUID newer = Ids.next();
    private final List<PaymentForm.OpenInvoice> open = List.of(
            new PaymentForm.OpenInvoice(newer, "INV-2", "Cohen, Eli", "Membership", TODAY.plusDays(10), new BigDecimal("120.00")),
            new PaymentForm.OpenInvoice(older, "INV-1", "Cohen, Maya", "Membership", TODAY.minusDays(20), new BigDecimal("150.00")));

    @Test
    void theAmountReceivedFillsTheOldestDueFirstAndTheRestIsCredit() {
        PaymentForm form = new PaymentForm();
        form.start(open, TODAY, null);
        assertEquals(older, form.lines().get(0).invoice().invoiceId(), "oldest due first");
        form.amountProperty().set("200");
        assertEquals("150.00", form.lines().get(0).amountProperty().get());
        assertEquals("50.00", form.lines().get(1).amountProperty().get());
        assertEquals("$0.00", form.creditProperty().get());

        form.amountProperty().set("$300.00");
        assertEquals("120.00", form.lines().get(1).amountProperty().get());
        assertEquals("$30.00", form.creditProperty().get());
        PaymentForm.Entry entry = form.entry().orElseThrow();
        assertEquals(new BigDecimal("300.00"), entry.amount());
        assertEquals(Map.of(older, new BigDecimal("150.00"), newer, new BigDecimal("120.00")), entry.allocations());
        assertEquals(new BigDecimal("30.00"), entry.credit());
        assertEquals(PaymentMethod.CARD, entry.method());
        assertEquals(TODAY, entry.day());
    }

    @Test
    void anInvoiceChosenFirstIsFilledWithItsOpenAmount() {
        PaymentForm form = new PaymentForm();
        form.start(open, TODAY, newer);
        assertEquals(newer, form.lines().get(0).invoice().invoiceId());
        assertEquals("120.00", form.amountProperty().get());
        assertEquals("120.00", form.lines().get(0).amountProperty().get());
        assertEquals("", form.lines().get(1).amountProperty().get());
    }

    @Test
    void badAmountsAreRefusedAtTheirFieldsAsTyped() {
        PaymentForm form = new PaymentForm();
        form.start(open, TODAY, null);
        form.amountProperty().set("12.345");
        assertEquals("Has more than two decimal places", form.errors().of("amount").get());
        assertTrue(form.entry().isEmpty());
        form.amountProperty().set("-5");
        assertEquals("Must not be negative", form.errors().of("amount").get());
        form.amountProperty().set("100");
        assertEquals("", form.errors().of("amount").get());

        PaymentForm.Line first = form.lines().get(0);
        first.amountProperty().set("1.001");
        assertEquals("Has more than two decimal places", first.errorProperty().get());
        first.amountProperty().set("-1");
        assertEquals("Must not be negative", first.errorProperty().get());
        first.amountProperty().set("150.01");
        assertEquals("More than the $150.00 open on this invoice", first.errorProperty().get());
        assertTrue(form.entry().isEmpty());
        assertEquals("", form.creditProperty().get(), "no credit shown while a field is wrong");

        first.amountProperty().set("90");
        form.lines().get(1).amountProperty().set("20");
        assertEquals("The invoices add to $110.00, more than the $100.00 received", form.errors().of("lines").get());
        assertTrue(form.entry().isEmpty(), "over-allocated");
        form.lines().get(1).amountProperty().set("10");
        assertEquals("", form.errors().of("lines").get());
        assertEquals("$0.00", form.creditProperty().get());
        assertFalse(form.entry().isEmpty());

        form.amountProperty().set("150");
        assertEquals("90", first.amountProperty().get(), "lines typed by hand are not filled over");
        assertEquals("$50.00", form.creditProperty().get());
    }

    @Test
    void anEmptyAmountIsAskedFor() {
        PaymentForm form = new PaymentForm();
        form.start(List.of(), TODAY, null);
        assertTrue(form.entry().isEmpty());
        assertEquals("Type the amount received, e.g. $120.00", form.errors().of("amount").get());
        form.amountProperty().set("25");
        assertEquals(new BigDecimal("25.00"), form.entry().orElseThrow().credit(), "with nothing open it is all credit");
    }
}
