package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code starlight billing run} on the demo practice's encrypted store: a dry run writes nothing, a run bills once. */
class BillingCommandTest {
    private static final String ADMIN = "admin@starlight.test";
    private static final String PASSWORD = "starlight admin 2026";

    @TempDir
    Path data;

    private Starlight.Run billing(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("billing", "run"));
        all.addAll(List.of(args));
        all.addAll(List.of("--email", ADMIN));
        return new Starlight(data).run(Map.of("STARLIGHT_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    @Test
    void aDryRunWritesNothingARunBillsEachMembershipOnceAndABadMonthIsNamed() throws Exception {
        assertEquals(0, new Starlight(data).run(Map.of("STARLIGHT_PASSWORD", PASSWORD), "", "practice", "demo", "--admin-email", ADMIN).exit());
        YearMonth next = YearMonth.from(LocalDate.now(ZoneId.of("America/Chicago"))).plusMonths(1);

        Starlight.Run dry = billing("--month", next.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        Matcher would = Pattern.compile("dry run: (\\d+) invoices would be made, (\\$[0-9,.]+)\\. Nothing was written\\.").matcher(dry.out());
        assertTrue(would.find(), dry.out());
        assertTrue(Integer.parseInt(would.group(1)) > 5, "the demo's active memberships: " + dry.out());
        assertTrue(dry.out().contains("Paused the whole month: 2"), "the demo's two paused memberships: " + dry.out());

        Starlight.Run run = billing("--month", next.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(": made " + would.group(1) + " invoices, " + would.group(2) + "."), "as the dry run said: " + run.out());
        Starlight.Run again = billing("--month", next.toString());
        assertTrue(again.out().contains(": made 0 invoices, $0.00."), again.out());
        assertTrue(again.out().contains("Already billed for this month: " + would.group(1)), again.out());

        Starlight.Run bad = billing("--month", "2026-13");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("--month: '2026-13' is not a month; write it as YYYY-MM, e.g. 2026-12"), bad.err());
        Starlight.Run ahead = billing("--month", next.plusMonths(5).toString());
        assertEquals(2, ahead.exit());
        assertTrue(ahead.err().startsWith("--month: " + next.plusMonths(5) + " is more than a month ahead; bill " + next + " at the latest"),
                ahead.err());
    }
}
