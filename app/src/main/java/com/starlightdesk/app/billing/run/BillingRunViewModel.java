package com.starlightdesk.app.billing.run;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.billing.BillingRunPreview.PlannedInvoice;
import com.starlightdesk.data.billing.SkipReason;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.repo.MonthlyBilling;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Billing, Billing run: the monthly billing run ({@link MonthlyBilling}) for a chosen month (the next one, this one or
 * one of the eleven before it). Preview works out in the background every invoice the run would make (patient, plan,
 * days billed, amount, household discount), the totals per plan and what it skips, grouped by reason; Confirm makes
 * them, with progress after each batch, then says what was made, what was there already and what it bills. A month
 * already run says there is nothing new to make. Cancel drops a preview being worked out, or stops the making after
 * the batch being written (each invoice whole; the month run again makes the rest). Confined to the FX thread; needs
 * no toolkit.
 */
public final class BillingRunViewModel {
    /** Where the run stands. */
    public enum Step { CHOOSE, PREVIEWING, PREVIEWED, MAKING, DONE }

    /** One invoice of the preview as the table shows it. */
    public record Row(UUID patientId, String patient, String plan, int days, int monthDays, BigDecimal amount, BigDecimal discount) {
    }

    /** A plan's line of the totals. */
    public record PlanLine(String plan, int invoices, BigDecimal billed) {
    }

    /** The memberships skipped for one reason: how many, and the first few patients' names. */
    public record SkipGroup(SkipReason reason, int count, String names) {
    }

    static final int NAMES_PER_REASON = 8;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<PlanLine> plans = FXCollections.observableArrayList();
    private final ObservableList<SkipGroup> skipped = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty makeLabel = new SimpleStringProperty("Make invoices");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanBinding canMake;
    private BillingRunPreview preview;
    private long ticket;
    private AtomicBoolean stop;

    public BillingRunViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        YearMonth current = YearMonth.from(today());
        for (int back = -1; back <= 11; back++) {
            months.add(current.minusMonths(back));
        }
        month.set(current);
        canMake = Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEWED && !rows.isEmpty(), step, rows);
        // Another month chosen: the preview of the last one no longer holds.
        month.addListener((obs, old, now) -> {
            if (step.get() == Step.PREVIEWING || step.get() == Step.PREVIEWED || step.get() == Step.DONE) {
                startOver();
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /** "December 2026 (this month)", "January 2027 (next month)", "November 2026". */
    public String monthWords(YearMonth m) {
        if (m == null) {
            return "";
        }
        long ahead = ChronoUnit.MONTHS.between(YearMonth.from(today()), m);
        return MONTH.format(m) + (ahead == 0 ? " (this month)" : ahead == 1 ? " (next month)" : ahead == -1 ? " (last month)" : "");
    }

    /** Works out in the background what the run would make for the chosen month; a preview already going is dropped. */
    public void preview() {
        YearMonth chosen = month.get();
        if (chosen == null || step.get() == Step.MAKING) {
            return;
        }
        if (!session.permissions().canBill()) {
            failure.set("Only front desk staff and admins run billing.");
            return;
        }
        startOver();
        long mine = ++ticket;
        step.set(Step.PREVIEWING);
        progressText.set("Working out " + MONTH.format(chosen) + "'s invoices…");
        progress.set(-1);
        executor.submit(() -> read(chosen), read -> {
            if (mine != ticket) {
                return;
            }
            show(read);
        }, e -> {
            if (mine != ticket) {
                return;
            }
            step.set(Step.CHOOSE);
            failure.set("The run could not be worked out: " + SafeMessages.of(e));
        });
    }

    /** What the background read hands back: the preview and the names it needs. */
    private record Read(BillingRunPreview preview, List<Row> rows, List<SkipGroup> skipped) {
    }

    private Read read(YearMonth chosen) {
        BillingRunPreview run = session.data().monthlyBilling().preview(chosen);
        Set<UUID> people = new HashSet<>();
        run.invoices().forEach(i -> people.add(i.invoice().patientId()));
        run.skipped().forEach(s -> people.add(s.patientId()));
        Map<UUID, String> names = session.data().patients().displayNames(people);
        Map<UUID, String> planNames = session.data().billing().plans().stream()
                .collect(Collectors.toMap(MembershipPlan::id, MembershipPlan::name));
        Function<UUID, String> name = id -> names.getOrDefault(id, "(patient not on this PC)");
        int monthDays = chosen.lengthOfMonth();
        List<Row> table = new ArrayList<>();
        for (PlannedInvoice i : run.invoices()) {
            int days = i.lines().stream().filter(l -> l.kind() == LineKind.CHARGE && l.serviceFrom() != null)
                    .mapToInt(BillingRunViewModel::days).sum();
            table.add(new Row(i.invoice().patientId(), name.apply(i.invoice().patientId()), planNames.getOrDefault(i.planId(), ""), days,
                    monthDays, i.invoice().totalAmount(), i.discount()));
        }
        table.sort(Comparator.comparing(Row::patient, String.CASE_INSENSITIVE_ORDER));
        Map<SkipReason, List<String>> byReason = new EnumMap<>(SkipReason.class);
        run.skipped().forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(name.apply(s.patientId())));
        List<SkipGroup> groups = new ArrayList<>();
        byReason.forEach((reason, who) -> {
            List<String> sorted = who.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            String shown = String.join(", ", sorted.subList(0, Math.min(NAMES_PER_REASON, sorted.size())))
                    + (sorted.size() > NAMES_PER_REASON ? " and " + (sorted.size() - NAMES_PER_REASON) + " more" : "");
            groups.add(new SkipGroup(reason, sorted.size(), shown));
        });
        return new Read(run, table, groups);
    }

    private static int days(InvoiceLineItem line) {
        LocalDate to = line.serviceTo() == null ? line.serviceFrom() : line.serviceTo();
        return (int) ChronoUnit.DAYS.between(line.serviceFrom(), to) + 1;
    }

    private void show(Read read) {
        preview = read.preview();
        rows.setAll(read.rows());
        plans.setAll(preview.plans().stream().map(p -> new PlanLine(p.planName(), p.invoices(), p.billed())).toList());
        skipped.setAll(read.skipped());
        step.set(Step.PREVIEWED);
        progressText.set("");
        int n = preview.invoices().size();
        String name = MONTH.format(preview.month());
        long billedAlready = preview.skipped().stream().filter(s -> s.reason() == SkipReason.ALREADY_BILLED).count();
        if (n == 0) {
            headline.set(billedAlready > 0 ? name + " is billed already: nothing new to make (" + billedAlready + " "
                    + (billedAlready == 1 ? "membership has its invoice" : "memberships have their invoices") + ")."
                    : "Nothing to make for " + name + ": no membership is billed that month.");
            makeLabel.set("Make invoices");
            return;
        }
        headline.set(n + " " + invoices(n) + " for " + name + ", " + Dollars.format(preview.total())
                + (preview.householdDiscounts().signum() == 0 ? "" : " after household discounts of "
                + Dollars.format(preview.householdDiscounts())) + (billedAlready == 0 ? "." : "; " + billedAlready + " billed already."));
        makeLabel.set("Make " + n + " " + invoices(n));
    }

    /** Makes the previewed invoices in the background, with progress; then says what was made. */
    public void make() {
        if (step.get() != Step.PREVIEWED || preview == null || preview.invoices().isEmpty()) {
            return;
        }
        if (!session.permissions().canBill()) {
            failure.set("Only front desk staff and admins run billing.");
            return;
        }
        BillingRunPreview run = preview;
        int total = run.invoices().size();
        long mine = ++ticket;
        AtomicBoolean stopping = new AtomicBoolean(false);
        AtomicInteger reached = new AtomicInteger();
        stop = stopping;
        step.set(Step.MAKING);
        done.set("");
        failure.set("");
        progress.set(0);
        progressText.set(String.format("0 of %,d invoices", total));
        executor.submit(() -> session.data().monthlyBilling().commit(run, n -> {
            reached.set(n);
            executor.deliver(() -> {
                if (mine == ticket) {
                    progress.set((double) n / total);
                    progressText.set(String.format("%,d of %,d invoices", n, total));
                }
            });
            if (stopping.get() && n < total) {
                throw new CancellationException("stopped between batches");
            }
        }), summary -> {
            session.changes().changed();
            step.set(Step.DONE);
            progress.set(1);
            progressText.set("");
            String name = MONTH.format(summary.month());
            done.set(summary.made() == 0
                    ? "Nothing new to make for " + name + ": its " + summary.alreadyThere() + " " + invoices(summary.alreadyThere())
                    + " were made already, on this desk or another."
                    : "Made " + summary.made() + " " + invoices(summary.made()) + " for " + name + ", " + Dollars.format(summary.billed())
                    + " billed" + (summary.alreadyThere() == 0 ? "." : "; " + summary.alreadyThere() + " " + (summary.alreadyThere() == 1
                    ? "was" : "were") + " there already."));
        }, e -> {
            session.changes().changed();
            step.set(Step.DONE);
            progressText.set("");
            if (e instanceof CancellationException) {
                done.set(String.format("Stopped after %,d of %,d invoices; each made is whole. Preview %s again to make the rest.",
                        reached.get(), total, MONTH.format(run.month())));
            } else {
                failure.set("The invoices could not all be made: " + SafeMessages.of(e) + ". Those made are whole; preview the month"
                        + " again to make the rest.");
            }
        });
    }

    /** Drops a preview (being worked out or shown), or stops the making after the batch being written. */
    public void cancel() {
        if (step.get() == Step.MAKING) {
            if (stop != null) {
                stop.set(true);
                progressText.set("Stopping after the invoices being written…");
            }
            return;
        }
        ticket++;
        startOver();
    }

    private void startOver() {
        preview = null;
        rows.clear();
        plans.clear();
        skipped.clear();
        headline.set("");
        done.set("");
        failure.set("");
        progress.set(0);
        progressText.set("");
        makeLabel.set("Make invoices");
        step.set(Step.CHOOSE);
    }

    private static String invoices(long n) {
        return n == 1 ? "invoice" : "invoices";
    }

    public ObservableList<YearMonth> months() { return months; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ReadOnlyObjectProperty<Step> stepProperty() { return step; }
    public ObservableList<Row> rows() { return rows; }
    public ObservableList<PlanLine> plans() { return plans; }
    public ObservableList<SkipGroup> skipped() { return skipped; }
    public ReadOnlyStringProperty headlineProperty() { return headline; }
    /** "Make 12 invoices": the confirm button's words. */
    public ReadOnlyStringProperty makeLabelProperty() { return makeLabel; }
    /** Whether there is a preview with invoices to make. */
    public BooleanBinding canMakeProperty() { return canMake; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressTextProperty() { return progressText; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
