package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.HouseholdStatement.Aging;
import com.starlightdesk.data.billing.HouseholdStatement.Entry;
import com.starlightdesk.data.billing.HouseholdStatement.Kind;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PaymentMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A household's statement made from a made-up account and read back with PDFBox: balances, aging, amount due, pages. */
final class StatementDocumentTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final UUID HOUSEHOLD = UUID.fromString("0192f3a1-7c2e-7b44-9a1d-3f9a1c2b5e6d");

    static Patient child(String first, LocalDate born, String guardian) {
        return new Patient(UUID.randomUUID(), first, "Nguyễn", born, Gender.FEMALE, guardian, null, null,
                new Address("48 Prairie Lane", "Apt 2", "Naperville", "IL", "60540"), null, null, null, HOUSEHOLD, PatientStatus.ACTIVE,
                null, null, null, null, true, null, null, null);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** November's account of a family of two, the figures of the data layer's own statement test. */
    static HouseholdStatement november(Patient ava, Patient noah) {
        List<Entry> entries = List.of(
                new Entry(NOV_1, Kind.CHARGE, UUID.randomUUID(), ava.id(), "3F9A1C2B", InvoiceKind.MEMBERSHIP, NOV_1, null, null, null,
                        money("150.00"), money("200.48")),
                new Entry(LocalDate.of(2026, 11, 3), Kind.CHARGE, UUID.randomUUID(), noah.id(), "77E0A4D1", InvoiceKind.VISIT, null, null,
                        null, null, money("87.35"), money("287.83")),
                new Entry(LocalDate.of(2026, 11, 20), Kind.CREDIT_NOTE, UUID.randomUUID(), ava.id(), "C0FFEE12", null, null, "3F9A1C2B",
                        null, null, money("25.50"), money("262.33")),
                new Entry(LocalDate.of(2026, 11, 24), Kind.PAYMENT, UUID.randomUUID(), noah.id(), null, null, null, null, PaymentMethod.CARD,
                        "4242", money("100.00"), money("162.33")),
                new Entry(LocalDate.of(2026, 11, 28), Kind.REFUND, UUID.randomUUID(), ava.id(), null, null, null, null, PaymentMethod.CARD,
                        "Copay paid twice", money("10.00"), money("172.33")),
                new Entry(NOV_30, Kind.PAYMENT, UUID.randomUUID(), ava.id(), null, null, null, null, PaymentMethod.CHECK, "1107",
                        money("50.00"), money("122.33")));
        return new HouseholdStatement(HOUSEHOLD, List.of(ava, noah), NOV_1, NOV_30, money("50.48"), entries, money("122.33"),
                money("40.00"), new Aging(money("87.35"), money("24.50"), money("12.10"), money("5.05"), money("33.33")));
    }

    private static byte[] pdf(StatementSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementDocument.write(sheet, out);
        return out.toByteArray();
    }

    private static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    @Test
    void aStatementPrintsTheBalancesEachEntryTheAgingTheAmountDueAndHowToPay() throws IOException {
        Patient ava = child("Ava", LocalDate.of(2019, 4, 2), "Linh Nguyễn");
        Patient noah = child("Noah", LocalDate.of(2022, 6, 1), null);
        StatementSheet sheet = StatementSheet.of(PrintSamples.letterhead("Starlight Pediatrics"), november(ava, noah), LocalDate.of(2026, 12, 5));
        byte[] pdf = pdf(sheet);
        PrintSamples.keep("statement.pdf", pdf);
        String text = PrintSamples.text(pdf);
        assertEquals(1, PrintSamples.pages(pdf));
        for (String expected : List.of("Statement", "Linh Nguyễn", "48 Prairie Lane", "Naperville, IL 60540", "For Ava Nguyễn, Noah Nguyễn",
                "Account", HouseholdStatement.shortId(HOUSEHOLD), "November 1 – 30, 2026",
                "Opening balance", "$50.48", "+ $247.35", "− $175.50", "Closing balance", "$122.33",
                "Invoice 3F9A1C2B · Ava Nguyễn · membership,", "November 2026", "Invoice 77E0A4D1 · Noah Nguyễn · visit",
                "Credit note C0FFEE12 · correcting invoice", "Payment, thank you · card · ref. 4242",
                "Refund · card · Copay paid twice", "Payment, thank you · check · ref. 1107",
                "$200.48", "$287.83", "$262.33", "$162.33", "$172.33",
                "Current", "$87.35", "1–30 days", "$24.50", "31–60 days", "$12.10", "61–90 days", "$5.05", "Over 90 days", "$33.33",
                "Credit on account: $40.00", "Amount due: $122.33 by Dec 19, 2026", "call us at (630) 555-0100 (card or bank transfer)",
                "check payable to Starlight Pediatrics", "Page 1 of 1")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
        }
        assertEquals("statement-2026-11-" + HouseholdStatement.shortId(HOUSEHOLD) + ".pdf",
                StatementSheet.fileName(YearMonth.of(2026, 11), HOUSEHOLD));
        assertFalse(StatementSheet.fileName(YearMonth.of(2026, 11), HOUSEHOLD).contains("Nguy"));
    }

    @Test
    void aLongStatementGoesOnWithItsColumnHeadsOnEachPageAndNumbersThem() throws IOException {
        Patient ava = child("Ava", LocalDate.of(2019, 4, 2), "Linh Nguyễn");
        List<Entry> entries = new ArrayList<>();
        BigDecimal balance = money("0.00");
        for (int i = 0; i < 70; i++) {
            boolean charge = i % 2 == 0;
            BigDecimal amount = charge ? money("45.10") : money("40.05");
            balance = charge ? balance.add(amount) : balance.subtract(amount);
            entries.add(new Entry(NOV_1.plusDays(i % 30), charge ? Kind.CHARGE : Kind.PAYMENT, UUID.randomUUID(), ava.id(),
                    charge ? String.format("%08X", i) : null, charge ? InvoiceKind.VISIT : null, null, null,
                    charge ? null : PaymentMethod.ACH, charge ? null : "A reference long enough to wrap onto a second line of its column " + i,
                    amount, balance));
        }
        HouseholdStatement s = new HouseholdStatement(HOUSEHOLD, List.of(ava), NOV_1, NOV_30, money("0.00"), entries, balance,
                money("0.00"), Aging.NONE.plus(0, balance));
        byte[] pdf = pdf(StatementSheet.of(PrintSamples.letterhead("Starlight Pediatrics"), s, LocalDate.of(2026, 12, 5)));
        PrintSamples.keep("statement-long.pdf", pdf);
        String text = PrintSamples.text(pdf);
        int pages = PrintSamples.pages(pdf);
        assertTrue(pages >= 3, "70 entries, half of them on two lines: " + pages);
        assertEquals(money("176.75"), balance, "35 × (45.10 − 40.05)");
        assertTrue(text.contains("Amount due: $176.75"), text);
        for (int page = 1; page <= pages; page++) {
            String onPage = pageText(pdf, page);
            assertEquals(onPage.contains("Invoice 0000"), onPage.contains("Date Description Charges Paid or credited Balance"),
                    "the column heads on every page of the table: page " + page);
        }
        assertTrue(text.contains("Page " + pages + " of " + pages));
    }
}
