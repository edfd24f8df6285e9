package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.BillablePatient;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.billing.BillingRunPreview.PlannedInvoice;
import com.starlightdesk.data.billing.MonthlyBillingRun;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The monthly billing run on a practice's store: {@link #preview} reads the month's memberships, plans, fees,
 * pauses, household rule and invoices already made in one read transaction and works out the run
 * ({@link MonthlyBillingRun}); {@link #commit} writes the preview's invoices and lines with their outbox entries,
 * {@value #INVOICES_PER_TRANSACTION} invoices per transaction (each invoice whole with its lines), leaving out any
 * invoice the store holds already. Running a month again, here or on another desk, makes nothing new: the keys
 * are the same. Thread-safe; every call blocks on the store (never call it on the JavaFX thread).
 */
public final class MonthlyBilling {
    /** Invoices written per local transaction by {@link #commit}: a progress step, and a commit never holds the store long. */
    public static final int INVOICES_PER_TRANSACTION = 500;

    private final PracticeData data;

    MonthlyBilling(PracticeData data) {
        this.data = data;
    }

    /** What the run would make for {@code month}; writes nothing. */
    public BillingRunPreview preview(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        HouseholdRule rule = data.office().practice().orElseThrow().household();
        return data.read(BillingQueries.class, q -> {
            Map<UUID, BillablePatient> patients = q.billablePatients(first, last).stream()
                    .collect(Collectors.toMap(BillablePatient::id, p -> p));
            return MonthlyBillingRun.plan(new MonthlyBillingRun.Facts(data.practiceId(), month, rule, q.plans(), q.feeChanges(),
                    q.subscriptionsOverlapping(first, last), patients, q.pausesAndResumptions(), q.membershipInvoices(first)));
        });
    }

    /**
     * Writes the invoices of {@code preview} the store does not hold yet; {@code progress} is told how many of the
     * preview's invoices are done after each transaction. Returns what was made and what was there already.
     */
    public Summary commit(BillingRunPreview preview, IntConsumer progress) {
        List<PlannedInvoice> all = preview.invoices();
        int made = 0;
        BigDecimal billed = BigDecimal.ZERO.setScale(2);
        for (int from = 0; from < all.size(); from += INVOICES_PER_TRANSACTION) {
            List<PlannedInvoice> chunk = all.subList(from, Math.min(all.size(), from + INVOICES_PER_TRANSACTION));
            List<PlannedInvoice> written = data.write(changes -> {
                Set<UUID> present = new HashSet<>(changes.queries(BillingQueries.class)
                        .invoicesPresent(chunk.stream().map(i -> i.invoice().id()).toList()));
                List<PlannedInvoice> fresh = chunk.stream().filter(i -> !present.contains(i.invoice().id())).toList();
                List<Invoice> invoices = new ArrayList<>();
                List<InvoiceLineItem> lines = new ArrayList<>();
                for (PlannedInvoice i : fresh) {
                    invoices.add(i.invoice());
                    lines.addAll(i.lines());
                }
                changes.insertAll(invoices);
                changes.insertAll(lines);
                return fresh;
            });
            made += written.size();
            for (PlannedInvoice i : written) {
                billed = billed.add(i.invoice().totalAmount());
            }
            progress.accept(from + chunk.size());
        }
        return new Summary(preview.month(), made, all.size() - made, billed);
    }

    /** A commit's outcome: invoices made, invoices of the preview the store held already, and what the made ones bill. */
    public record Summary(YearMonth month, int made, int alreadyThere, BigDecimal billed) {
    }
}
