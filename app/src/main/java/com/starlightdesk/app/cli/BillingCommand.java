package com.starlightdesk.app.cli;

import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.reports.ReceivablesCsv;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.billing.SkipReason;
import com.starlightdesk.data.repo.MonthlyBilling;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Receivables;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code starlight billing run --month YYYY-MM [--dry-run]}: the monthly billing run for month end, under the rules
 * of {@link MonthlyBilling}; {@code starlight billing aging [--csv]}: accounts receivable aging per household, by
 * short id (no names, as nothing the command line prints names a patient). A dry run prints the preview (invoices, totals per plan, household discounts, what it
 * skips and why, counted by reason: no names) and writes nothing; otherwise the invoices are made and synced like
 * any change. Staff and admins only.
 */
@Command(name = "billing", description = "Month-end billing of memberships.",
        subcommands = {BillingCommand.Run.class, BillingCommand.Aging.class, BillingStatements.class})
final class BillingCommand {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private BillingCommand() {
    }

    @Command(name = "run", description = "Bill every membership for a month: one invoice per membership, prorated by day for a"
            + " start, pause or end inside the month, with the practice's household rule. Running a month again, here or on"
            + " another desk, makes nothing new.")
    static final class Run implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to bill, e.g. 2026-12:"
                + " the current month, the next one, or an earlier one.") String month;
        @Option(names = "--dry-run", description = "Show what the run would make and skip, and write nothing.") boolean dryRun;

        @Override
        public Integer call() throws Exception {
            YearMonth billed = month(month);
            PrintWriter out = spec.commandLine().getOut();
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                if (!new Permissions(open.user().role()).canBill()) {
                    throw new SecurityException("only staff and admins run billing");
                }
                PracticeData data = open.data();
                YearMonth current = YearMonth.from(LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone())));
                if (billed.isAfter(current.plusMonths(1))) {
                    throw new ParameterException(spec.commandLine(), "--month: " + billed + " is more than a month ahead; bill "
                            + current.plusMonths(1) + " at the latest");
                }
                BillingRunPreview preview = data.monthlyBilling().preview(billed);
                if (dryRun) {
                    print(out, preview);
                    return 0;
                }
                MonthlyBilling.Summary summary = data.monthlyBilling().commit(preview, done -> { });
                out.println(MONTH.format(billed) + ": made " + summary.made() + " invoice" + plural(summary.made()) + ", "
                        + Dollars.format(summary.billed()) + (summary.alreadyThere() == 0 ? "" : "; " + summary.alreadyThere()
                        + " were already made on this PC") + ".");
                skips(out, preview);
            }
            return 0;
        }

        /** The month typed, or a usage error naming --month. */
        private YearMonth month(String typed) {
            try {
                if (typed != null && typed.strip().matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(typed.strip());
                    if (m.getYear() >= 2000 && m.getYear() <= 2099) {
                        return m;
                    }
                }
            } catch (DateTimeParseException e) {
                // named below
            }
            throw new ParameterException(spec.commandLine(), "--month: '" + typed + "' is not a month; write it as YYYY-MM, e.g. 2026-12");
        }
    }

    @Command(name = "aging", description = "Accounts receivable aging today: per household (its short id, no names), the invoices"
            + " open, what is open by days past due (current, 1-30, 31-60, 61-90, over 90), credit on account and balance;"
            + " then the totals.")
    static final class Aging implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--csv", description = "Print CSV (every cell quoted, amounts as plain numbers) instead of a table.") boolean csv;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                if (!new Permissions(open.user().role()).canBill()) {
                    throw new SecurityException("only staff and admins read accounts receivable");
                }
                Receivables.Aging aging = open.data().receivables().aging();
                CsvTable table = ReceivablesCsv.aging(aging, null);
                if (csv) {
                    out.print(table.text());
                    out.flush();
                } else {
                    out.println("Accounts receivable aging on " + aging.today() + ": " + aging.households().size() + " household"
                            + plural(aging.households().size()) + " with an open invoice or credit.");
                    print(out, table);
                }
            }
            return 0;
        }

        /** The table in aligned columns: the household first, the figures right-aligned. */
        private static void print(PrintWriter out, CsvTable table) {
            List<List<String>> lines = new ArrayList<>();
            lines.add(table.header());
            for (List<String> row : table.rows()) {
                List<String> shown = new ArrayList<>(row.subList(0, 2));
                row.subList(2, row.size()).forEach(a -> shown.add(Dollars.format(new BigDecimal(a))));
                lines.add(shown);
            }
            int[] widths = new int[table.header().size()];
            for (List<String> line : lines) {
                for (int i = 0; i < line.size(); i++) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            for (int n = 0; n < lines.size(); n++) {
                if (n == lines.size() - 1) {
                    out.println("-".repeat(java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1)));
                }
                StringBuilder text = new StringBuilder();
                List<String> line = lines.get(n);
                for (int i = 0; i < line.size(); i++) {
                    String cell = line.get(i);
                    String pad = " ".repeat(widths[i] - cell.length());
                    text.append(i == 0 ? "" : "  ").append(i == 0 ? cell + pad : pad + cell);
                }
                out.println(text.toString().stripTrailing());
            }
        }
    }

    private static void print(PrintWriter out, BillingRunPreview preview) {
        int n = preview.invoices().size();
        out.println(MONTH.format(preview.month()) + ", dry run: " + n + " invoice" + plural(n) + " would be made, "
                + Dollars.format(preview.total()) + (preview.householdDiscounts().signum() == 0 ? ""
                : " after household discounts of " + Dollars.format(preview.householdDiscounts())) + ". Nothing was written.");
        int width = preview.plans().stream().mapToInt(p -> p.planName().length()).max().orElse(4);
        for (BillingRunPreview.PlanTotal p : preview.plans()) {
            out.println(String.format("  %-" + width + "s  %6d  %s", p.planName(), p.invoices(), Dollars.format(p.billed())));
        }
        skips(out, preview);
    }

    private static void skips(PrintWriter out, BillingRunPreview preview) {
        if (preview.skipped().isEmpty()) {
            return;
        }
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        preview.skipped().forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        out.println("Skipped " + preview.skipped().size() + " membership" + plural(preview.skipped().size()) + ":");
        counts.forEach((reason, count) -> out.println("  " + reason.words() + ": " + count));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
