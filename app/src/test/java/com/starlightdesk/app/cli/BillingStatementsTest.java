package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code starlight billing statements} on the demo practice's encrypted store: one PDF per household that owes, named
 * by month and account only, each ending on its amount due; a folder that is missing or a file is refused at --out.
 */
class BillingStatementsTest {
    private static final String ADMIN = "admin@starlight.test";
    private static final String PASSWORD = "starlight admin 2026";

    @TempDir
    Path data;
    @TempDir
    Path out;

    private Starlight.Run statements(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("billing", "statements"));
        all.addAll(List.of(args));
        all.addAll(List.of("--email", ADMIN));
        return new Starlight(data).run(Map.of("STARLIGHT_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    @Test
    void theMonthsStatementsGoIntoTheFolderOnePerHouseholdThatOwesNamedByAccountOnly() throws Exception {
        assertEquals(0, new Starlight(data).run(Map.of("STARLIGHT_PASSWORD", PASSWORD), "", "practice", "demo", "--admin-email", ADMIN).exit());
        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("America/Chicago")));

        Starlight.Run run = statements("--out", out.toString(), "--month", month.toString());
        assertEquals(0, run.exit(), run.err());
        Matcher said = Pattern.compile(": (\\d+) statements written to .*, (\\$[0-9,.]+) owed in all\\.").matcher(run.out());
        assertTrue(said.find(), run.out());
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.sorted().toList();
        }
        assertEquals(Integer.parseInt(said.group(1)), files.size(), "one file per household that owes: " + files);
        assertTrue(files.size() >= 2, "the demo's families with invoices open: " + run.out());
        for (Path file : files) {
            assertTrue(file.getFileName().toString().matches("statement-" + month + "-[0-9A-F]{8}\\.pdf"), file.toString());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Amount due: $"), text);
                assertTrue(text.contains("Page 1 of "), text);
            }
        }
        assertFalse(run.out().matches("(?s).*[a-z]+@.*"), "no one named: " + run.out());

        Starlight.Run missing = statements("--out", out.resolve("no such folder").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("--out: does not exist: "), missing.err());
        Starlight.Run file = statements("--out", files.get(0).toString());
        assertEquals(2, file.exit());
        assertTrue(file.err().startsWith("--out: is a file, not a folder: "), file.err());
        Starlight.Run bad = statements("--out", out.toString(), "--month", "2026-13");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("--month: '2026-13' is not a month"), bad.err());
    }
}
