package com.starlightdesk.bench.billing;

import com.starlightdesk.bench.store.StoreBench;
import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Receivables;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accounts receivable aging over a generated practice of {@code N} invoices (100,000 by default) in an encrypted store:
 * visit invoices over the last fifteen months, most paid in full, some in part, some twice (offline desks), some
 * credited, some voided with their payment kept as credit, a few drafts, refunds. Times the aging read (p50/p95 of
 * warm runs, and the first), prints the plan of its statement (the index each table is read by, or a table scan) and
 * the machine's load. Prints figures, asserts nothing.
 */
public final class AgingBench {
    private static final char[] PASSWORD = "aging bench password 2026".toCharArray();
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final int BATCH = 5_000;

    private final PrintStream out;

    public AgingBench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("starlight-aging-bench");
        try {
            new AgingBench(System.out).run(invoices, runs, dir);
        } finally {
            StoreBench.deleteQuietly(dir);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Generates the practice in {@code dir} and times {@code runs} warm aging reads. */
    public void run(int invoices, int runs, Path dir) throws Exception {
        out.printf("Starlight Desk A/R aging benchmark: %,d invoices, encrypted H2 in %s%n", invoices, dir);
        out.printf("JVM %s, %d cores, max heap %d MB, load %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        Practice practice = Practice.of(Ids.next(), "Benchmark Pediatrics", "America/Chicago");
        User admin = new User(Ids.next(), "admin@bench.test", "Bench Admin", Role.ADMIN, null, true);
        try (LocalStore store = LocalStore.create(dir.resolve(practice.id().toString()), practice, admin, PASSWORD,
                Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            new DemoPractice().load(data);
            int patients = Math.max(100, invoices / 10);
            long start = System.nanoTime();
            store.bulkLoad(() -> new PracticeGenerator(2026).generate(data, patients, data.office().providers(), data.billing().plans(),
                    written -> { }));
            List<UUID> people = new ArrayList<>();
            data.forEachRow(Tables.PATIENTS, p -> people.add(p.id()));
            out.printf("generated:   %,d patients in %.1f s%n", people.size(), (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long[] made = store.bulkLoad(() -> billing(data, people, invoices, admin.id()));
            out.printf("generated:   %,d invoices, %,d credit notes, %,d payments and refunds, %,d allocations in %.1f s%n", made[0],
                    made[1], made[2], made[3], (System.nanoTime() - start) / 1e9);
            try (Connection c = store.dataSource().getConnection(); Statement analyze = c.createStatement()) {
                analyze.execute("ANALYZE");
            }

            Receivables receivables = data.receivables();
            LocalDate today = receivables.today();
            long t = System.nanoTime();
            Receivables.Aging first = receivables.aging(today);
            out.printf("first read:  %,d households, open %s, credit %s, in %,.0f ms (load %.1f)%n", first.households().size(),
                    first.totals().open().toPlainString(), first.totals().credit().toPlainString(), (System.nanoTime() - t) / 1e6, load());
            for (Receivables.Bucket b : Receivables.Bucket.values()) {
                out.printf("  %-13s %14s%n", b.label(), first.totals().in(b).toPlainString());
            }
            for (int i = 0; i < 3; i++) {
                receivables.aging(today);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                receivables.aging(today);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            out.printf("aging read:  p50 %,.0f ms, p95 %,.0f ms, max %,.0f ms over %d warm runs (aim: 1,000 ms; load %.1f)%n",
                    ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], ms[runs - 1], runs, load());
            plan(store, today);
        }
    }

    /** Prints how H2 reads each table of the aging statement: by which index, or by a scan of the whole table. */
    private void plan(LocalStore store, LocalDate today) throws Exception {
        String sql;
        try (var in = Receivables.class.getResourceAsStream("ReceivablesQueries/aging.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sql = sql.replaceAll("(?m)^--.*$", "");
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile(":([a-zA-Z0-9]+)").matcher(sql);
        while (m.find()) {
            names.add(m.group(1));
        }
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql.replaceAll(":[a-zA-Z0-9]+", "?"))) {
            for (int i = 0; i < names.size(); i++) {
                switch (names.get(i)) {
                    case "practiceId" -> explain.setObject(i + 1, store.data().practiceId());
                    case "today" -> explain.setObject(i + 1, today);
                    case "day30" -> explain.setObject(i + 1, today.minusDays(30));
                    case "day60" -> explain.setObject(i + 1, today.minusDays(60));
                    default -> explain.setObject(i + 1, today.minusDays(90));
                }
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                Matcher read = Pattern.compile("(PUBLIC\\.[A-Z_]+) ([A-Z]+)\\s*/\\* (PUBLIC\\.[A-Za-z_.]+)").matcher(text);
                out.println("plan (H2), each table read:");
                while (read.find()) {
                    out.printf("  %-28s %s%n", read.group(1) + " " + read.group(2), read.group(3));
                }
                out.printf("  table scans: %d%n", text.split("tableScan", -1).length - 1);
            }
        }
    }

    /** Invoices, credit notes, payments, refunds and allocations in realistic proportions; returns their counts. */
    private static long[] billing(PracticeData data, List<UUID> patients, int invoices, UUID desk) {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(ZONE);
        long[] made = new long[4];
        for (int from = 0; from < invoices; from += BATCH) {
            List<Invoice> invoiceRows = new ArrayList<>();
            List<Invoice> notes = new ArrayList<>();
            List<Payment> payments = new ArrayList<>();
            List<PaymentAllocation> allocations = new ArrayList<>();
            for (int n = from; n < Math.min(invoices, from + BATCH); n++) {
                UUID patient = patients.get(random.nextInt(patients.size()));
                LocalDate issued = today.minusDays(random.nextInt(450));
                LocalDate due = issued.plusDays(14);
                BigDecimal total = BigDecimal.valueOf(2_000 + random.nextInt(30_000), 2);
                int kind = random.nextInt(100);
                Instant paidAt = due.minusDays(random.nextInt(20)).atStartOfDay(ZONE).toInstant();
                if (kind < 3) {                   // draft
                    invoiceRows.add(Invoice.visit(Ids.next(), patient, null, InvoiceStatus.DRAFT, issued, due, null, total));
                    continue;
                }
                if (kind < 7) {                   // voided, its payment kept as credit
                    Invoice voided = new Invoice(Ids.next(), patient, null, InvoiceStatus.VOID, issued, due, null, total, InvoiceKind.VISIT,
                            null, null, 0, null, paidAt, "Billed to the wrong family");
                    invoiceRows.add(voided);
                    if (kind < 5) {
                        pay(payments, allocations, patient, total, paidAt, voided, total, desk);
                    }
                    continue;
                }
                Invoice invoice = Invoice.visit(Ids.next(), patient, null, InvoiceStatus.SENT, issued, due, null, total);
                invoiceRows.add(invoice);
                BigDecimal net = total;
                if (kind < 10) {                  // a credit note for part of it
                    BigDecimal credit = total.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP);
                    notes.add(new Invoice(Ids.next(), patient, null, InvoiceStatus.SENT, issued.plusDays(5), issued.plusDays(5), null,
                            credit, InvoiceKind.CREDIT_NOTE, null, null, 0, invoice.id(), null, null));
                    net = total.subtract(credit);
                }
                int paid = random.nextInt(100);
                if (paid < 65) {                  // paid in full
                    pay(payments, allocations, patient, net, paidAt, invoice, net, desk);
                } else if (paid < 77) {           // paid in part
                    BigDecimal part = net.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
                    pay(payments, allocations, patient, part, paidAt, invoice, part, desk);
                } else if (paid < 78) {           // paid twice by two desks offline
                    pay(payments, allocations, patient, net, paidAt, invoice, net, desk);
                    pay(payments, allocations, patient, net, paidAt, invoice, net, desk);
                    if (random.nextBoolean()) {
                        payments.add(new Payment(Ids.next(), patient, net, PaymentMethod.CARD, paidAt.plusSeconds(86_400), null,
                                PaymentKind.REFUND, null, "Paid twice", desk));
                    }
                } else if (paid < 80) {           // overpaid: the rest kept as credit
                    Payment p = Payment.received(Ids.next(), patient, net.add(BigDecimal.TEN), PaymentMethod.CASH, paidAt, null, desk);
                    payments.add(p);
                    allocations.add(new PaymentAllocation(Ids.next(), p.id(), invoice.id(), net));
                }                                 // else: not paid yet
            }
            data.writeAll(c -> {
                c.insertAll(invoiceRows);
                c.insertAll(notes);
                c.insertAll(payments);
                c.insertAll(allocations);
            });
            made[0] += invoiceRows.size();
            made[1] += notes.size();
            made[2] += payments.size();
            made[3] += allocations.size();
        }
        return made;
    }

    private static void pay(List<Payment> payments, List<PaymentAllocation> allocations, UUID patient, BigDecimal amount, Instant at,
            Invoice to, BigDecimal allocated, UUID desk) {
        PaymentMethod method = PaymentMethod.values()[Math.floorMod(at.hashCode(), 4)];
        Payment p = Payment.received(Ids.next(), patient, amount, method, at, null, desk);
        payments.add(p);
        allocations.add(new PaymentAllocation(Ids.next(), p.id(), to.id(), allocated));
    }
}
