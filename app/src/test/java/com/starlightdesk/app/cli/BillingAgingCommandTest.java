package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code starlight billing aging} on the demo practice's encrypted store: a line per household by its short id, never a
 * name, the totals last; {@code --csv} the same figures as CSV.
 */
class BillingAgingCommandTest {
    private static final String ADMIN = "admin@starlight.test";
    private static final String PASSWORD = "starlight admin 2026";
    private static final List<String> DEMO_NAMES = List.of("Williams", "Okafor", "Rossi", "Cohen", "Brooks", "Noah", "Amara", "Keisha");

    @TempDir
    Path data;

    @Test
    void agingPrintsHouseholdsByShortIdWithTotalsAndTheSameFiguresAsCsv() throws Exception {
        Starlight starlight = new Starlight(data);
        Map<String, String> env = Map.of("STARLIGHT_PASSWORD", PASSWORD);
        assertEquals(0, starlight.run(env, "", "practice", "demo", "--admin-email", ADMIN).exit());

        Starlight.Run table = starlight.run(env, "", "billing", "aging", "--email", ADMIN);
        assertEquals(0, table.exit(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).matches("Accounts receivable aging on \\d{4}-\\d{2}-\\d{2}: \\d+ households? with an open invoice or credit\\."),
                table.out());
        assertTrue(lines.get(1).startsWith("Household") && lines.get(1).contains("1–30 days") && lines.get(1).endsWith("Balance"), lines.get(1));
        int households = Integer.parseInt(lines.get(0).replaceAll(".*: (\\d+) household.*", "$1"));
        assertTrue(households > 0, "the demo practice has open invoices: " + table.out());
        for (String line : lines.subList(2, 2 + households)) {
            assertTrue(line.matches("[0-9a-f]{8}\\s+\\d+(\\s+-?\\$[0-9,]+\\.\\d{2}){8}"), "a household by short id: " + line);
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("Total (" + households + " households)"), table.out());
        for (String name : DEMO_NAMES) {
            assertFalse(table.out().contains(name), "no patient's or guardian's name: " + name);
        }

        Starlight.Run csv = starlight.run(env, "", "billing", "aging", "--csv", "--email", ADMIN);
        assertEquals(0, csv.exit(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("\"Household\",\"Open invoices\",\"Current\",\"1–30 days\",\"31–60 days\",\"61–90 days\",\"Over 90 days\",\"Open\","
                + "\"Credit on account\",\"Balance\"", rows.get(0));
        assertEquals(households + 2, rows.size(), csv.out());
        String totals = rows.get(rows.size() - 1);
        assertTrue(totals.startsWith("\"Total (" + households + " households)\""), totals);
        String[] cells = totals.split(",");
        String shownTotal = lines.get(lines.size() - 1).trim().replaceAll(".*\\s", "");
        assertEquals(shownTotal.replace("$", "").replace(",", ""), cells[cells.length - 1].replace("\"", "").replace("'", ""),
                "the table's total balance is the CSV's");
        for (String name : DEMO_NAMES) {
            assertFalse(csv.out().contains(name), "no names in the CSV either: " + name);
        }
    }
}
