package com.starlightdesk.app.cli;

import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.print.StatementBatch;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Statements;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code starlight billing statements --out DIR [--month YYYY-MM]}: a month's statements, one PDF per household whose
 * balance at the month's end is above zero, written into DIR by {@link StatementBatch} (file names carry the month
 * and the account number, never a name). Without --month, last month. Prints how many were written and what they
 * owe in all, naming no one. Staff and admins only.
 */
@Command(name = "statements", description = "Write a month's statements as PDFs, one per household that owes at the month's end,"
        + " into a folder you choose (files named statement-YYYY-MM-<account>.pdf, naming no one).")
final class BillingStatements implements Callable<Integer> {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the statements into; it must exist.")
    Path out;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month the statements cover, e.g. 2026-11 (default: last month).")
    String month;

    @Override
    public Integer call() throws Exception {
        Path folder;
        try {
            folder = StatementBatch.checkedFolder(out);
        } catch (ValidationException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage().replaceFirst("^folder:? ?", ""));
        }
        PrintWriter print = spec.commandLine().getOut();
        try (LocalStore open = store.open(new Passwords(System.getenv()))) {
            if (!new Permissions(open.user().role()).canBill()) {
                throw new SecurityException("only staff and admins make statements");
            }
            PracticeData data = open.data();
            LocalDate today = LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
            YearMonth covered = month == null ? Statements.lastMonth(today) : month(month);
            if (covered.isAfter(YearMonth.from(today))) {
                throw new ParameterException(spec.commandLine(), "--month: " + covered + " has not begun; the latest is " + YearMonth.from(today));
            }
            StatementBatch.Written written = StatementBatch.write(data, covered, folder, done -> { });
            int n = written.files().size();
            print.println(MONTH.format(covered) + ": " + n + " statement" + (n == 1 ? "" : "s") + " written to " + folder
                    + (n == 0 ? " (no household owed anything at the month's end)." : ", " + Dollars.format(written.owed()) + " owed in all."));
        }
        return 0;
    }

    /** The month typed, or a usage error naming --month. */
    private YearMonth month(String typed) {
        try {
            if (typed.strip().matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(typed.strip());
                if (m.getYear() >= 2000 && m.getYear() <= 2099) {
                    return m;
                }
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new ParameterException(spec.commandLine(), "--month: '" + typed + "' is not a month; write it as YYYY-MM, e.g. 2026-11");
    }
}
