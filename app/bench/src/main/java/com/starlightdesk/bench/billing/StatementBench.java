package com.starlightdesk.bench.billing;

import com.starlightdesk.app.print.StatementDocument;
import com.starlightdesk.app.print.StatementSheet;
import com.starlightdesk.bench.store.StoreBench;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.StatementQueries.HouseholdBalance;
import com.starlightdesk.data.store.LocalStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One household's statement PDF as the Billing screen and the month's batch make it: the statement read from an
 * encrypted store (members, invoices, payments, allocations in one read transaction) and the PDF written with its
 * fonts embedded, into memory. The practice is generated (about {@code patients} patients with their memberships,
 * three months billed, the first two mostly paid), so the reads run over a practice's worth of rows. The first
 * statement of the JVM is timed apart; then p50/p95 over {@code runs} statements of households that owe, after a
 * warm-up, with the machine's load. Prints figures, asserts nothing.
 */
public final class StatementBench {
    private static final char[] PASSWORD = "statement bench password 2026".toCharArray();
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private final PrintStream out;

    public StatementBench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createTempDirectory("starlight-statement-bench");
        try {
            new StatementBench(System.out).run(patients, runs, dir);
        } finally {
            StoreBench.deleteQuietly(dir);
        }
    }

    /** Generates the practice in {@code dir} and times {@code runs} statements of last month. */
    public void run(int patients, int runs, Path dir) throws Exception {
        out.printf("Starlight Desk statement PDF benchmark: about %,d patients, encrypted H2 in %s%n", patients, dir);
        out.printf("JVM %s, %d cores, load %.1f%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load());
        Practice practice = Practice.of(Ids.next(), "Benchmark Pediatrics", ZONE.getId()).withHouseholdRule(HouseholdRule.cap(new BigDecimal("450.00")));
        User admin = new User(Ids.next(), "admin@bench.test", "Bench Admin", Role.ADMIN, null, true);
        try (LocalStore store = LocalStore.create(dir.resolve(practice.id().toString()), practice, admin, PASSWORD, Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            new DemoPractice().load(data);
            long start = System.nanoTime();
            store.bulkLoad(() -> new PracticeGenerator(2026).generate(data, patients, data.office().providers(), data.billing().plans(), n -> { }));
            YearMonth last = YearMonth.from(LocalDate.now(ZONE)).minusMonths(1);
            int invoices = 0;
            for (YearMonth month : List.of(last.minusMonths(1), last, last.plusMonths(1))) {
                BillingRunPreview preview = data.monthlyBilling().preview(month);
                invoices += data.monthlyBilling().commit(preview, n -> { }).made();
                if (!month.isAfter(last)) {
                    pay(data, preview, month);
                }
            }
            out.printf("practice:  %,d patients, %,d membership invoices over three months, in %.1f s%n", patients, invoices,
                    (System.nanoTime() - start) / 1e9);

            List<HouseholdBalance> owing = data.statements().withBalance(last.atEndOfMonth());
            out.printf("households owing at the end of %s: %,d%n", last, owing.size());
            if (owing.isEmpty()) {
                throw new IllegalStateException("no household owes anything");
            }
            long t0 = System.nanoTime();
            byte[] first = statement(data, owing.get(0).household(), last);
            out.printf("first statement in this JVM (fonts and classes loaded): %.0f ms, %d KB%n", (System.nanoTime() - t0) / 1e6,
                    first.length / 1024);
            for (int i = 0; i < Math.min(20, runs); i++) {
                statement(data, owing.get(i % owing.size()).household(), last);
            }
            long[] read = new long[runs];
            long[] total = new long[runs];
            for (int i = 0; i < runs; i++) {
                UUID household = owing.get((i * 7919) % owing.size()).household();
                long s = System.nanoTime();
                StatementSheet sheet = StatementSheet.read(data, household, last.atDay(1), last.atEndOfMonth());
                long r = System.nanoTime();
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                StatementDocument.write(sheet, pdf);
                read[i] = r - s;
                total[i] = System.nanoTime() - s;
            }
            Arrays.sort(read);
            Arrays.sort(total);
            out.printf("one household statement (read + PDF), %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms; the read alone p50 %.1f ms,"
                    + " p95 %.1f ms; load %.1f%n", runs, percentile(total, 50), percentile(total, 95), total[runs - 1] / 1e6,
                    percentile(read, 50), percentile(read, 95), load());
        }
    }

    private static byte[] statement(PracticeData data, UUID household, YearMonth month) throws Exception {
        StatementSheet sheet = StatementSheet.read(data, household, month.atDay(1), month.atEndOfMonth());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        StatementDocument.write(sheet, pdf);
        return pdf.toByteArray();
    }

    /** Pays four in five of a month's invoices in full on the 10th, as families do. */
    private static void pay(PracticeData data, BillingRunPreview preview, YearMonth month) {
        List<Payment> payments = new ArrayList<>();
        List<PaymentAllocation> allocations = new ArrayList<>();
        int k = 0;
        for (BillingRunPreview.PlannedInvoice planned : preview.invoices()) {
            Invoice i = planned.invoice();
            if (k++ % 5 == 0 || i.totalAmount().signum() == 0) {
                continue;
            }
            Payment p = Payment.received(Ids.next(), i.patientId(), i.totalAmount(), PaymentMethod.CARD,
                    month.atDay(10).atStartOfDay(ZONE).plusHours(12).toInstant(), null, null);
            payments.add(p);
            allocations.add(new PaymentAllocation(Ids.next(), p.id(), i.id(), i.totalAmount()));
        }
        data.writeAll(c -> {
            c.insertAll(payments);
            c.insertAll(allocations);
        });
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
