package com.starlightdesk.bench.billing;

import com.starlightdesk.bench.store.StoreBench;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.MonthlyBilling;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The monthly billing run over a generated practice of about 10,000 memberships in an encrypted store: the
 * preview (reads and the run's rules), the commit (every invoice and line with its outbox entry, through the
 * normal write path), and the run of the same month again (all skipped). Prints figures, asserts nothing.
 */
public final class BillingBench {
    private static final char[] PASSWORD = "billing bench password 2026".toCharArray();

    private final PrintStream out;

    public BillingBench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int memberships = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("starlight-billing-bench");
        try {
            new BillingBench(System.out).run(memberships, dir);
        } finally {
            StoreBench.deleteQuietly(dir);
        }
    }

    /** Generates a practice with about {@code memberships} memberships in {@code dir} and times the next month's run. */
    public void run(int memberships, Path dir) throws Exception {
        out.printf("Starlight Desk billing benchmark: about %,d memberships, encrypted H2 in %s%n", memberships, dir);
        out.printf("JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Practice practice = Practice.of(Ids.next(), "Benchmark Pediatrics", "America/Chicago")
                .withHouseholdRule(HouseholdRule.cap(new BigDecimal("450.00")));
        User admin = new User(Ids.next(), "admin@bench.test", "Bench Admin", Role.ADMIN, null, true);
        Path storeDir = dir.resolve(practice.id().toString());
        try (LocalStore store = LocalStore.create(storeDir, practice, admin, PASSWORD, Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            new DemoPractice().load(data);
            int patients = memberships * 20 / 19; // one generated patient in 20 is a prospect
            long start = System.nanoTime();
            store.bulkLoad(() -> new PracticeGenerator(2026).generate(data, patients, data.office().providers(),
                    data.billing().plans(), written -> { }));
            out.printf("generated:          %,d patients in %.1f s%n", patients, (System.nanoTime() - start) / 1e9);

            YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("America/Chicago"))).plusMonths(1);
            BillingRunPreview preview = null;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                preview = data.monthlyBilling().preview(month);
                out.printf("preview %s #%d:  %,d invoices (%,d lines), %,d skipped, total %s, in %,.0f ms%n", month, i + 1,
                        preview.invoices().size(), preview.invoices().stream().mapToInt(p -> p.lines().size()).sum(),
                        preview.skipped().size(), preview.total().toPlainString(), (System.nanoTime() - t) / 1e6);
            }
            long outboxBefore = data.outbox().pending();
            long t = System.nanoTime();
            MonthlyBilling.Summary made = data.monthlyBilling().commit(preview, done -> { });
            double commitMs = (System.nanoTime() - t) / 1e6;
            out.printf("commit:             %,d invoices made, %,d outbox entries, in %,.0f ms%n", made.made(),
                    data.outbox().pending() - outboxBefore, commitMs);
            t = System.nanoTime();
            BillingRunPreview again = data.monthlyBilling().preview(month);
            MonthlyBilling.Summary none = data.monthlyBilling().commit(again, done -> { });
            out.printf("same month again:   %,d made, %,d skipped, in %,.0f ms%n", none.made(), again.skipped().size(),
                    (System.nanoTime() - t) / 1e6);
        }
    }
}
