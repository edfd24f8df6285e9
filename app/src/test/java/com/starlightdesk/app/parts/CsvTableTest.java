package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvTableTest {
    @Test
    void numbersStayNumbersNegativeOnesTooWhileFormulasAreWrittenAsText() {
        CsvTable table = new CsvTable(List.of("Who", "Count", "Balance"), List.of(
                List.of("Rowe: Ava", "3", "-12.50"),
                List.of("=HYPERLINK(\"x\")", "-1", "+1"),
                List.of("-Cole", "0.5", "-")));
        assertEquals("\"Who\",\"Count\",\"Balance\"\r\n"
                + "\"Rowe: Ava\",\"3\",\"-12.50\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"-1\",\"'+1\"\r\n"
                + "\"'-Cole\",\"0.5\",\"'-\"\r\n", table.text());
    }

    @Test
    void onlyPlainNumbersCountAsNumbers() {
        assertEquals(List.of(true, true, true, false, false, false, false, false),
                List.of("12", "-12.50", "0.5", "-", "1e5", "12.", "-1+1", "$12.00").stream().map(CsvTable::isNumber).toList());
    }
}
